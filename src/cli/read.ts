// `dmp-rules read-xds FILE` and `dmp-rules read-fhir FILE`: the DMP's document metadata (an XDS registry response,
// a FHIR DocumentReference or Bundle) read by dmp-rules/xds or dmp-rules/fhir, printed as the documents read, the
// entries rejected (with every issue) and the entries skipped (with the reason). Its wording lives here, in both
// languages, beside the logic.
import type { HealthDocument } from '../domain/types.js'
import { readDocumentReferences } from '../fhir/read.js'
import type { Lang, Message } from '../messages/index.js'
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

interface Wording {
  readonly summary: (source: string, read: number, rejected: number, skipped: number) => string
  readonly read: string
  readonly rejected: string
  readonly skipped: string
  readonly author: (d: HealthDocument) => string
  readonly added: string
  readonly flags: (d: HealthDocument) => string
  readonly id: string
  readonly unreadable: (source: string, what: string) => string
  readonly xds: string
  readonly fhir: string
  readonly usage: string
}

const flagsIn = (d: HealthDocument, names: readonly [string, string, string], none: string): string =>
  [d.maskedFromProfessionals ? names[0] : '', d.invisibleToPatient ? names[1] : '', d.hiddenFromLegalRepresentatives ? names[2] : ''].filter((x) => x !== '').join(', ') || none

const WORDING: { readonly [L in Lang]: Wording } = {
  en: {
    summary: (s, r, j, k) => `${s}: ${r} read, ${j} rejected, ${k} skipped`,
    read: 'Read',
    rejected: 'Rejected',
    skipped: 'Skipped',
    author: (d) =>
      d.author.kind === 'professional'
        ? `professional ${d.author.id}${d.author.establishmentId === undefined ? '' : ` at ${d.author.establishmentId}`}`
        : d.author.kind === 'patient'
          ? 'the patient'
          : `legal representative ${d.author.id}`,
    added: 'added',
    flags: (d) => flagsIn(d, ['masked from professionals', 'invisible to the patient', 'hidden from legal representatives'], 'no visibility flag'),
    id: 'id',
    unreadable: (s, w) => `${s}: not ${w}`,
    xds: 'an XDS registry response',
    fhir: 'a FHIR DocumentReference or Bundle',
    usage: `
       dmp-rules read-xds FILE.xml [--json] [--lang fr|en]
       dmp-rules read-fhir FILE.json [--json] [--lang fr|en]

read-xds reads the document entries of a DMP registry response (XDS.b ITI-18, ebRIM XML); read-fhir reads
FHIR DocumentReferences (one, or a Bundle with its submission-set Lists). Prints the documents read, the
entries rejected with every issue, and the entries skipped with the reason (docs/dmp-metadata.md); with
--json, { "documents", "rejected", "skipped" }. Exit code: 0 every entry read or skipped, 1 an entry
rejected, 2 not such metadata, or usage.
`,
  },
  fr: {
    summary: (s, r, j, k) => `${s} : ${r} lu${r > 1 ? 's' : ''}, ${j} rejeté${j > 1 ? 's' : ''}, ${k} ignoré${k > 1 ? 's' : ''}`,
    read: 'Lus',
    rejected: 'Rejetés',
    skipped: 'Ignorés',
    author: (d) =>
      d.author.kind === 'professional'
        ? `professionnel ${d.author.id}${d.author.establishmentId === undefined ? '' : ` de ${d.author.establishmentId}`}`
        : d.author.kind === 'patient'
          ? 'le patient'
          : `représentant légal ${d.author.id}`,
    added: 'ajouté le',
    flags: (d) => flagsIn(d, ['masqué aux professionnels', 'invisible au patient', 'invisible aux représentants légaux'], 'aucun indicateur de visibilité'),
    id: 'id',
    unreadable: (s, w) => `${s} : pas ${w}`,
    xds: "une réponse de registre XDS",
    fhir: 'une ressource FHIR DocumentReference ou un Bundle',
    usage: `
        dmp-rules read-xds FICHIER.xml [--json] [--lang fr|en]
        dmp-rules read-fhir FICHIER.json [--json] [--lang fr|en]

read-xds lit les fiches de documents d'une réponse de registre du DMP (XDS.b ITI-18, XML ebRIM) ; read-fhir
lit des DocumentReference FHIR (une seule, ou un Bundle avec ses List de lots de soumission). Affiche les
documents lus, les fiches rejetées avec chaque problème, et les fiches ignorées avec la raison
(docs/dmp-metadata.md) ; avec --json, { "documents", "rejected", "skipped" }. Code de sortie : 0 chaque
fiche lue ou ignorée, 1 une fiche rejetée, 2 pas de telles métadonnées, ou usage.
`,
  },
}

/**
 * The usage lines of `read-xds` and `read-fhir`, appended to the command's help.
 *
 * @since 0.3.0
 */
export const readUsage = (lang: Lang): string => WORDING[lang].usage

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
  const w = WORDING[lang]
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
    const message: Message = { fr: WORDING.fr.unreadable(source, WORDING.fr[what]), en: WORDING.en.unreadable(source, WORDING.en[what]) }
    if (cmd.json) hooks.stdout(JSON.stringify({ error: 'invalid-input', message, issues: result.left }, null, 2) + '\n')
    else hooks.stderr(`dmp-rules: ${message[cmd.lang]}\n${renderIssues(result.left, cmd.lang, t)}`)
    return 2
  }
  const r = result.right
  hooks.stdout(cmd.json ? JSON.stringify(r, null, 2) + '\n' : renderRead(source, r, cmd.lang, t))
  return r.rejected.length > 0 ? 1 : 0
}
