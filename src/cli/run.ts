// The `dmp-rules` command as a function: arguments and injected I/O in, exit code out.
// `main.ts` wires it to the process; tests call it directly.
// INVARIANT: `run` never rejects and never lets an exception (or a stack trace) reach the user:
// every failure becomes a message on stderr (with `--json`, input that cannot be decided is a JSON object on
// stdout instead) and exit code 2.
import { decodeMatrix, decodeRequest } from '../codecs/index.js'
import type { Decision } from '../decision/decision.js'
import type { Request } from '../domain/types.js'
import { decide, type Options } from '../engine/api.js'
import { matrixFromMesJsonApi } from '../matrix/mes-jsonapi.js'
import type { Lang, Message } from '../messages/index.js'
import { accessMap } from '../map/access-map.js'
import { renderAccessMap } from '../render/index.js'
import { parseArgs, type Command } from './args.js'
import { decodeActors, decodeMapInput, defaultCast } from './map.js'
import { parseJson } from './json.js'
import { readCommand, readUsage } from './read.js'
import { renderDecision, renderIssues, type Issue } from './render.js'
import { textOf, type CliText } from './text.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The outside world, injected: `main.ts` passes the process's, tests pass their own.
 *
 * @since 0.1.0
 */
export interface Io {
  /** Reads a file as UTF-8 text; rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot. */
  readonly readFile: (path: string) => Promise<string>
  /** Reads all of standard input as UTF-8 text. */
  readonly readStdin: () => Promise<string>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Writes a UTF-8 text file (`map --html`, `--svg`); rejects with a Node-style error when it cannot. @since 0.2.0 */
  readonly writeFile?: (path: string, text: string) => Promise<void>
}

/**
 * `0`: every request allowed; `1`: at least one denied; `2`: invalid input or usage (nothing decided).
 *
 * @since 0.1.0
 */
export type ExitCode = 0 | 1 | 2

const PROGRAM = 'dmp-rules'

// -------------------------------------------------------------------------------------
// steps
// -------------------------------------------------------------------------------------

/**
 * What `--json` prints, on stdout, when the input cannot be decided (exit code 2): the kind of failure, a message
 * in both languages, and the issues (for `invalid-input` and `invalid-matrix`), each with its code, JSON path
 * (prefixed by the element's index for an array of requests) and message in both languages.
 *
 * @since 0.2.0
 */
export interface JsonError {
  readonly error: 'unreadable-file' | 'invalid-json' | 'empty-array' | 'invalid-input' | 'invalid-matrix' | 'unwritable-file' | 'internal-error'
  readonly message: Message
  readonly issues?: ReadonlyArray<Issue>
}

/** A failure of the input, worded in any language (so that `--json` can give both). */
interface Failure {
  readonly error: JsonError['error']
  readonly text: (t: CliText) => string
  readonly issues?: ReadonlyArray<Issue>
}

type Step<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly failure: Failure }

const failed = (error: Failure['error'], text: (t: CliText) => string, issues?: ReadonlyArray<Issue>): { readonly ok: false; readonly failure: Failure } => ({
  ok: false,
  failure: issues === undefined ? { error, text } : { error, text, issues },
})

/** Reports a failure of the input: human text on stderr, or (`--json`) a {@link JsonError} on stdout. */
const report = (f: Failure, json: boolean, lang: Lang, io: Io): void => {
  if (json) {
    const out: JsonError = {
      error: f.error,
      message: { fr: f.text(textOf('fr')), en: f.text(textOf('en')) },
      ...(f.issues === undefined ? {} : { issues: f.issues }),
    }
    io.stdout(JSON.stringify(out, null, 2) + '\n')
  } else {
    const t = textOf(lang)
    io.stderr(`${PROGRAM}: ${f.text(t)}\n${f.issues === undefined ? '' : renderIssues(f.issues, lang, t)}`)
  }
}

const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined

const errorMessage = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string' ? e.message : String(e)

/** The name of an input in messages: the file, or "standard input" in the language of `t`. */
const sourceOf = (file: string, t: CliText): string => (file === '-' ? t.stdin : file)

const readInput = async (file: string, io: Io): Promise<Step<string>> => {
  try {
    return { ok: true, value: file === '-' ? await io.readStdin() : await io.readFile(file) }
  } catch (e) {
    switch (errorCode(e)) {
      case 'ENOENT':
        return failed('unreadable-file', (t) => t.fileNotFound(sourceOf(file, t)))
      case 'EISDIR':
        return failed('unreadable-file', (t) => t.isDirectory(sourceOf(file, t)))
      case 'EACCES':
      case 'EPERM':
        return failed('unreadable-file', (t) => t.permissionDenied(sourceOf(file, t)))
      default:
        return failed('unreadable-file', (t) => t.cannotRead(sourceOf(file, t), errorMessage(e)))
    }
  }
}

/** Reads and parses a JSON file (or standard input). */
const readJson = async (file: string, io: Io): Promise<Step<unknown>> => {
  const input = await readInput(file, io)
  if (!input.ok) return input
  const parsed = parseJson(input.value)
  return parsed.ok ? { ok: true, value: parsed.value } : failed('invalid-json', (t) => t.invalidJson(sourceOf(file, t), parsed.error))
}

/** Decodes one request, or each element of an array, prefixing the issues' paths with the element's index. */
const decodeAll = (
  u: unknown,
): { readonly ok: true; readonly many: boolean; readonly requests: ReadonlyArray<Request> } | { readonly ok: false; readonly issues: ReadonlyArray<Issue> } => {
  const elements: ReadonlyArray<unknown> = Array.isArray(u) ? u : [u]
  const requests: Array<Request> = []
  const issues: Array<Issue> = []
  elements.forEach((element, i) => {
    const prefix = Array.isArray(u) ? `/${i}` : ''
    const r = decodeRequest(element)
    if (r._tag === 'Right') requests.push(r.right)
    else for (const issue of r.left) issues.push({ code: issue.code, path: prefix + issue.path, message: issue.message })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, many: Array.isArray(u), requests }
}

/**
 * Reads the `--matrix` file: an {@link AuthorizationMatrix} (`{ version, grants }`, decoded by `decodeMatrix`), or
 * the JSON:API rows of Mon espace santé (an object with `data`, or an array of such pages: `matrixFromMesJsonApi`).
 * Fails with every issue (exit 2, nothing decided) when it is not a valid matrix.
 */
// The command reports an issue's code, path and message (its JSON output keeps that shape; the parameters an issue
// also carries since 0.3.0 are for programs, not for the command's output).
const asIssue = (i: Issue): Issue => ({ code: i.code, path: i.path, message: i.message })

const readMatrix = async (file: string, io: Io): Promise<Step<Options>> => {
  const parsed = await readJson(file, io)
  if (!parsed.ok) return parsed
  const u = parsed.value
  const jsonApi = Array.isArray(u) || (typeof u === 'object' && u !== null && 'data' in u)
  if (jsonApi) {
    const r = matrixFromMesJsonApi(u)
    if (r._tag === 'Right') return { ok: true, value: { matrix: r.right } }
    // The JSON:API reader's issues (`InteropIssue`) are worded in both languages since 0.3.0.
    const issues: ReadonlyArray<Issue> = r.left.map(asIssue)
    return failed('invalid-matrix', (t) => t.invalidMatrix(file, issues.length), issues)
  }
  const r = decodeMatrix(u)
  if (r._tag === 'Right') return { ok: true, value: { matrix: r.right } }
  const issues: ReadonlyArray<Issue> = r.left.map(asIssue)
  return failed('invalid-matrix', (t) => t.invalidMatrix(file, issues.length), issues)
}

const decideCommand = async (
  file: string,
  json: boolean,
  t: CliText,
  lang: Lang,
  io: Io,
  matrixFile: string | undefined,
): Promise<ExitCode> => {
  let options: Options = {}
  if (matrixFile !== undefined) {
    const m = await readMatrix(matrixFile, io)
    if (!m.ok) {
      report(m.failure, json, lang, io)
      return 2
    }
    options = m.value
  }
  const parsed = await readJson(file, io)
  if (!parsed.ok) {
    report(parsed.failure, json, lang, io)
    return 2
  }
  if (Array.isArray(parsed.value) && parsed.value.length === 0) {
    report({ error: 'empty-array', text: (t) => t.inSource(sourceOf(file, t), t.emptyArray) }, json, lang, io)
    return 2
  }
  const decoded = decodeAll(parsed.value)
  if (!decoded.ok) {
    const n = decoded.issues.length
    report({ error: 'invalid-input', text: (t) => t.inSource(sourceOf(file, t), t.invalidRequest(n)), issues: decoded.issues }, json, lang, io)
    return 2
  }
  const decisions: ReadonlyArray<Decision> = decoded.requests.map((r) => decide(r, options))
  if (json) io.stdout(JSON.stringify(decoded.many ? decisions : decisions[0], null, 2) + '\n')
  else if (!decoded.many) io.stdout(renderDecision(decoded.requests[0] as Request, decisions[0] as Decision, lang, t))
  else {
    const n = decisions.length
    const blocks = decisions.map((d, i) => `${t.request(i, n)}\n${renderDecision(decoded.requests[i] as Request, d, lang, t)}`)
    const allowed = decisions.filter((d) => d.allowed).length
    io.stdout(blocks.join('\n') + '\n' + t.summary(n, allowed, n - allowed) + '\n')
  }
  return decisions.every((d) => d.allowed) ? 0 : 1
}

/**
 * `dmp-rules map`: reads the record and date (FILE.json), the actors (`--actors`, or the default cast) and the
 * matrix, computes the access map (pure), renders it, and prints it (Markdown) or writes the file (HTML, SVG).
 */
const mapCommand = async (cmd: Extract<Command, { readonly kind: 'map' }>, t: CliText, io: Io): Promise<ExitCode> => {
  const { lang } = cmd
  const fail = (f: Failure): ExitCode => {
    report(f, false, lang, io)
    return 2
  }
  let options: Options = {}
  if (cmd.matrix !== undefined) {
    const m = await readMatrix(cmd.matrix, io)
    if (!m.ok) return fail(m.failure)
    options = m.value
  }
  const parsed = await readJson(cmd.file, io)
  if (!parsed.ok) return fail(parsed.failure)
  const input = decodeMapInput(parsed.value, lang)
  if (!input.ok) {
    const n = input.issues.length
    return fail({ error: 'invalid-input', text: (t) => t.inSource(sourceOf(cmd.file, t), t.invalidRequest(n)), issues: input.issues })
  }
  const { record, at, raw } = input.value
  let actors = input.value.actors ?? defaultCast(record, lang)
  if (cmd.actors !== undefined) {
    const file = cmd.actors
    const read = await readJson(file, io)
    if (!read.ok) return fail(read.failure)
    const decoded = decodeActors(read.value, raw, at)
    if (!decoded.ok) {
      const n = decoded.issues.length
      return fail({ error: 'invalid-input', text: (t) => t.inSource(sourceOf(file, t), t.invalidActors(n)), issues: decoded.issues })
    }
    actors = decoded.value
  }
  const rendered = renderAccessMap(accessMap(record, actors, at, options), { lang, format: cmd.output.format })
  if (cmd.output.format === 'markdown') {
    io.stdout(rendered)
    return 0
  }
  const out = cmd.output.out
  try {
    if (io.writeFile === undefined) throw new Error('no file system')
    await io.writeFile(out, rendered)
  } catch (e) {
    return fail({ error: 'unwritable-file', text: (t) => t.cannotWrite(out, errorMessage(e)) })
  }
  io.stdout(`${t.wrote(out)}\n`)
  return 0
}

// -------------------------------------------------------------------------------------
// run
// -------------------------------------------------------------------------------------

/**
 * Runs the command: `dmp-rules decide FILE.json [--json] [--lang fr|en] [--matrix MATRIX.json]`, or
 * `dmp-rules map FILE.json [--actors ACTORS.json] [--html OUT.html | --svg OUT.svg | --markdown] [--lang fr|en] [--matrix FILE]`.
 *
 * Prints each decision (human text in the language of `--lang`, or JSON with `--json`) on stdout; problems on
 * stderr, except that with `--json` input that cannot be decided is a {@link JsonError} on stdout (exit code 2).
 * Resolves to the exit code; never rejects.
 *
 * @example
 * import { run } from './run.js'
 * const out: Array<string> = []
 * const code = await run(['decide', 'request.json'], {
 *   readFile: async () => JSON.stringify(request),
 *   readStdin: async () => '',
 *   stdout: (s) => out.push(s),
 *   stderr: (s) => out.push(s),
 * })
 *
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  let t = textOf('en')
  let json = false
  try {
    const cmd = parseArgs(argv)
    t = textOf(cmd.lang)
    json = cmd.kind === 'decide' && cmd.json
    switch (cmd.kind) {
      case 'usage-error':
        io.stderr(`${PROGRAM}: ${cmd.message(t)}\n\n${t.usage}${readUsage(cmd.lang)}`)
        return 2
      case 'help':
        io.stdout(t.usage + readUsage(cmd.lang))
        return 0
      case 'decide':
        return await decideCommand(cmd.file, cmd.json, t, cmd.lang, io, cmd.matrix)
      case 'map':
        return await mapCommand(cmd, t, io)
      case 'read-xds':
      case 'read-fhir': {
        const lang = cmd.lang
        return await readCommand(cmd, t, {
          readInput: async (file) => {
            const r = await readInput(file, io)
            return r.ok ? r : { ok: false, report: (json) => report(r.failure, json, lang, io) }
          },
          stdout: io.stdout,
          stderr: io.stderr,
        })
      }
    }
  } catch (e) {
    try {
      // With --json, stdout is JSON in every case (since 0.3.0, issue 19): the internal error too.
      const reason = errorMessage(e)
      if (json) report({ error: 'internal-error', text: (x) => x.internalError(reason) }, true, 'en', io)
      else io.stderr(`${PROGRAM}: ${t.internalError(reason)}\n`)
    } catch {
      // nothing more can be said
    }
    return 2
  }
}
