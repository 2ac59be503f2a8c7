// The `dmp-rules/render` entry: an access map as Markdown, HTML or SVG. Pure: strings in, a string out; writing
// the file is the caller's (the command's) business. Only types come from the core, so the entry stays small; the
// names of the document types come from the nomenclature (src/matrix/document-types.ts).
import type { Decision } from '../decision/decision.js'
import type { HealthDocument } from '../domain/types.js'
import type { AccessMap } from '../map/access-map.js'
import { LOINC_ENGLISH_NAMES, documentTypeName } from '../matrix/document-types.js'
import type { Lang } from '../messages/index.js'
import { renderTextOf, type RenderText } from '../messages/render.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How to render an access map: the language of the headings and legend, and the format.
 *
 * @since 0.2.0
 */
export interface RenderOptions {
  readonly lang: Lang
  readonly format: 'markdown' | 'html' | 'svg'
}

const YES = '✓'
const NO = '✗'

// -------------------------------------------------------------------------------------
// the table, format-free
// -------------------------------------------------------------------------------------

interface Cell {
  readonly allowed: boolean
  readonly rules: ReadonlyArray<string>
}

const cellOf = (d: Decision): Cell => {
  const rules: Array<string> = []
  for (const r of d.reasons) if (!rules.includes(r.rule)) rules.push(r.rule)
  return { allowed: d.allowed === true, rules }
}

// A document's column: its id, and its type by name with the code kept (`doc-1 : CR opératoire (34874-8)`); a code
// outside the nomenclature shows as the code alone.
const columnOf = (d: HealthDocument, lang: Lang): string => {
  const name = documentTypeName(d.typeCode, lang)
  return name === undefined ? `${d.id} (${d.typeCode})` : `${d.id}${lang === 'fr' ? ' :' : ':'} ${name} (${d.typeCode})`
}

interface Table {
  readonly t: RenderText
  /** Some document type is named in French in an English map. */
  readonly frenchNames: boolean
  readonly caption: string
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<{ readonly label: string; readonly cells: ReadonlyArray<Cell> }>
}

const tableOf = (map: AccessMap, lang: Lang): Table => {
  const t = renderTextOf(lang) // the wording: src/messages/en|fr/render.ts
  const frenchOnly = (code: string): boolean =>
    documentTypeName(code, 'fr') !== undefined && !Object.prototype.hasOwnProperty.call(LOINC_ENGLISH_NAMES, code)
  return {
    t,
    frenchNames: t.frenchNames !== '' && map.documents.some((d) => frenchOnly(d.typeCode)),
    caption: `${t.title} — ${t.at} ${map.at}`,
    header: [t.actor, t.record, ...map.documents.map((d) => columnOf(d, lang === 'fr' ? 'fr' : 'en'))],
    rows: map.rows.map((row) => ({ label: row.label, cells: [row.consult, ...row.documents].map(cellOf) })),
  }
}

const cellText = (c: Cell): string => `${c.allowed ? YES : NO} ${c.rules.join(', ')}`
const legendText = (table: Table): string => {
  const { t } = table
  return `${YES} ${t.allowed} · ${NO} ${t.denied}. ${t.legend}${table.frenchNames ? ` ${t.frenchNames}` : ''}`
}

// -------------------------------------------------------------------------------------
// formats
// -------------------------------------------------------------------------------------

/** Escapes text for HTML and XML content and attribute values. */
const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'))

// A Markdown cell: no line break, no column separator, no raw HTML, no emphasis, link or code span (a label is data,
// not markup). Escaped with backslashes, which Markdown removes, never with HTML entities, which a reader of the
// source would see (`l&#39;équipe`): only the characters Markdown gives a meaning are touched, and `&` only where
// it would start an entity (`&amp;`).
const escapeMarkdown = (s: string): string =>
  s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')

const markdown = (table: Table): string => {
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.join(' | ')} |`
  return [
    `**${escapeMarkdown(table.caption)}**`,
    '',
    line(table.header.map(escapeMarkdown)),
    line(table.header.map((_, i) => (i === 0 ? '---' : ':---:'))),
    ...table.rows.map((r) => line([escapeMarkdown(r.label), ...r.cells.map((c) => escapeMarkdown(cellText(c)))])),
    '',
    escapeMarkdown(legendText(table)),
    '',
  ].join('\n')
}

const ALLOWED_FILL = '#d9f2dd'
const DENIED_FILL = '#f8d7da'
const ALLOWED_INK = '#1b5e20'
const DENIED_INK = '#8b1a1a'
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'

const html = (table: Table, lang: Lang): string => {
  const cell = (c: Cell): string =>
    `<td class="${c.allowed ? 'yes' : 'no'}" title="${escapeXml(c.allowed ? table.t.allowed : table.t.denied)}"><b>${c.allowed ? YES : NO}</b> ${escapeXml(c.rules.join(', '))}</td>`
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeXml(table.caption)}</title>`,
    '<style>',
    `body{font-family:${FONT};margin:1rem}`,
    'table{border-collapse:collapse}',
    'th,td{border:1px solid #999;padding:.3rem .5rem;text-align:center}',
    'th[scope=row]{text-align:left}',
    `td.yes{background:${ALLOWED_FILL};color:${ALLOWED_INK}}`,
    `td.no{background:${DENIED_FILL};color:${DENIED_INK}}`,
    '</style>',
    '</head>',
    '<body>',
    '<table>',
    `<caption>${escapeXml(table.caption)}</caption>`,
    `<thead><tr>${table.header.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...table.rows.map((r) => `<tr><th scope="row">${escapeXml(r.label)}</th>${r.cells.map(cell).join('')}</tr>`),
    '</tbody>',
    '</table>',
    `<p>${escapeXml(legendText(table))}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

// The SVG's geometry: a width per character that fits the system sans-serif fonts at 13px, with room to spare.
const CHAR = 7.5
// Bold (the headings) is wider: a heading as long as a document type's name would overflow its column at CHAR.
const CHAR_BOLD = 8.4
const ROW = 28
const PAD = 12

const svg = (table: Table): string => {
  const rows = table.rows.map((r) => [r.label, ...r.cells.map(cellText)])
  const widths = table.header.map((h, i) => PAD * 2 + Math.max(CHAR_BOLD * h.length, ...rows.map((r) => CHAR * (r[i] ?? '').length)))
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0))
  const width = Math.max(widths.reduce((a, b) => a + b, 0), CHAR * legendText(table).length + PAD * 2)
  const top = ROW + 8
  const height = top + ROW * (rows.length + 1) + ROW + 8
  const text = (x: number, y: number, s: string, attrs = ''): string =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs}>${escapeXml(s)}</text>`
  const out: Array<string> = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${height}" viewBox="0 0 ${Math.ceil(width)} ${height}" font-family='${FONT}' font-size="13">`,
    `<title>${escapeXml(table.caption)}</title>`,
    `<rect x="0" y="0" width="${Math.ceil(width)}" height="${height}" fill="#ffffff"/>`,
    text(0, ROW - 10, table.caption, ' font-weight="bold"'),
  ]
  table.header.forEach((h, i) => {
    const x = xs[i] as number
    const w = widths[i] as number
    out.push(`<rect x="${x.toFixed(1)}" y="${top}" width="${w.toFixed(1)}" height="${ROW}" fill="#eeeeee" stroke="#999999"/>`)
    out.push(text(x + PAD, top + ROW - 9, h, ' font-weight="bold"'))
  })
  table.rows.forEach((r, j) => {
    const y = top + ROW * (j + 1)
    out.push(`<rect x="0" y="${y}" width="${(widths[0] as number).toFixed(1)}" height="${ROW}" fill="#ffffff" stroke="#999999"/>`)
    out.push(text(PAD, y + ROW - 9, r.label))
    r.cells.forEach((c, i) => {
      const x = xs[i + 1] as number
      const w = widths[i + 1] as number
      out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW}" fill="${c.allowed ? ALLOWED_FILL : DENIED_FILL}" stroke="#999999"/>`)
      out.push(text(x + PAD, y + ROW - 9, cellText(c), ` fill="${c.allowed ? ALLOWED_INK : DENIED_INK}"`))
    })
  })
  out.push(text(0, height - 12, legendText(table), ' font-size="12"'))
  out.push('</svg>', '')
  return out.join('\n')
}

// -------------------------------------------------------------------------------------
// render
// -------------------------------------------------------------------------------------

/**
 * Renders an access map (`accessMap` of `dmp-rules`) as a table, actors × documents: a column for opening the
 * record (`consult`), one per document (`view`); each cell ✓ (allowed, green) or ✗ (denied, red) with the ids of
 * the rules that decided; a caption with the date and a legend. Labels and ids are escaped (HTML, SVG) or made
 * inert (Markdown); the HTML and SVG use the system fonts, nothing external.
 *
 * @param map - the access map
 * @param options - the language (`'fr'`, `'en'`) and the format (`'markdown'`, `'html'`: a whole document, `'svg'`)
 * @returns the rendering, ending with a newline
 *
 * @example
 * import { accessMap, buildRecord } from 'dmp-rules'
 * import { renderAccessMap } from 'dmp-rules/render'
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' } })
 * const map = accessMap(record, [{ label: 'Patient', actor: { kind: 'patient' } }], '2024-06-01')
 * renderAccessMap(map, { lang: 'en', format: 'markdown' }) // '**Access map — on 2024-06-01**\n\n| Actor | Open the record |…'
 *
 * @since 0.2.0
 */
export const renderAccessMap = (map: AccessMap, options: RenderOptions): string => {
  const table = tableOf(map, options.lang)
  switch (options.format) {
    case 'html':
      return html(table, options.lang === 'fr' ? 'fr' : 'en')
    case 'svg':
      return svg(table)
    default:
      return markdown(table)
  }
}
