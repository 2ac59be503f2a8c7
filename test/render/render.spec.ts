// renderAccessMap (issue 15 item 2): Markdown, HTML and SVG; labels escaped, the SVG well-formed, nothing external.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessMap, type MapActor, type Request } from '../../src/index.js'
import { DOCUMENT_TYPES, LOINC_ENGLISH_NAMES, documentTypeName } from '../../src/interop.js'
import { renderAccessMap } from '../../src/render/index.js'

const requests = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', '11-masked-report-three-readers.json'), 'utf8')) as ReadonlyArray<Request>
const first = requests[0] as Request
const actors: ReadonlyArray<MapActor> = [
  { label: 'Nurse', actor: first.actor, careTeam: true },
  { label: '<script>alert("x")</script> & | co', actor: (requests[1] as Request).actor, careTeam: true },
  { label: 'Insurer', actor: { kind: 'third-party', party: 'insurer' } },
]
const map = accessMap(first.record, actors, first.at)

/**
 * A small XML well-formedness check: every tag closes in order, attributes are quoted, no stray `<` or `&`.
 * Returns the problem, or undefined.
 */
const xmlProblem = (xml: string): string | undefined => {
  const stack: Array<string> = []
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '')
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g
  let m: RegExpExecArray | null
  let roots = 0
  while ((m = token.exec(body)) !== null) {
    const [, close, name, , selfClose, text, stray] = m
    if (stray !== undefined) return `stray < at ${m.index}`
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(text)) return `bad entity in ${JSON.stringify(text)}`
      if (stack.length === 0 && text.trim() !== '') return 'text outside the root'
      continue
    }
    if (close === '/') {
      if (stack.pop() !== name) return `</${name}> closes nothing open`
    } else if (selfClose !== '/') {
      if (stack.length === 0) roots++
      stack.push(name as string)
    } else if (stack.length === 0) roots++
  }
  if (stack.length > 0) return `unclosed <${stack.join('>, <')}>`
  return roots === 1 ? undefined : `${roots} roots`
}

describe('renderAccessMap', () => {
  it('renders Markdown: a row per actor, the record column and a column per document, ✓/✗ with rule ids, a legend', () => {
    const md = renderAccessMap(map, { lang: 'en', format: 'markdown' })
    const lines = md.split('\n')
    const tableLines = lines.filter((l) => l.startsWith('|'))
    expect(tableLines).toHaveLength(2 + actors.length)
    // Each document by its id and its type's name, the code kept (issue 22); neither type has an English name, so the
    // French one stands, and the legend says so.
    expect(tableLines[0]).toBe(
      "| Actor | Open the record | doc-2025-0001: Lettre de liaison à la sortie d'un établissement de soins (11490-0) | doc-2025-0002: CR d'examens biologiques (11502-2) |",
    )
    expect(md).toContain("keep their French name")
    // The nurse of the care team opens the record but not the masked report (R-MASK-2); the insurer nothing (R-ACTOR-1).
    expect(tableLines[2]).toMatch(/^\| Nurse \| ✓ [^|]*\| ✗ [^|]*R-MASK-2[^|]*\| ✓ /)
    expect(tableLines[4]).toMatch(/^\| Insurer \| ✗ R-ACTOR-1 \| ✗ /)
    expect(md).toContain('✓ allowed · ✗ denied')
    // A label is data: no raw HTML, no column break; escaped with backslashes, never with HTML entities (issue 22).
    expect(md).not.toContain('<script>')
    expect(tableLines[3]).toContain('\\<script\\>alert("x")\\</script\\> & \\| co')
    expect(md).not.toMatch(/&(#\d+|[a-z]+);/)
  })

  it('speaks French with lang fr', () => {
    const md = renderAccessMap(map, { lang: 'fr', format: 'markdown' })
    expect(md).toContain('Carte des accès')
    expect(md).toContain('| Acteur | Ouvrir le dossier |')
    expect(md).toContain('✓ autorisé · ✗ refusé')
    expect(md).not.toContain('French name')
  })

  it('names a document type in the language of the map, the code kept: English where LOINC gives a name, else French', () => {
    const record = { ...first.record, documents: [
      { ...(first.record.documents[0] as Request['record']['documents'][number]), id: 'op', typeCode: '34874-8' },
      { ...(first.record.documents[0] as Request['record']['documents'][number]), id: 'odd', typeCode: 'NOT-A-CODE' },
    ] }
    const m = accessMap(record, [{ label: 'Patient', actor: { kind: 'patient' } }], first.at)
    const header = (lang: 'fr' | 'en'): string => renderAccessMap(m, { lang, format: 'markdown' }).split('\n')[2] as string
    expect(header('fr')).toContain(`op : ${documentTypeName('34874-8', 'fr') as string} (34874-8)`)
    expect(header('fr')).toContain('op : CR opératoire (34874-8)')
    expect(header('en')).toContain(`op: ${LOINC_ENGLISH_NAMES['34874-8'] as string} (34874-8)`)
    // A code outside the nomenclature is shown as it is.
    expect(header('en')).toContain('odd (NOT-A-CODE)')
    // Every English name is the name of a type of the nomenclature; no other type has one.
    const codes = new Set(DOCUMENT_TYPES.map((t) => t.typeCode))
    for (const code of Object.keys(LOINC_ENGLISH_NAMES)) expect(codes.has(code)).toBe(true)
    for (const t of DOCUMENT_TYPES) {
      expect(documentTypeName(t.typeCode, 'fr')).toBe(t.label)
      expect(documentTypeName(t.typeCode, 'en')).toBe(LOINC_ENGLISH_NAMES[t.typeCode] ?? t.label)
      expect(t.labelEn).toBe(LOINC_ENGLISH_NAMES[t.typeCode])
    }
    expect(documentTypeName('NOT-A-CODE', 'en')).toBeUndefined()
  })

  it("escapes a document id and a label with <, & and ' properly in each format", () => {
    const nasty = "l'équipe <b>&amp; co</b>"
    const record = { ...first.record, documents: [{ ...(first.record.documents[0] as Request['record']['documents'][number]), id: nasty }] }
    const m = accessMap(record, [{ label: nasty, actor: { kind: 'patient' } }], first.at)
    const md = renderAccessMap(m, { lang: 'fr', format: 'markdown' })
    expect(md).toContain("| l'équipe \\<b\\>\\&amp; co\\</b\\> |")
    expect(md).not.toContain('&#39;')
    for (const format of ['html', 'svg'] as const) {
      const out = renderAccessMap(m, { lang: 'fr', format })
      expect(out).toContain('l&#39;équipe &lt;b&gt;&amp;amp; co&lt;/b&gt;')
      expect(out).not.toContain(nasty)
      if (format === 'svg') expect(xmlProblem(out)).toBeUndefined()
    }
  })

  it('escapes a label in HTML (a <script> label is text, not a script), and loads nothing from outside', () => {
    const page = renderAccessMap(map, { lang: 'en', format: 'html' })
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toContain('<script')
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | co')
    expect(page).not.toMatch(/https?:|@import|<link|src=/)
    expect(page.match(/<tr>/g)).toHaveLength(1 + actors.length)
    expect(page.match(/class="no"/g)?.length).toBeGreaterThan(0)
    expect(page.match(/class="yes"/g)?.length).toBeGreaterThan(0)
  })

  it('renders a well-formed SVG, escaped, with the system fonts only', () => {
    for (const lang of ['en', 'fr'] as const) {
      const image = renderAccessMap(map, { lang, format: 'svg' })
      expect(xmlProblem(image)).toBeUndefined()
      expect(image).not.toContain('<script')
      expect(image.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|@import|url\(|href/)
      // Every cell has its rectangle: header + rows, each with 2 + documents columns, plus the background.
      expect(image.match(/<rect /g)).toHaveLength(1 + (1 + actors.length) * (2 + map.documents.length))
    }
  })

  it('the XML check catches what it should', () => {
    expect(xmlProblem('<svg><text>a</svg>')).toBeDefined()
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toBeDefined()
    expect(xmlProblem('<svg><text>a < b</text></svg>')).toBeDefined()
    expect(xmlProblem('<svg a="1"><text>a &amp; b</text><rect/></svg>')).toBeUndefined()
  })

  it('renders a map without actors or documents', () => {
    const empty = accessMap({ ...first.record, documents: [] }, [], first.at)
    for (const format of ['markdown', 'html', 'svg'] as const) expect(renderAccessMap(empty, { lang: 'en', format })).toContain('Access map')
    expect(xmlProblem(renderAccessMap(empty, { lang: 'en', format: 'svg' }))).toBeUndefined()
  })
})
