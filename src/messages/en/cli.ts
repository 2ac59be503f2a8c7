// The command's own wording in English: usage, headings, errors, the read commands' wording, the map's cast.
// Typed by messages/cli.ts: fr/cli.ts must give the same entries, or the build fails.
import type { CastLabels, CliText, JsonProblem, ReadCommandText } from '../cli.js'
import { flagsIn, showChar } from '../format.js'

const USAGE_EN = `Usage: dmp-rules decide FILE.json [--json] [--lang fr|en] [--matrix MATRIX.json]
       dmp-rules map FILE.json [--actors ACTORS.json] [--html OUT.html | --svg OUT.svg | --markdown]
                     [--lang fr|en] [--matrix MATRIX.json]

Decides one access request to a DMP / Mon espace santé record (or an array of requests), and prints
each decision with its reasons (rule id, legal basis), obligations and remedies.

  FILE.json      the request (its shape: docs/guide.md, shipped in the package); "-" reads standard input
  --json         print the decision(s) as JSON (one Decision, or an array for an array of requests);
                 input that cannot be decided (unreadable file, invalid JSON, empty array, issues of a
                 request or of the matrix) is a JSON object on stdout instead, exit code 2:
                 { "error": "invalid-input", "message": { "fr", "en" },
                   "issues": [{ "code", "path", "message": { "fr", "en" } }] }
                 ("error" is unreadable-file, invalid-json, empty-array, invalid-input or invalid-matrix)
  --lang fr|en   language of the human output (default: en)
  --matrix FILE  the authorisation matrix to decide with (R-AUTH-7): an AuthorizationMatrix
                 { version, grants }, or the JSON:API rows Mon espace santé serves; default: the
                 bundled DEFAULT_MATRIX, a transcription of the Cnam matrix of 2024-09-25
                 (see docs/matrix.md)
  -h, --help     print this help

map draws who may open the record of FILE.json (a request, or { "record", "at" }) and see which of its
documents: a table actors × documents, each cell allowed or denied with the rules that decided. For an
array of requests: the record and date of the first, and the actors of the requests.
  --actors FILE  the actors: [{ "label", "actor", "careTeam"?, "participatesInCare"?, "explicitConsent"?,
                 "accessMode"?, … }]; default: the patient, each legal representative, each treating
                 doctor, a care-team nurse, a pharmacist taking part in the care, an emergency doctor in
                 break-glass, an insurer
  --markdown     print the map as Markdown (default); --html FILE / --svg FILE write it to FILE

Exit code: 0 allowed (every request), 1 denied (any request), 2 invalid input or usage; map: 0 drawn, 2
invalid input or usage.
`

const JSON_PROBLEM_EN: { readonly [P in JsonProblem]: string } = {
  empty: 'the input is empty',
  'unexpected-end': 'the input ends too early',
  'unexpected-character': 'unexpected character',
  'trailing-content': 'unexpected content after the JSON value',
  'bad-string': 'invalid string (control character or bad escape)',
  'bad-number': 'invalid number',
  unparseable: 'the JSON text cannot be parsed (nested too deeply?)',
}

/** The command's own wording in English. */
export const CLI_EN: CliText = {
  usage: USAGE_EN,
  colon: ':',
  allowed: 'ALLOWED',
  denied: 'DENIED',
  reasons: 'Reasons',
  obligations: 'Obligations',
  remedies: 'Remedies',
  none: 'none',
  basis: 'legal basis',
  noBasis: 'legal basis: none cited',
  request: (i, n) => `Request ${i + 1} of ${n} (/${i})`,
  summary: (n, a, d) => `${n} requests: ${a} allowed, ${d} denied`,
  actor: (kind, detail) => (detail === '' ? kind : `${kind} ${detail}`),
  document: 'document',
  at: 'on',
  root: '(root)',
  inSource: (src, problem) => `${src}: ${problem}`,
  invalidRequest: (n) => `invalid request: ${n} ${n === 1 ? 'issue' : 'issues'}`,
  emptyArray: 'an empty array holds no request to decide',
  invalidJson: (src, e) =>
    `${src}: invalid JSON at line ${e.line}, column ${e.column}: ${JSON_PROBLEM_EN[e.problem]}${e.found !== undefined ? ` ${showChar(e.found)}` : ''}`,
  fileNotFound: (p) => `file not found: ${p}`,
  isDirectory: (p) => `${p} is a directory, not a JSON file`,
  permissionDenied: (p) => `permission denied: ${p}`,
  cannotRead: (p, r) => `cannot read ${p}: ${r}`,
  stdin: 'standard input',
  unknownCommand: (c, s) => `unknown command: ${c}${s === undefined ? ' (the commands are decide, map and help)' : ` (did you mean ${s}?)`}`,
  unknownOption: (o, s) => `unknown option: ${o}${s === undefined ? '' : ` (did you mean ${s}?)`}`,
  missingFile: 'missing FILE.json (or "-" for standard input)',
  tooManyFiles: 'decide takes one FILE.json (put several requests in one JSON array)',
  badLang: (v, s) => `--lang takes fr or en, not ${JSON.stringify(v)}${s === undefined ? '' : ` (did you mean ${s}?)`}`,
  noCommand: 'missing command',
  internalError: (r) => `internal error (please report it): ${r}`,
  missingMatrix: '--matrix takes a file: the authorisation matrix',
  tooManyMatrices: '--matrix is given more than once',
  invalidMatrix: (src, n) => `${src}: invalid authorisation matrix: ${n} ${n === 1 ? 'issue' : 'issues'}`,
  missingValue: (o) => `${o} takes a file`,
  givenTwice: (o) => `${o} is given more than once`,
  oneOutput: 'give one of --markdown, --html FILE, --svg FILE',
  invalidActors: (n) => `invalid actors: ${n} ${n === 1 ? 'issue' : 'issues'}`,
  labelNeeded: 'expected a non-empty string: the label of the actor',
  notAnArray: 'expected an array of actors',
  notAnObject: 'expected an object: a request, or { record, at } (or a non-empty array of requests)',
  wrote: (p) => `wrote ${p}`,
  cannotWrite: (p, r) => `cannot write ${p}: ${r}`,
}


/** The wording of `read-xds` and `read-fhir`, in English. */
export const READ_COMMAND_EN: ReadCommandText = {
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
}

/** The names of the default cast of a map, in English. */
export const CAST_EN: CastLabels = {
  patient: 'Patient',
  representative: (id: string) => `Legal representative ${id}`,
  treating: (id: string) => `Treating doctor ${id}`,
  nurse: 'Care-team nurse',
  pharmacist: 'Pharmacist (in the care)',
  emergency: 'Emergency doctor (break-glass)',
  insurer: 'Insurer',
}
