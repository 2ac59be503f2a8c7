// The types of the command's wording (`dmp-rules decide | map | read-xds | read-fhir`): what it writes around the
// library's messages, the names it shows for the library's ids, the names of a map's default cast. Each language
// gives one value of each type (en/cli.ts, en/labels.ts, fr/…): a missing or extra entry fails to compile.
import type { Profession } from '../domain/profession.js'
import type { AccessMode, Action, Actor, HealthDocument, ThirdParty } from '../domain/types.js'
import { CAST_EN, CLI_EN, READ_COMMAND_EN } from './en/cli.js'
import { LABELS_EN } from './en/labels.js'
import { CAST_FR, CLI_FR, READ_COMMAND_FR } from './fr/cli.js'
import { LABELS_FR } from './fr/labels.js'
import type { Lang } from './message.js'

/**
 * Where and why a JSON text is not valid JSON. `line` and `column` count from 1.
 *
 * @since 0.1.0
 */
export interface JsonSyntaxError {
  readonly line: number
  readonly column: number
  readonly problem: JsonProblem
  /** The offending character, when there is one. */
  readonly found?: string
}

/**
 * What is wrong at that place; the command words it in the user's language.
 *
 * @since 0.1.0
 */
export type JsonProblem =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'trailing-content'
  | 'bad-string'
  | 'bad-number'
  /** `JSON.parse` refused a text the scanner accepts (e.g. nesting too deep for the engine). */
  | 'unparseable'

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

/**
 * The human names of the library's ids in one language.
 *
 * @since 0.3.0
 */
export interface Labels {
  readonly action: { readonly [A in Action]: string }
  readonly actorKind: { readonly [K in Actor['kind']]: string }
  readonly profession: { readonly [P in Profession]: string }
  readonly thirdParty: { readonly [T in ThirdParty]: string }
  readonly accessMode: { readonly [M in AccessMode]: string }
  /**
   * The words of the stored legal references (`BASIS`, src/catalogue/basis.ts) that are not proper names, and their
   * rendering: `'CSP R.1111-46 last al.'` is shown `CSP R.1111-46 dernier al.` in French.
   */
  readonly basisWords: { readonly [W in BasisWord]: string }
}

/** The words of the stored legal references that a rendering translates (the rest are codes' names and numbers). */
export type BasisWord = 'last' | 'and'

/** The wording of `read-xds` and `read-fhir` in one language. @since 0.3.0 */
export interface ReadCommandText {
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

/** The names of the default cast of `dmp-rules map`, in one language. @since 0.3.0 */
export interface CastLabels {
  readonly patient: string
  readonly representative: (id: string) => string
  readonly treating: (id: string) => string
  readonly nurse: string
  readonly pharmacist: string
  readonly emergency: string
  readonly insurer: string
}

// -------------------------------------------------------------------------------------
// lookups: the one place that lists each language's files for the command (adding a language adds one entry per
// table; each is typed by `Lang`, so a language without one of its files fails to compile)
// -------------------------------------------------------------------------------------

const CLI: { readonly [L in Lang]: CliText } = { en: CLI_EN, fr: CLI_FR }
const LABELS: { readonly [L in Lang]: Labels } = { en: LABELS_EN, fr: LABELS_FR }
const READ_COMMAND: { readonly [L in Lang]: ReadCommandText } = { en: READ_COMMAND_EN, fr: READ_COMMAND_FR }
const CAST: { readonly [L in Lang]: CastLabels } = { en: CAST_EN, fr: CAST_FR }

// A language no table holds (a value cast from outside the types) reads as English, as the command always did.
const pick = <T>(table: { readonly [L in Lang]: T }, lang: Lang): T => (Object.prototype.hasOwnProperty.call(table, lang) ? table[lang] : table.en)

/** The command's own wording in a language (English for an unknown one). @since 0.3.0 */
export const cliTextOf = (lang: Lang): CliText => pick(CLI, lang)

/** The human names of the library's ids in a language. @since 0.3.0 */
export const labelsTextOf = (lang: Lang): Labels => pick(LABELS, lang)

/** The wording of `read-xds` and `read-fhir` in a language. @since 0.3.0 */
export const readCommandTextOf = (lang: Lang): ReadCommandText => pick(READ_COMMAND, lang)

/** The names of a map's default cast in a language. @since 0.3.0 */
export const castLabelsOf = (lang: Lang): CastLabels => pick(CAST, lang)
