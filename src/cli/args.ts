// The command line of `dmp-rules`, parsed into a command or a usage error. Pure.
import { suggest } from '../messages/suggest.js'
import type { Lang } from '../messages/index.js'
import type { ReadCommand } from './read.js'
import type { CliText } from './text.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What the user asked for.
 *
 * @since 0.1.0
 */
export type Command =
  | { readonly kind: 'help'; readonly lang: Lang }
  | {
      readonly kind: 'decide'
      /** A file path, or `'-'` for standard input. */
      readonly file: string
      readonly json: boolean
      readonly lang: Lang
      /** A file holding the authorisation matrix (R-AUTH-7) to decide with; absent = the bundled one. */
      readonly matrix?: string
    }
  | {
      readonly kind: 'map'
      /** A file path, or `'-'` for standard input: a request (its record and `at`) or `{ record, at }`. */
      readonly file: string
      /** A file holding the actors (`[{ label, actor, careTeam?… }]`); absent = the default cast. */
      readonly actors?: string
      /** Markdown on stdout, or an HTML or SVG file written to `out`. */
      readonly output: { readonly format: 'markdown' } | { readonly format: 'html' | 'svg'; readonly out: string }
      readonly lang: Lang
      readonly matrix?: string
    }
  /** `read-xds FILE` / `read-fhir FILE` (src/cli/read.ts). @since 0.3.0 */
  | ReadCommand

/**
 * A command line that means nothing: the command prints the problem and its usage, and exits 2.
 *
 * @since 0.1.0
 */
export interface UsageError {
  readonly kind: 'usage-error'
  readonly lang: Lang
  readonly message: (t: CliText) => string
}

// -------------------------------------------------------------------------------------
// parser
// -------------------------------------------------------------------------------------

const isLang = (s: string): s is Lang => s === 'fr' || s === 'en'

/** The commands, the options and the languages: what a typo is compared with (edit distance) for a suggestion. */
const COMMANDS = ['decide', 'map', 'help'] as const
const OPTIONS = ['--help', '--json', '--lang', '--matrix', '--actors', '--markdown', '--html', '--svg'] as const
const LANGS = ['fr', 'en'] as const

/** The option nearest to an unknown one (`--jsno` → `--json`; for `--lnag=fr`, the part before `=`). */
const nearestOption = (a: string): string | undefined => {
  const eq = a.indexOf('=')
  return suggest(eq < 0 ? a : a.slice(0, eq), OPTIONS)
}

/**
 * Parses the arguments that follow the program name (`process.argv.slice(2)`).
 * Accepts `--lang fr` and `--lang=fr`, options before or after the file, `--` before a file that starts with `-`.
 *
 * @example
 * import { parseArgs } from './args.js'
 * parseArgs(['decide', 'req.json', '--lang', 'fr'])
 * // { kind: 'decide', file: 'req.json', json: false, lang: 'fr' }
 *
 * @since 0.1.0
 */
export const parseArgs = (argv: ReadonlyArray<string>): Command | UsageError => {
  // The language is looked for first, so that even a usage error speaks it.
  let lang: Lang = 'en'
  let badLang: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') break
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined
    if (v === undefined) continue
    if (isLang(v)) lang = v
    else badLang ??= v
  }
  if (badLang !== undefined) {
    // `--lang fre`: the language meant (the nearest, if near enough) is the one the message speaks.
    const v = badLang
    const meant = suggest(v, LANGS) as Lang | undefined
    return { kind: 'usage-error', lang: meant ?? lang, message: (t) => t.badLang(v, meant) }
  }
  const error = (message: (t: CliText) => string): UsageError => ({ kind: 'usage-error', lang, message })

  let help = false
  let json = false
  let matrix: string | undefined
  let actors: string | undefined
  let output: { readonly format: 'markdown' } | { readonly format: 'html' | 'svg'; readonly out: string } | undefined
  let command: string | undefined
  const positionals: Array<string> = []
  let rest = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (rest || a === '-' || !a.startsWith('-')) {
      if (command === undefined && !rest) command = a
      else positionals.push(a)
      continue
    }
    if (a === '--') {
      rest = true
      continue
    }
    if (a === '-h' || a === '--help') help = true
    else if (a === '--json') json = true
    else if (a === '--lang') {
      if (argv[i + 1] === undefined) return error((t) => t.badLang(''))
      i++
    } else if (a.startsWith('--lang=')) continue
    else if (a === '--matrix' || a.startsWith('--matrix=')) {
      const v = a === '--matrix' ? argv[++i] : a.slice('--matrix='.length)
      if (v === undefined || v === '') return error((t) => t.missingMatrix)
      if (matrix !== undefined) return error((t) => t.tooManyMatrices)
      matrix = v
    } else if (a === '--actors' || a.startsWith('--actors=')) {
      const v = a === '--actors' ? argv[++i] : a.slice('--actors='.length)
      if (v === undefined || v === '') return error((t) => t.missingValue('--actors'))
      if (actors !== undefined) return error((t) => t.givenTwice('--actors'))
      actors = v
    } else if (a === '--markdown' || a === '--html' || a === '--svg' || a.startsWith('--html=') || a.startsWith('--svg=')) {
      if (output !== undefined) return error((t) => t.oneOutput)
      if (a === '--markdown') output = { format: 'markdown' }
      else {
        const format = a.startsWith('--html') ? 'html' : 'svg'
        const v = a === '--html' || a === '--svg' ? argv[++i] : a.slice(a.indexOf('=') + 1)
        if (v === undefined || v === '') return error((t) => t.missingValue(`--${format}`))
        output = { format, out: v }
      }
    } else return error((t) => t.unknownOption(a, nearestOption(a)))
  }

  if (help || command === 'help') return { kind: 'help', lang }
  if (command === undefined) return error((t) => t.noCommand)
  if (command !== 'decide' && command !== 'map' && command !== 'read-xds' && command !== 'read-fhir') {
    const c = command
    return error((t) => t.unknownCommand(c, suggest(c, COMMANDS)))
  }
  const file = positionals[0]
  if (file === undefined) return error((t) => t.missingFile)
  if (positionals.length > 1) return error((t) => t.tooManyFiles)
  if (command === 'read-xds' || command === 'read-fhir') {
    const other = matrix !== undefined ? '--matrix' : actors !== undefined ? '--actors' : output !== undefined ? `--${output.format}` : undefined
    if (other !== undefined) return error((t) => t.unknownOption(other))
    return { kind: command, file, json, lang }
  }
  if (command === 'map') {
    if (json) return error((t) => t.unknownOption('--json'))
    return {
      kind: 'map',
      file,
      output: output ?? { format: 'markdown' },
      lang,
      ...(actors === undefined ? {} : { actors }),
      ...(matrix === undefined ? {} : { matrix }),
    }
  }
  if (actors !== undefined) return error((t) => t.unknownOption('--actors'))
  if (output !== undefined) return error((t) => t.unknownOption(`--${output.format}`))
  return matrix === undefined ? { kind: 'decide', file, json, lang } : { kind: 'decide', file, json, lang, matrix }
}
