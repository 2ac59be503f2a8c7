// Reads the authorisation matrix as Mon espace santé serves it: JSON:API rows of
// /jsonapi/node/matrice_professionnel_document, each with its profession (field_code_profession), its
// document type (field_type_de_document.field_code_loinc) and whether the profession may consult it
// (field_consultation_document). Both JSON:API forms are read: relationships resolved through `included`,
// and the flattened form of `jsonapi_include=1` (related resources inline in the row).
import * as E from 'fp-ts/Either'
import { PROFESSIONS, professionFromCode, type Profession } from '../domain/profession.js'
import { issue, pointer, type InteropIssue, type InteropIssues } from '../interop/issues.js'
import { freezeAndMark } from '../domain/built.js'
import type { AuthorizationMatrix, MatrixGrant } from './types.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a Mon espace santé profession code stands for in the library.
 *
 * @since 0.1.0
 */
export interface MesProfession {
  readonly profession: Profession
  /** A specialty code, when the service's profession is one specialty of a library profession. */
  readonly specialty?: string
}

/**
 * Options of {@link matrixFromMesJsonApi}.
 *
 * @since 0.1.0
 */
export interface MesJsonApiOptions {
  /** The `version` of the matrix built (default `'mes-jsonapi'`); say which day you fetched it. */
  readonly version?: string
  /**
   * Maps a profession code of the service (as a string, with its label when the payload gives one) to a
   * library profession, or `undefined` when it stands for none (the row is then an issue). Default: the
   * code is read as a TRE_G15 code (`'10'` → `'medecin'`).
   */
  readonly professionOf?: (code: string, label: string | undefined) => MesProfession | undefined
}

/**
 * The endpoint whose rows {@link matrixFromMesJsonApi} reads.
 *
 * @since 0.1.0
 */
export const MES_MATRIX_ENDPOINT = '/jsonapi/node/matrice_professionnel_document'

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

type Json = { readonly [k: string]: unknown }

const isObject = (u: unknown): u is Json => typeof u === 'object' && u !== null && !Array.isArray(u)

// A field of a resource: in `attributes` (JSON:API) or at the top level (flattened form).
const field = (resource: Json, name: string): unknown => {
  const attributes = resource['attributes']
  if (isObject(attributes) && Object.prototype.hasOwnProperty.call(attributes, name)) return attributes[name]
  return resource[name]
}

const defaultProfessionOf = (code: string): MesProfession | undefined => {
  const p = professionFromCode(code)
  return p === undefined ? undefined : { profession: p }
}

interface Cell {
  readonly profession: Profession
  readonly specialty: string | undefined
  readonly typeCode: string
  readonly consult: boolean
  readonly path: string
}

const keyOf = (profession: Profession, specialty: string | undefined): string =>
  specialty === undefined ? profession : `${profession}\u0000${specialty}`

/**
 * Builds an {@link AuthorizationMatrix} from the JSON:API rows Mon espace santé serves (one page, or an
 * array of every page in order). Total and strict: a malformed row, an unknown profession, a relationship
 * without its `included` resource, two rows that disagree on one cell, or a last page that still links to a
 * next one are issues, and any issue means no matrix (`Left` with every issue) — never a partial one.
 * A row whose `field_consultation_document` is `false` grants nothing; a cell with no row grants nothing
 * (R-AUTH-7: a gap denies).
 *
 * @example
 * import { matrixFromMesJsonApi } from 'dmp-rules/interop'
 * const page = {
 *   data: [{
 *     type: 'node--matrice_professionnel_document', id: 'r1',
 *     attributes: { field_consultation_document: true },
 *     relationships: {
 *       field_code_profession: { data: { type: 'taxonomy_term--professionnel_de_sante', id: 'p10' } },
 *       field_type_de_document: { data: { type: 'taxonomy_term--type_de_document', id: 't1' } },
 *     },
 *   }],
 *   included: [
 *     { type: 'taxonomy_term--professionnel_de_sante', id: 'p10', attributes: { name: 'Médecin', field_code_profession: 10 } },
 *     { type: 'taxonomy_term--type_de_document', id: 't1', attributes: { name: 'CR de grossesse', field_code_loinc: '89233-1' } },
 *   ],
 * }
 * matrixFromMesJsonApi(page) // right({ version: 'mes-jsonapi', grants: [{ profession: 'medecin', typeCodes: ['89233-1'], source: … }] })
 *
 * @see R-AUTH-7
 * @since 0.1.0
 */
export const matrixFromMesJsonApi = (
  json: unknown,
  options: MesJsonApiOptions = {},
): E.Either<InteropIssues, AuthorizationMatrix> => {
  const issues: Array<InteropIssue> = []
  const professionOf = options.professionOf ?? defaultProfessionOf
  const pages: ReadonlyArray<unknown> = Array.isArray(json) ? json : [json]
  const pagePath = (p: number): string => (Array.isArray(json) ? pointer(p) : '')
  if (pages.length === 0) issues.push(issue('MISSING_FIELD', '', 'Expected at least one JSON:API page.'))

  // Every included resource of every page, by type and id.
  const included = new Map<string, Json>()
  pages.forEach((page) => {
    if (!isObject(page)) return
    const inc = page['included']
    if (Array.isArray(inc))
      for (const r of inc)
        if (isObject(r) && typeof r['type'] === 'string' && typeof r['id'] === 'string') included.set(`${r['type']}\u0000${r['id']}`, r)
  })

  // A related resource: through `relationships` + `included`, or inline (flattened form).
  const related = (row: Json, name: string, at: string): Json | undefined => {
    const relationships = row['relationships']
    const rel = isObject(relationships) ? relationships[name] : undefined
    if (rel !== undefined) {
      const data = isObject(rel) ? rel['data'] : undefined
      if (!isObject(data) || typeof data['type'] !== 'string' || typeof data['id'] !== 'string') {
        issues.push(issue('WRONG_TYPE', `${at}/relationships/${name}/data`, 'Expected a resource identifier { type, id }.'))
        return undefined
      }
      const r = included.get(`${data['type']}\u0000${data['id']}`)
      if (r === undefined)
        issues.push(issue('MISSING_INCLUDED', `${at}/relationships/${name}/data`, `No included resource ${data['type']} ${data['id']}.`))
      return r
    }
    const inline = row[name]
    if (isObject(inline)) return inline
    issues.push(issue(inline === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE', `${at}/${name}`, `Expected the related resource ${name}.`))
    return undefined
  }

  const cells: Array<Cell> = []
  pages.forEach((page, p) => {
    const base = pagePath(p)
    if (!isObject(page)) {
      issues.push(issue('WRONG_TYPE', base, 'Expected a JSON:API document (an object with `data`).'))
      return
    }
    const data = page['data']
    if (!Array.isArray(data)) {
      issues.push(issue(data === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE', `${base}/data`, 'Expected `data`, an array of rows.'))
      return
    }
    data.forEach((row: unknown, i) => {
      const at = `${base}/data/${i}`
      if (!isObject(row)) {
        issues.push(issue('WRONG_TYPE', at, 'Expected a row (an object).'))
        return
      }
      const consult = field(row, 'field_consultation_document')
      const consultPath = isObject(row['attributes']) ? `${at}/attributes/field_consultation_document` : `${at}/field_consultation_document`
      if (typeof consult !== 'boolean')
        issues.push(issue(consult === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE', consultPath, 'Expected field_consultation_document, a boolean.'))
      const professionRes = related(row, 'field_code_profession', at)
      const typeRes = related(row, 'field_type_de_document', at)
      let mapped: MesProfession | undefined
      if (professionRes !== undefined) {
        const raw = field(professionRes, 'field_code_profession')
        const code = typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : raw
        const label = field(professionRes, 'name')
        if (typeof code !== 'string' || code === '')
          issues.push(issue(raw === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE', `${at}/field_code_profession`, 'Expected the profession code (an integer or a string).'))
        else {
          mapped = professionOf(code, typeof label === 'string' ? label : undefined)
          if (mapped === undefined || !(PROFESSIONS as ReadonlyArray<string>).includes(mapped.profession))
            issues.push(issue('UNKNOWN_PROFESSION', `${at}/field_code_profession`, `Profession code ${code} stands for no profession of the library.`))
        }
      }
      let typeCode: string | undefined
      if (typeRes !== undefined) {
        const raw = field(typeRes, 'field_code_loinc')
        if (typeof raw !== 'string' || raw.trim() === '')
          issues.push(issue(raw === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE', `${at}/field_type_de_document/field_code_loinc`, 'Expected the type code (a non-empty string).'))
        else typeCode = raw.trim()
      }
      if (typeof consult === 'boolean' && mapped !== undefined && typeCode !== undefined && (PROFESSIONS as ReadonlyArray<string>).includes(mapped.profession))
        cells.push({ profession: mapped.profession, specialty: mapped.specialty, typeCode, consult, path: at })
    })
  })

  const last = pages[pages.length - 1]
  if (isObject(last)) {
    const links = last['links']
    const next = isObject(links) ? links['next'] : undefined
    if (next !== undefined && next !== null)
      issues.push(issue('INCOMPLETE_PAGES', `${pagePath(pages.length - 1)}/links/next`, 'The last page links to a next one: pass every page.'))
  }

  // One answer per cell; rows that disagree are an issue (deny would be a guess).
  const answers = new Map<string, Cell>()
  for (const c of cells) {
    const k = `${keyOf(c.profession, c.specialty)}\u0001${c.typeCode}`
    const seen = answers.get(k)
    if (seen === undefined) answers.set(k, c)
    else if (seen.consult !== c.consult)
      issues.push(issue('CONFLICTING_ROWS', c.path, `This row and ${seen.path} disagree on ${c.profession} × ${c.typeCode}.`))
  }

  const [first, ...rest] = issues
  if (first !== undefined) return E.left([first, ...rest])

  const byGrantee = new Map<string, { profession: Profession; specialty: string | undefined; codes: Set<string> }>()
  for (const c of answers.values()) {
    if (!c.consult) continue
    const k = keyOf(c.profession, c.specialty)
    let g = byGrantee.get(k)
    if (g === undefined) {
      g = { profession: c.profession, specialty: c.specialty, codes: new Set() }
      byGrantee.set(k, g)
    }
    g.codes.add(c.typeCode)
  }
  const version = options.version ?? 'mes-jsonapi'
  const source = `Mon espace santé JSON:API ${MES_MATRIX_ENDPOINT} (${version})`
  const grants: Array<MatrixGrant> = [...byGrantee.values()]
    .sort(
      (a, b) =>
        PROFESSIONS.indexOf(a.profession) - PROFESSIONS.indexOf(b.profession) ||
        ((a.specialty ?? '') < (b.specialty ?? '') ? -1 : (a.specialty ?? '') > (b.specialty ?? '') ? 1 : 0),
    )
    .map((g) => ({
      profession: g.profession,
      ...(g.specialty === undefined ? {} : { specialty: g.specialty }),
      typeCodes: [...g.codes].sort(),
      source,
    }))
  return E.right(freezeAndMark({ version, grants }))
}
