// Every rule id cites the legal basis the catalogue gives it. The catalogue (design/RULES.md, revision 3) is
// parsed here, independently of src/catalogue/basis.ts: each table row whose first cell is a rule id, the legal
// texts of its last cell ("source / basis", "source" or, in the Revision 3 tables, "basis"), normalised as
// basis.ts says (one string per text, the code named on each, no `faq:N`, no "(s)" marker, no gloss in
// parentheses). Revision 3 (0.3.0): a rule cites the texts of its row — or, for the rows the "Legal bases
// corrected" paragraph names, the texts it gives (transcribed below, each transcription checked to be in the
// catalogue word for word) — then those of every Revision 3 row of the same id not already cited; the *(s)* marker
// is per reference, and the references the paragraph says are now read in full text lose it. Then every Reason
// the engine returns on generated requests must carry BASIS[reason.rule].
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConnection } from '../../src/connection/index.js'
import { combine } from '../../src/decision/combine.js'
import { decide, RULE_IDS, visibleDocuments, type Reason, type Request } from '../../src/index.js'
import { BASIS } from '../../src/catalogue/basis.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const catalogue = readFileSync(join(root, 'design', 'RULES.md'), 'utf8')

// -------------------------------------------------------------------------------------
// the parser
// -------------------------------------------------------------------------------------

/** How the catalogue names a code (at the start of a `;`-separated group), and how a basis string names it. */
const CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^CSP\s+/, 'CSP'],
  [/^C\. civ\.\s+/, 'C. civ.'],
  [/^Code pénal\s+/, 'Code pénal'],
  [/^Code du travail\s+/, 'Code du travail'],
  [/^C\. trav\.\s+/, 'Code du travail'],
  [/^Cons\. const\.\s+/, 'Cons. const.'],
  [/^CE\s+/, 'CE'],
  [/^[Aa]rrêté du\s+/, 'Arrêté du'],
  [/^[Dd]écret\s+/, 'Décret'],
]

/** Groups of the last cell that cite no legal text. */
const NOT_LEGAL = [/^faq:\d+/, /^MES emergency settings$/]

interface Row {
  readonly id: string
  readonly line: number
  /** The legal texts of the last cell, normalised. */
  readonly texts: ReadonlyArray<string>
  /** Those of `texts` the catalogue marks *(s)*: read only in a secondary source. */
  readonly secondary: ReadonlyArray<string>
}

const cellsOf = (line: string): ReadonlyArray<string> =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())

const ID = /^(?:R-[A-Z]+-\d+|A-\d+)$/
/** The id of a row's first cell, without the Revision 3 tables' qualifier ("R-MINOR-8 (a)", "R-ACTOR-8 (new)"). */
const idOf = (cell: string): string => cell.replace(/\*/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim()

/** One fragment of a group (split on commas) with the code's name, its "(s)" marker and glosses removed. */
const legalTexts = (cell: string, where: string): Pick<Row, 'texts' | 'secondary'> => {
  const texts: Array<string> = []
  const secondary: Array<string> = []
  for (const raw of cell.replace(/\*/g, '').split(';')) {
    const group = raw.trim()
    if (group === '' || NOT_LEGAL.some((re) => re.test(group))) continue
    const code = CODES.find(([re]) => re.test(group))
    if (code === undefined) throw new Error(`${where}: no known code at the start of "${group}"`)
    const [re, name] = code
    for (const fragment of group.replace(re, '').split(',')) {
      const isSecondary = /\(s\)/.test(fragment)
      const text = fragment
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      if (text === '') throw new Error(`${where}: empty reference in "${group}"`)
      const previous = texts[texts.length - 1]
      // A bare one- or two-digit number continues the alinéas of the previous article ("L.1111-18 al. 1-2, 4");
      // a longer one is an article of the same code ("C. civ. 438, 440, 459 al. 2, 479").
      if (/^\d{1,2}$/.test(text) && previous !== undefined && / al\. /.test(previous)) {
        texts[texts.length - 1] = `${previous}, ${text}`
        if (isSecondary) secondary.push(texts[texts.length - 1] ?? '')
        continue
      }
      texts.push(`${name} ${text}`)
      if (isSecondary) secondary.push(`${name} ${text}`)
    }
  }
  return { texts, secondary }
}

/**
 * Every row of the catalogue's tables whose first cell is a rule id or an assumption id: the rule rows (`rows`),
 * and the rows of the Revision 3 tables (`revision3`, the section `## Revision 3 …`).
 */
const parseCatalogue = (markdown: string): { readonly rows: ReadonlyArray<Row>; readonly revision3: ReadonlyArray<Row> } => {
  const rows: Array<Row> = []
  const revision3: Array<Row> = []
  let header: ReadonlyArray<string> = []
  let section = ''
  const lines = markdown.split('\n')
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) section = line
    if (!line.trim().startsWith('|')) {
      header = []
      return
    }
    const cells = cellsOf(line)
    if (cells.every((c) => /^:?-+:?$/.test(c))) return
    const id = idOf(cells[0] ?? '')
    if (!ID.test(id)) {
      if (header.length === 0) header = cells
      return
    }
    const where = `design/RULES.md:${i + 1} (${id})`
    const lastHeader = header[header.length - 1] ?? ''
    // The assumptions' table has no source column: an assumption cites no legal text.
    const sourced = /^(?:source|basis)\b/.test(lastHeader)
    if (sourced && cells.length !== header.length) throw new Error(`${where}: ${cells.length} cells, header has ${header.length}`)
    const row = { id, line: i + 1, ...(sourced ? legalTexts(cells[cells.length - 1] ?? '', where) : { texts: [], secondary: [] }) }
    if (section.startsWith('## Revision 3')) revision3.push(row)
    else rows.push(row)
  })
  return { rows, revision3 }
}

const parsed = parseCatalogue(catalogue)

/**
 * The "Legal bases corrected" paragraph of Revision 3, transcribed: each id with the text the paragraph gives it
 * (the rows' cells as the paragraph writes them; `''` for "no legal text"). A test checks each one is in the
 * catalogue word for word.
 */
const CORRECTED: ReadonlyArray<readonly [id: string, quoted: string, cell: string]> = [
  ['R-CONSENT-6', 'R-CONSENT-6: CSP L.1111-15, R.1111-47, L.1111-17 III', 'CSP L.1111-15, R.1111-47, L.1111-17 III'],
  ['R-MINOR-8', 'R-MINOR-8: CSP L.1111-2,\nR.1111-1, L.1111-14, R.1111-40 last al.; C. civ. 459', 'CSP L.1111-2, R.1111-1, L.1111-14, R.1111-40 last al.; C. civ. 459'],
  ['R-CONSENT-5', 'R-CONSENT-5: CSP L.1110-4 III al. 2, R.1111-46', 'CSP L.1110-4 III al. 2, R.1111-46'],
  ['R-AUTH-8', 'R-AUTH-8: the author sees their own document by definition — no legal text', ''],
  ['R-MINOR-2', 'R-MINOR-2 CSP L.1111-2 II', 'CSP L.1111-2 II'],
  ['R-MINOR-7', 'R-MINOR-7 C. civ. 371-1, 414', 'C. civ. 371-1, 414'],
  ['R-ACTOR-5', 'R-ACTOR-5 CSP L.1111-18 last al.', 'CSP L.1111-18 last al.'],
  ['R-CONSENT-3', 'R-CONSENT-3 CSP R.1111-46 al. 2', 'CSP R.1111-46 al. 2'],
]

/** The references Revision 3 says are now read in full text (no *(s)* marker), as the catalogue lists them. */
const FULL_TEXT: ReadonlyArray<string> = (/now read in full\s+text, no marker: ([^)]*)\)/.exec(catalogue)?.[1] ?? '')
  .split(',')
  .map((r) => r.trim())
  .filter((r) => r !== '')

const inFullText = (text: string): boolean => FULL_TEXT.some((r) => text === `CSP ${r}` || text.startsWith(`CSP ${r} `))

/** The rule rows with Revision 3 applied: corrected cells, then the Revision 3 rows' texts, markers per reference. */
const rows: ReadonlyArray<Row> = parsed.rows.map((row) => {
  const corrected = CORRECTED.find(([id]) => id === row.id)
  const own = corrected === undefined ? row : { ...row, ...legalTexts(corrected[2], `Revision 3, ${row.id}`) }
  const texts = [...own.texts]
  const secondary = [...own.secondary]
  for (const r3 of parsed.revision3.filter((r) => r.id === row.id)) {
    for (const t of r3.texts) if (!texts.includes(t)) texts.push(t)
    for (const t of r3.secondary) if (!secondary.includes(t)) secondary.push(t)
  }
  return { ...row, texts, secondary: secondary.filter((t) => !inFullText(t)) }
})
const byId = new Map(rows.map((r) => [r.id, r]))
const known: ReadonlySet<string> = new Set(RULE_IDS)

// -------------------------------------------------------------------------------------
// the parser on the catalogue's own examples
// -------------------------------------------------------------------------------------

describe('the catalogue parser', () => {
  it('normalises a last cell as basis.ts does: no faq, one string per text, the code on each, (s) noted', () => {
    expect(legalTexts('faq:24, faq:180; CSP L.1110-4 III, L.1110-12, R.1111-46 al. 1-2; CE 2025-10-15 n° 490409', 't')).toEqual({
      texts: ['CSP L.1110-4 III', 'CSP L.1110-12', 'CSP R.1111-46 al. 1-2', 'CE 2025-10-15 n° 490409'],
      secondary: [],
    })
    expect(legalTexts('faq:180; CSP L.1111-18 al. 1-2, 4; Code pénal 226-13', 't').texts).toEqual([
      'CSP L.1111-18 al. 1-2, 4',
      'Code pénal 226-13',
    ])
    expect(legalTexts("faq:16, faq:284; CSP L.1470-2, L.1470-5 (référentiel d'accès) (s)", 't')).toEqual({
      texts: ['CSP L.1470-2', 'CSP L.1470-5'],
      secondary: ['CSP L.1470-5'],
    })
    expect(legalTexts('faq:144, faq:166; décret 2021-1047 (s)', 't')).toEqual({ texts: ['Décret 2021-1047'], secondary: ['Décret 2021-1047'] })
    expect(legalTexts('faq:118, faq:124 (FAQ only)', 't').texts).toEqual([])
    expect(legalTexts('MES emergency settings', 't').texts).toEqual([])
    expect(() => legalTexts('faq:1; Code de la route R.412-6', 't')).toThrow(/no known code/)
  })

  it('reads the Revision 3 tables, the ids with their qualifier ("R-MINOR-8 (a)"), and the full-text list', () => {
    expect(parsed.revision3.map((r) => r.id)).toEqual(expect.arrayContaining(['R-EMERG-3', 'R-MINOR-8', 'R-ACTOR-8', 'R-PATIENT-4', 'R-EMERG-1']))
    expect(parsed.revision3.filter((r) => r.id === 'R-MINOR-8')).toHaveLength(3)
    expect(legalTexts('C. civ. 438, 440, 459 al. 2, 479, 494-1', 't').texts).toEqual(['C. civ. 438', 'C. civ. 440', 'C. civ. 459 al. 2', 'C. civ. 479', 'C. civ. 494-1'])
    expect(legalTexts('CSP L.1111-17 IV, R.1111-46 last al.; C. trav. L.4624-8-1 *(s)*', 't')).toEqual({
      texts: ['CSP L.1111-17 IV', 'CSP R.1111-46 last al.', 'Code du travail L.4624-8-1'],
      secondary: ['Code du travail L.4624-8-1'],
    })
    expect(FULL_TEXT).toEqual(['L.1111-13-1 IV 3°', 'L.1111-19', 'R.1111-47', 'L.1470-5', 'L.1111-16'])
  })

  it('transcribes the "Legal bases corrected" paragraph word for word', () => {
    const paragraph = catalogue.slice(catalogue.indexOf('### Legal bases corrected'))
    for (const [id, quoted] of CORRECTED) expect(paragraph.replace(/\n/g, '\\n').includes(quoted.replace(/\n/g, '\\n')) || paragraph.replace(/\s+/g, ' ').includes(quoted.replace(/\\n/g, ' ')), id).toBe(true)
  })

  it('finds every row of the catalogue, each id once, in the tables of every section', () => {
    expect(rows.length).toBeGreaterThanOrEqual(RULE_IDS.length)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const id of ['R-ACTOR-1', 'R-STATUS-9', 'R-AUTH-8', 'R-CONSENT-8', 'R-DEL-2', 'R-MINOR-8', 'R-EMERG-3', 'R-REPORT-1', 'A-6'])
      expect(byId.has(id), id).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// BASIS against the catalogue
// -------------------------------------------------------------------------------------

describe('BASIS follows the catalogue (design/RULES.md)', () => {
  it('has a catalogue row for every id of RULE_IDS', () => {
    expect(RULE_IDS.filter((id) => !byId.has(id))).toEqual([])
  })

  it('has one entry for every id of RULE_IDS, and no other', () => {
    expect(Object.keys(BASIS).sort()).toEqual([...RULE_IDS].sort())
  })

  for (const id of RULE_IDS) {
    it(`${id}: cites the legal texts of its row, or none when the row names none`, () => {
      const row = byId.get(id)
      expect(row, `${id} is not in design/RULES.md`).toBeDefined()
      if (row === undefined) return
      if (row.texts.length > 0) {
        expect(BASIS[id].length, `design/RULES.md:${row.line}`).toBeGreaterThan(0)
        expect(BASIS[id], `design/RULES.md:${row.line}`).toEqual(row.texts)
      } else expect(BASIS[id], `design/RULES.md:${row.line}: the row names no legal text`).toEqual([])
    })
  }

  // Ids of the catalogue that src/catalogue/ids.ts does not have yet: their basis is added with them.
  for (const row of rows.filter((r) => !known.has(r.id))) it.todo(`${row.id} (design/RULES.md:${row.line}): not in RULE_IDS yet`)
})

// -------------------------------------------------------------------------------------
// docs/rules.md lists the basis of each id
// -------------------------------------------------------------------------------------

const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8')
/** The "**Source.**" paragraph of the section `## <id> — …` of docs/rules.md. */
const sourceLineOf = (id: string): string | undefined => {
  const section = docs.split(/^## /m).find((s) => s.startsWith(`${id} `))
  return section?.split('\n').find((l) => l.startsWith('**Source.**'))
}

describe('docs/rules.md cites the same basis', () => {
  for (const id of RULE_IDS) {
    it(`${id}: its Source line lists BASIS['${id}'], secondary sources marked, or says no legal text was found`, () => {
      const line = sourceLineOf(id)
      expect(line, `no **Source.** line in the section of ${id}`).toBeDefined()
      if (line === undefined) return
      const secondary = byId.get(id)?.secondary ?? []
      for (const text of BASIS[id])
        expect(line).toContain(secondary.includes(text) ? `${text} (secondary source)` : `${text}`)
      if (BASIS[id].length === 0) expect(line).toMatch(/no legal text/i)
      else expect(line).not.toMatch(/no legal text/i)
      expect((line.match(/\(secondary source\)/g) ?? []).length).toBe(secondary.length)
    })
  }
})

// -------------------------------------------------------------------------------------
// the reasons the engine returns
// -------------------------------------------------------------------------------------

describe('every reason carries BASIS[reason.rule]', () => {
  const samples = fc.sample(fc.tuple(arbRequest(), fc.option(arbMatrix(), { nil: undefined })), { seed: 20261130, numRuns: 400 })
  const reasons: Array<Reason> = []
  for (const [request, matrix] of samples) {
    const options = matrix === undefined ? undefined : { matrix }
    reasons.push(...decide(request, options).reasons)
    for (const { decision } of visibleDocuments(request, options)) reasons.push(...decision.reasons)
  }

  it('samples reasons of many rules, with and without a legal basis', () => {
    const rules = new Set(reasons.map((r) => r.rule))
    expect(rules.size).toBeGreaterThanOrEqual(20)
    expect(reasons.some((r) => r.basis.length > 0)).toBe(true)
    expect(reasons.some((r) => r.basis.length === 0)).toBe(true)
  })

  it('gives each reason exactly the basis of its rule id', () => {
    const wrong = reasons.filter((r) => JSON.stringify(r.basis) !== JSON.stringify(BASIS[r.rule]))
    expect(wrong.map((r) => [r.rule, r.code, r.basis])).toEqual([])
  })

  it('gives their basis to the fail-closed denials too (unknown action, malformed request, nothing grants)', () => {
    const [valid] = fc.sample(arbRequest({ action: 'consult' }), { seed: 1, numRuns: 1 })
    if (valid === undefined) throw new Error('no sample')
    const failClosed: ReadonlyArray<Reason> = [
      ...decide({ ...valid, action: 'teleport' } as unknown as Request).reasons,
      ...decide({ ...valid, at: '2024-02-30' }).reasons,
      ...combine([]).reasons,
      ...checkConnection({ at: '2024-03-01', environment: 'test', credential: { kind: 'card', environment: 'production' }, structure: { kind: 'other', inDirectory: true } }).reasons,
    ]
    expect(failClosed.map((r) => r.code)).toEqual(expect.arrayContaining(['UNKNOWN_ACTION', 'MALFORMED_REQUEST', 'NO_GRANTING_RULE', 'PRODUCTION_CREDENTIAL_ON_TEST']))
    for (const r of failClosed) expect(r.basis, `${r.rule} ${r.code}`).toEqual(BASIS[r.rule])
  })
})
