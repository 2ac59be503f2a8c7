// Issue 22 item 5: the command speaks the language it is asked for, throughout. Every command and every kind of
// error is run with `--lang fr` on the bundled examples, and the output must hold no English word of the command's
// English tables. The list of English words is DERIVED from those tables (the command's wording, the names of
// actions, actor kinds, professions, third parties, access modes, legal references' words, the access map's
// wording and cast, the English names of document types, the decoders' wording), minus every word their French
// counterparts also use (a word both languages use — "document", "patient" — is not English-only).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labelsOf, type Labels } from '../../src/cli/labels.js'
import { defaultCast } from '../../src/cli/map.js'
import { run, type Io } from '../../src/cli/run.js'
import { textOf, type CliText } from '../../src/cli/text.js'
import { DECODE_ISSUE_CODES, decodeIssueMessage } from '../../src/messages/decoding.js'
import { EXPECTED_EN } from '../../src/messages/en/decoding.js'
import { EXPECTED_FR } from '../../src/messages/fr/decoding.js'
import { SAMPLE_DECODE_PARAMS } from '../messages/samples.js'
import { buildRecord } from '../../src/domain/build.js'
import { accessMap } from '../../src/map/access-map.js'
import { DOCUMENT_TYPES, LOINC_ENGLISH_NAMES } from '../../src/matrix/document-types.js'
import type { Lang } from '../../src/messages/index.js'
import { BASIS } from '../../src/catalogue/basis.js'
import { basisText } from '../../src/cli/labels.js'
import { renderAccessMap } from '../../src/render/index.js'

const root = join(__dirname, '..', '..')
const EXAMPLES = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => `examples/${f}`)
const MATRICES = readdirSync(join(root, 'examples', 'matrices')).map((f) => `examples/matrices/${f}`)

// -------------------------------------------------------------------------------------
// the English words, from the English tables
// -------------------------------------------------------------------------------------

const wordsOf = (text: string): ReadonlyArray<string> => text.toLowerCase().match(/\p{L}+/gu) ?? []

const strings = (u: unknown): ReadonlyArray<string> =>
  typeof u === 'string' ? [u] : typeof u === 'object' && u !== null ? Object.values(u).flatMap(strings) : []

const labelStrings = (l: Labels): ReadonlyArray<string> => strings(l)

// Each function of the command's wording, called with sample arguments (its words are what matters).
const cliStrings = (t: CliText): ReadonlyArray<string> =>
  Object.entries(t).flatMap(([key, v]): ReadonlyArray<string> => {
    if (key === 'usage') return [] // checked as a whole below, with its options and JSON keys
    if (typeof v === 'string') return [v]
    if (typeof v !== 'function') return []
    const f = v as (...args: ReadonlyArray<unknown>) => string
    if (key === 'invalidJson') return [f('x', { line: 1, column: 1, problem: 'unexpected-character', found: 'x' })]
    return [f(2, 2, 2), f(1, 'x', 1), f('x')]
  })

// The decoders' wording: each description, and each message with its code's sample parameters.
const codecStrings = (lang: Lang): ReadonlyArray<string> => [
  ...Object.values(lang === 'en' ? EXPECTED_EN : EXPECTED_FR),
  ...DECODE_ISSUE_CODES.map((code) => decodeIssueMessage(code, SAMPLE_DECODE_PARAMS[code])[lang]),
]

const castRecord = buildRecord({
  patient: { birthDate: '2012-01-01' },
  treatingDoctorIds: ['10001234567'],
  legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }],
})

const tableStrings = (lang: Lang): ReadonlyArray<string> => [
  ...labelStrings(labelsOf(lang)),
  ...cliStrings(textOf(lang)),
  ...codecStrings(lang),
  ...defaultCast(castRecord, lang).map((a) => a.label),
  ...Object.values(BASIS).flatMap((refs) => refs.map((r) => basisText(r, lang))),
  renderAccessMap(accessMap(castRecord, [], '2024-01-01'), { lang, format: 'markdown' }),
  ...DOCUMENT_TYPES.map((t) => (lang === 'en' ? (LOINC_ENGLISH_NAMES[t.typeCode] ?? t.label) : t.label)),
]

// What output may hold that is not text of a language: markup (HTML tags, CSS), values echoed from the input or
// quoted ids ("professional"), the library's codes (UPPER_SNAKE, R-…), identifiers (camelCase, DEFAULT_MATRIX),
// options (--json), JSON paths (/0/label), file names, the command's own names (read-xds) and the FHIR resource types
// it reads (List, Bundle), which are identifiers in every language.
const prose = (out: string): string =>
  out
    .replace(/<style>[\s\S]*?<\/style>|<[^>]*>/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/(^|\s)\/[\w~./-]*/gm, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+\b/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b|\b[A-Z][a-z]+[A-Z]\w*\b/g, ' ')
    .replace(/\bread-(xds|fhir)\b|\b(Bundle|List|DocumentReference)\b/g, ' ')
    .replace(/--?[a-z][a-z-]*/g, ' ')
    .replace(/[\w./-]+\.(json|md|html|svg|xml)\b/g, ' ')

// Words of the tables' prose; a single letter is the fragment of an elision or possessive (l', s', doctor's).
const proseWords = (texts: ReadonlyArray<string>): ReadonlyArray<string> => texts.flatMap((t) => wordsOf(prose(t))).filter((w) => w.length > 1)

const FRENCH = new Set(proseWords(tableStrings('fr')))
const ENGLISH: ReadonlySet<string> = new Set(proseWords(tableStrings('en')).filter((w) => !FRENCH.has(w)))

const englishIn = (out: string): ReadonlyArray<string> => [...new Set(proseWords([out]).filter((w) => ENGLISH.has(w)))]

// -------------------------------------------------------------------------------------
// running the command
// -------------------------------------------------------------------------------------

interface Result {
  readonly code: number
  readonly out: string
}

const files: Record<string, string> = {
  'empty.json': '[]',
  'bad.json': '{ "action": ',
  'invalid.json': JSON.stringify({ action: 'consul', actor: { kind: 'parent' }, record: {}, at: '2023-02-30', explicitConsnet: true }),
  'bad-matrix.json': JSON.stringify({ version: '', grants: [{ profession: 'doctor', typeCodes: 'x' }] }),
  'bad-actors.json': JSON.stringify([{ actor: { kind: 'patient' } }, 3]),
}

const cli = async (argv: ReadonlyArray<string>): Promise<Result> => {
  let out = ''
  const io: Io = {
    readFile: async (path) => {
      const text = files[path]
      if (text !== undefined) return text
      if (path.startsWith('examples/')) return readFileSync(join(root, path), 'utf8')
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    },
    readStdin: async () => '',
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      out += s
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/nope/')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      out += text
    },
  }
  return { code: await run(argv, io), out }
}

const RUNS: ReadonlyArray<ReadonlyArray<string>> = [
  ['--help'],
  ...EXAMPLES.map((f) => ['decide', f]),
  ...MATRICES.flatMap((m) => EXAMPLES.slice(0, 3).map((f) => ['decide', f, '--matrix', m])),
  ...EXAMPLES.flatMap((f) => [['map', f], ['map', f, '--html', 'out.html'], ['map', f, '--svg', 'out.svg']]),
  ['read-xds', 'examples/dmp-metadata/registry-response.xml'],
  ['read-fhir', 'examples/dmp-metadata/pdsm-bundle.json'],
  ['map', EXAMPLES[0] as string, '--html', '/nope/out.html'],
  ['map', EXAMPLES[0] as string, '--actors', 'bad-actors.json'],
  [],
  ['decid', 'x.json'],
  ['frobnicate', 'x.json'],
  ['decide', 'x.json', '--jsno'],
  ['decide', 'x.json', '--lang=fre'],
  ['decide'],
  ['decide', 'a.json', 'b.json'],
  ['decide', 'missing.json'],
  ['decide', 'bad.json'],
  ['decide', 'empty.json'],
  ['decide', 'invalid.json'],
  ['decide', EXAMPLES[0] as string, '--matrix', 'bad-matrix.json'],
  ['decide', EXAMPLES[0] as string, '--matrix'],
  ['map', EXAMPLES[0] as string, '--html'],
  ['map', EXAMPLES[0] as string, '--html', 'a.html', '--svg', 'b.svg'],
]

describe('the command in French (issue 22)', () => {
  it('derives a list of English words that holds the words newcomers met ("view", "professional", "last")', () => {
    for (const w of ['view', 'consult', 'professional', 'last', 'allowed', 'denied', 'reasons', 'nurse', 'doctor', 'open', 'expected', 'got'])
      expect(ENGLISH.has(w)).toBe(true)
    // A word French uses too is not on it.
    for (const w of ['document', 'patient', 'obligations']) expect(ENGLISH.has(w)).toBe(false)
    expect(ENGLISH.size).toBeGreaterThan(150)
  })

  it('finds English in English output (the check can fail)', async () => {
    expect(englishIn((await cli(['decide', EXAMPLES[0] as string])).out)).not.toEqual([])
    expect(englishIn((await cli(['map', EXAMPLES[0] as string])).out)).not.toEqual([])
    expect(englishIn((await cli(['decid', 'x.json'])).out)).not.toEqual([])
  })

  for (const argv of RUNS)
    it(`prints no English word: dmp-rules ${argv.join(' ')} --lang fr`, async () => {
      const r = await cli([...argv, '--lang', 'fr'])
      expect(r.out.length).toBeGreaterThan(0)
      expect(englishIn(r.out)).toEqual([])
    })

  it('names actions, actor kinds, professions and legal references in French (was "view · professional", "last al.")', async () => {
    const masked = (await cli(['decide', 'examples/03-nurse-masked-report.json', '--lang', 'fr'])).out
    expect(masked).toMatch(/^voir · professionnel infirmier 10101112131 · document doc-2025-0001 \(11490-0\) · le 2025-03-21$/m)
    const physio = (await cli(['decide', 'examples/04-physiotherapist-lab-report.json', '--lang', 'fr'])).out
    expect(physio).toContain('voir · professionnel masseur-kinésithérapeute')
    // R-AUTH-7 cites CSP R.1111-46 last al.: its rendering is translated, the stored reference is not.
    expect(BASIS['R-AUTH-7']).toContain('CSP R.1111-46 last al.')
    expect(physio).toContain('CSP R.1111-46 dernier al.')
    expect((await cli(['decide', 'examples/07-break-glass.json', '--lang', 'fr'])).out).toMatch(/^consulter \[bris de glace\] · professionnel médecin/m)
    expect((await cli(['decide', 'examples/10-insurer.json', '--lang', 'fr'])).out).toMatch(/^consulter · tiers assureur · le/m)
  })
})
