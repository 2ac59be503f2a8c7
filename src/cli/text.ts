// The command's own wording, in English and French. The decisions' messages come from the library
// (src/messages); this file only holds what the command adds around them: headings, usage, errors.
import type { Lang } from '../messages/index.js'
import type { JsonProblem, JsonSyntaxError } from './json.js'

/**
 * Everything the command writes that is not a decision's own message.
 *
 * @since 0.1.0
 */
export interface CliText {
  readonly usage: string
  /** `:` in English, ` :` in French (after a label). */
  readonly colon: string
  readonly allowed: string
  readonly denied: string
  readonly reasons: string
  readonly obligations: string
  readonly remedies: string
  readonly none: string
  readonly basis: string
  readonly noBasis: string
  readonly request: (index: number, total: number) => string
  readonly summary: (total: number, allowed: number, denied: number) => string
  readonly actor: (kind: string, detail: string) => string
  readonly document: string
  readonly at: string
  readonly root: string
  /** A problem of an input file (or of standard input), e.g. `FILE.json: invalid request: 2 issues`. */
  readonly inSource: (source: string, problem: string) => string
  readonly invalidRequest: (issues: number) => string
  readonly emptyArray: string
  readonly invalidJson: (source: string, e: JsonSyntaxError) => string
  readonly fileNotFound: (path: string) => string
  readonly isDirectory: (path: string) => string
  readonly permissionDenied: (path: string) => string
  readonly cannotRead: (path: string, reason: string) => string
  readonly stdin: string
  /** `suggestion` (since 0.3.0): the command nearest to the typo by edit distance, if one is near enough. */
  readonly unknownCommand: (cmd: string, suggestion?: string) => string
  readonly unknownOption: (opt: string, suggestion?: string) => string
  readonly missingFile: string
  readonly tooManyFiles: string
  readonly badLang: (value: string, suggestion?: string) => string
  readonly noCommand: string
  readonly internalError: (reason: string) => string
  readonly missingMatrix: string
  readonly tooManyMatrices: string
  readonly invalidMatrix: (source: string, issues: number) => string
  /** `map`: an option that takes a value was given none. */
  readonly missingValue: (option: string) => string
  readonly givenTwice: (option: string) => string
  readonly oneOutput: string
  readonly invalidActors: (issues: number) => string
  readonly labelNeeded: string
  readonly notAnArray: string
  readonly notAnObject: string
  readonly wrote: (path: string) => string
  readonly cannotWrite: (path: string, reason: string) => string
}

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

const USAGE_FR = `Usage : dmp-rules decide FICHIER.json [--json] [--lang fr|en] [--matrix MATRICE.json]
        dmp-rules map FICHIER.json [--actors ACTEURS.json] [--html SORTIE.html | --svg SORTIE.svg | --markdown]
                      [--lang fr|en] [--matrix MATRICE.json]

Décide une demande d'accès à un DMP / Mon espace santé (ou un tableau de demandes) et affiche chaque
décision avec ses motifs (règle, fondement juridique), ses obligations et ce qui changerait la réponse.

  FICHIER.json   la demande (sa forme : docs/guide.md, fourni dans le paquet) ; « - » lit l'entrée standard
  --json         affiche la ou les décisions en JSON (une Decision, ou un tableau pour un tableau de demandes) ;
                 une entrée qui ne peut être décidée (fichier illisible, JSON invalide, tableau vide, problèmes
                 d'une demande ou de la matrice) donne à la place un objet JSON sur la sortie standard, code 2 :
                 { "error": "invalid-input", "message": { "fr", "en" },
                   "issues": [{ "code", "path", "message": { "fr", "en" } }] }
                 ("error" vaut "unreadable-file", "invalid-json", "empty-array", "invalid-input" ou "invalid-matrix")
  --lang fr|en   langue de l'affichage (défaut : en)
  --matrix FICH. la matrice d'habilitation à appliquer (R-AUTH-7) : une AuthorizationMatrix
                 { version, grants }, ou les lignes JSON:API servies par Mon espace santé ; par
                 défaut DEFAULT_MATRIX, transcription de la matrice de la Cnam du 25/09/2024
                 (voir docs/matrix.md)
  -h, --help     affiche cette aide

map dessine qui peut ouvrir le dossier de FICHIER.json (une demande, ou { "record", "at" }) et voir lesquels
de ses documents : un tableau acteurs × documents, chaque case autorisée ou refusée avec les règles qui ont décidé.
Pour un tableau de demandes : le dossier et la date de la première, et les acteurs des demandes.
  --actors FICH. les acteurs : [{ "label", "actor", "careTeam"?, "participatesInCare"?, "explicitConsent"?,
                 "accessMode"?, … }] ; par défaut : le patient, chaque représentant légal, chaque médecin
                 traitant, un infirmier de l'équipe de soins, un pharmacien qui participe à la prise en
                 charge, un urgentiste en bris de glace, un assureur
  --markdown     affiche la carte en Markdown (défaut) ; --html FICH. / --svg FICH. l'écrivent dans FICH.

Code de sortie : 0 autorisé (toutes les demandes), 1 refusé (au moins une), 2 entrée invalide ou usage ;
map : 0 dessinée, 2 entrée invalide ou usage.
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

const JSON_PROBLEM_FR: { readonly [P in JsonProblem]: string } = {
  empty: "l'entrée est vide",
  'unexpected-end': "l'entrée s'arrête trop tôt",
  'unexpected-character': 'caractère inattendu',
  'trailing-content': 'contenu inattendu après la valeur JSON',
  'bad-string': 'chaîne invalide (caractère de contrôle ou échappement incorrect)',
  'bad-number': 'nombre invalide',
  unparseable: 'le texte JSON ne peut pas être lu (imbrication trop profonde ?)',
}

const showChar = (c: string): string => (c >= ' ' ? `'${c}'` : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)

const en: CliText = {
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

const fr: CliText = {
  usage: USAGE_FR,
  colon: ' :',
  allowed: 'AUTORISÉ',
  denied: 'REFUSÉ',
  reasons: 'Motifs',
  obligations: 'Obligations',
  remedies: 'Solutions',
  none: 'aucune',
  basis: 'fondement juridique',
  noBasis: 'fondement juridique : aucun cité',
  request: (i, n) => `Demande ${i + 1} sur ${n} (/${i})`,
  summary: (n, a, d) => `${n} demandes : ${a} autorisée${a > 1 ? 's' : ''}, ${d} refusée${d > 1 ? 's' : ''}`,
  actor: (kind, detail) => (detail === '' ? kind : `${kind} ${detail}`),
  document: 'document',
  at: 'le',
  root: '(racine)',
  inSource: (src, problem) => `${src} : ${problem}`,
  invalidRequest: (n) => `demande invalide : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  emptyArray: 'un tableau vide ne contient aucune demande à décider',
  invalidJson: (src, e) =>
    `${src} : JSON invalide ligne ${e.line}, colonne ${e.column} : ${JSON_PROBLEM_FR[e.problem]}${e.found !== undefined ? ` ${showChar(e.found)}` : ''}`,
  fileNotFound: (p) => `fichier introuvable : ${p}`,
  isDirectory: (p) => `${p} est un répertoire, pas un fichier JSON`,
  permissionDenied: (p) => `permission refusée : ${p}`,
  cannotRead: (p, r) => `impossible de lire ${p} : ${r}`,
  stdin: "l'entrée standard",
  unknownCommand: (c, s) => `commande inconnue : ${c}${s === undefined ? ' (les commandes sont decide, map et help)' : ` (vouliez-vous dire ${s} ?)`}`,
  unknownOption: (o, s) => `option inconnue : ${o}${s === undefined ? '' : ` (vouliez-vous dire ${s} ?)`}`,
  missingFile: 'FICHIER.json manquant (ou « - » pour l\'entrée standard)',
  tooManyFiles: 'decide prend un seul FICHIER.json (mettez plusieurs demandes dans un tableau JSON)',
  badLang: (v, s) => `--lang prend fr ou en, pas ${JSON.stringify(v)}${s === undefined ? '' : ` (vouliez-vous dire ${s} ?)`}`,
  noCommand: 'commande manquante',
  internalError: (r) => `erreur interne (merci de la signaler) : ${r}`,
  missingMatrix: "--matrix prend un fichier : la matrice d'habilitation",
  tooManyMatrices: '--matrix est donné plusieurs fois',
  invalidMatrix: (src, n) => `${src} : matrice d'habilitation invalide : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  missingValue: (o) => `${o} prend un fichier`,
  givenTwice: (o) => `${o} est donné plusieurs fois`,
  oneOutput: 'donnez une seule option parmi --markdown, --html FICHIER, --svg FICHIER',
  invalidActors: (n) => `acteurs invalides : ${n} ${n === 1 ? 'problème' : 'problèmes'}`,
  labelNeeded: "une chaîne non vide était attendue : le libellé de l'acteur",
  notAnArray: "un tableau d'acteurs était attendu",
  notAnObject: 'un objet était attendu : une demande, ou { record, at } (ou un tableau non vide de demandes)',
  wrote: (p) => `${p} écrit`,
  cannotWrite: (p, r) => `impossible d'écrire ${p} : ${r}`,
}

/**
 * The command's wording in a language.
 *
 * @since 0.1.0
 */
export const textOf = (lang: Lang): CliText => (lang === 'fr' ? fr : en)
