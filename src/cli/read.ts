// `dmp-rules read-xds FILE` and `dmp-rules read-fhir FILE`: the DMP's document metadata (an XDS registry response,
// a FHIR DocumentReference or Bundle) read by dmp-rules/xds or dmp-rules/fhir, printed as the documents read, the
// entries rejected (with every issue) and the entries skipped (with the reason). Its wording lives here, in both
// languages, beside the logic.
import { readDocumentReferences } from '../fhir/read.js'
import type { Lang, Message } from '../messages/index.js'
import { readCommandTextOf } from '../messages/cli.js'
import type { ReadIssues, ReadResult } from '../metadata/issues.js'
import { readXdsDocumentEntries } from '../xds/read.js'
import { parseJson } from './json.js'
import { renderIssues } from './render.js'
import { textOf, type CliText } from './text.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A `read-xds` or `read-fhir` command.
 *
 * @since 0.3.0
 */
export interface ReadCommand {
  readonly kind: 'read-xds' | 'read-fhir'
  /** A file path, or `'-'` for standard input. */
  readonly file: string
  readonly json: boolean
  readonly lang: Lang
}

/** What the command needs of `run`: the input's text (or the failure it reported), and the reporting of failures. */
export interface ReadHooks {
  readonly readInput: (file: string) => Promise<{ readonly ok: true; readonly value: string } | { readonly ok: false; readonly report: (json: boolean) => void }>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * The usage lines of `read-xds` and `read-fhir`, appended to the command's help.
 *
 * @since 0.3.0
 */
export const readUsage = (lang: Lang): string => readCommandTextOf(lang).usage

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

/**
 * The human text of a read: a summary line, then the documents read, the entries rejected (each issue: path and
 * message) and the entries skipped (reason).
 *
 * @since 0.3.0
 */
export const renderRead = (source: string, r: ReadResult, lang: Lang, t: CliText): string => {
  const w = readCommandTextOf(lang)
  const lines: Array<string> = [w.summary(source, r.documents.length, r.rejected.length, r.skipped.length)]
  if (r.documents.length > 0) {
    lines.push('', `${w.read} (${r.documents.length})`)
    for (const d of r.documents) lines.push(`  ${d.id}  ${d.typeCode}  ${w.added} ${d.addedOn}  ${w.author(d)}  · ${w.flags(d)}`)
  }
  if (r.rejected.length > 0) {
    lines.push('', `${w.rejected} (${r.rejected.length})`)
    for (const x of r.rejected) {
      lines.push(`  ${x.entryUUID || x.path}${x.id === undefined ? '' : ` (${w.id} ${x.id})`}`)
      lines.push(...x.issues.map((i) => `    ${i.code} ${i.path === '' ? t.root : i.path}: ${i.message[lang]}`))
    }
  }
  if (r.skipped.length > 0) {
    lines.push('', `${w.skipped} (${r.skipped.length})`)
    for (const x of r.skipped) lines.push(`  ${x.entryUUID || x.path}${x.id === undefined ? '' : ` (${w.id} ${x.id})`}: ${x.reason.code} — ${x.reason.message[lang]}`)
  }
  return lines.join('\n') + '\n'
}

// -------------------------------------------------------------------------------------
// command
// -------------------------------------------------------------------------------------

/**
 * Runs `read-xds` or `read-fhir`: reads FILE (or standard input), prints the result (text in `lang`, or JSON), and
 * resolves to the exit code: 0 when no entry is rejected, 1 when one is, 2 when the input is no such metadata
 * (with `--json`: `{ "error": "invalid-input", "message", "issues" }` on stdout).
 *
 * @since 0.3.0
 */
export const readCommand = async (cmd: ReadCommand, t: CliText, hooks: ReadHooks): Promise<0 | 1 | 2> => {
  const input = await hooks.readInput(cmd.file)
  if (!input.ok) {
    input.report(cmd.json)
    return 2
  }
  const source = cmd.file === '-' ? t.stdin : cmd.file
  let result: { readonly _tag: 'Left'; readonly left: ReadIssues } | { readonly _tag: 'Right'; readonly right: ReadResult }
  if (cmd.kind === 'read-xds') result = readXdsDocumentEntries(input.value)
  else {
    const parsed = parseJson(input.value)
    if (!parsed.ok) {
      const message: Message = { fr: textOf('fr').invalidJson(cmd.file === '-' ? textOf('fr').stdin : cmd.file, parsed.error), en: textOf('en').invalidJson(cmd.file === '-' ? textOf('en').stdin : cmd.file, parsed.error) }
      if (cmd.json) hooks.stdout(JSON.stringify({ error: 'invalid-json', message }, null, 2) + '\n')
      else hooks.stderr(`dmp-rules: ${message[cmd.lang]}\n`)
      return 2
    }
    result = readDocumentReferences(parsed.value)
  }
  if (result._tag === 'Left') {
    const what = cmd.kind === 'read-xds' ? 'xds' : 'fhir'
    const message: Message = { fr: readCommandTextOf('fr').unreadable(source, readCommandTextOf('fr')[what]), en: readCommandTextOf('en').unreadable(source, readCommandTextOf('en')[what]) }
    if (cmd.json) hooks.stdout(JSON.stringify({ error: 'invalid-input', message, issues: result.left }, null, 2) + '\n')
    else hooks.stderr(`dmp-rules: ${message[cmd.lang]}\n${renderIssues(result.left, cmd.lang, t)}`)
    return 2
  }
  const r = result.right
  hooks.stdout(cmd.json ? JSON.stringify(r, null, 2) + '\n' : renderRead(source, r, cmd.lang, t))
  return r.rejected.length > 0 ? 1 : 0
}
