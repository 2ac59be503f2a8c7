// renderAccessMap (issue 15 item 2): Markdown, HTML and SVG; labels escaped, the SVG well-formed, nothing external.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessMap, type MapActor, type Request } from '../../src/index.js'
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
    expect(tableLines[0]).toBe('| Actor | Open the record | doc-2025-0001 (11490-0) | doc-2025-0002 (11502-2) |')
    // The nurse of the care team opens the record but not the masked report (R-MASK-2); the insurer nothing (R-ACTOR-1).
    expect(tableLines[2]).toMatch(/^\| Nurse \| ✓ [^|]*\| ✗ [^|]*R-MASK-2[^|]*\| ✓ /)
    expect(tableLines[4]).toMatch(/^\| Insurer \| ✗ R-ACTOR-1 \| ✗ /)
    expect(md).toContain('✓ allowed · ✗ denied')
    // A label is data: no raw HTML, no column break.
    expect(md).not.toContain('<script>')
    expect(tableLines[3]).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \\| co')
  })

  it('speaks French with lang fr', () => {
    const md = renderAccessMap(map, { lang: 'fr', format: 'markdown' })
    expect(md).toContain('Carte des accès')
    expect(md).toContain('| Acteur | Ouvrir le dossier |')
    expect(md).toContain('✓ autorisé · ✗ refusé')
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
