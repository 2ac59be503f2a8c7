// Reads the authorisation matrix as Mon espace santé serves it: JSON:API rows of
// /jsonapi/node/matrice_professionnel_document, each with its profession (field_code_profession), its
// document type (field_type_de_document.field_code_loinc) and whether the profession may consult it
// (field_consultation_document). Both JSON:API forms are read: relationships resolved through `included`,
// and the flattened form of `jsonapi_include=1` (related resources inline in the row).
import * as E from 'fp-ts/Either'
import { PROFESSIONS, professionFromCode, type Profession } from '../domain/profession.js'
import { matrixIssue as issue, pointer, type InteropIssue, type InteropIssues } from '../interop/issues.js'
import { freezeAndMark } from '../domain/built.js'
import type { AuthorizationMatrix, MatrixGrant, OccupationalGrant } from './types.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a Mon espace santé profession code stands for in the library: a profession (and specialty), or, since 0.3.0,
 * the occupational doctors (`{ occupationalDoctor: true }`, R-ACTOR-7 rev. 3), whose rows become a grant to
 * occupational doctors ({@link OccupationalGrant}).
 *
 * @since 0.1.0
 */
export type MesProfession =
  | {
      readonly profession: Profession
      /** A specialty code, when the service's profession is one specialty of a library profession. */
      readonly specialty?: string | undefined
      readonly occupationalDoctor?: undefined
    }
  | { readonly occupationalDoctor: true; readonly profession?: undefined; readonly specialty?: undefined }

/**
 * Options of {@link matrixFromMesJsonApi}.
 *
 * @since 0.1.0
 */
export interface MesJsonApiOptions {
  /** The `version` of the matrix built (default `'mes-jsonapi'`); say which day you fetched it. */
  readonly version?: string | undefined
  /**
   * Maps a profession code of the service (as a string, with its label when the payload gives one) to a
   * library profession, or `undefined` when it stands for none (the row is then an issue). Default: the
   * code is read as a TRE_G15 code (`'10'` → `'medecin'`). Map a code to `{ occupationalDoctor: true }` to read
   * its rows as a grant to occupational doctors (R-ACTOR-7 rev. 3; TRE_G15 has no such code, so the default never
   * does).
   */
  readonly professionOf?: ((code: string, label: string | undefined) => MesProfession | undefined) | undefined
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

/** A mapped grantee the library knows: the occupational doctors, or one of its professions. */
const granteeKnown = (m: MesProfession): boolean =>
  m.occupationalDoctor === true || (PROFESSIONS as ReadonlyArray<string>).includes(m.profession)

const defaultProfessionOf = (code: string): MesProfession | undefined => {
  const p = professionFromCode(code)
  return p === undefined ? undefined : { profession: p }
}

/** The grantee of a cell: a profession, or the occupational doctors (`OCCUPATIONAL`). */
const OCCUPATIONAL = 'occupational-doctor'

interface Cell {
  readonly profession: Profession | typeof OCCUPATIONAL
  readonly specialty: string | undefined
  readonly typeCode: string
  readonly consult: boolean
  readonly path: string
}

const keyOf = (profession: Profession | typeof OCCUPATIONAL, specialty: string | undefined): string =>
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
 * matrixFromMesJsonApi(page) // right({ version: 'mes-jsonapi', grants: [{ profession: 'medecin', typeCodes: ['89233-1'], source: '…' }] })
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
  if (pages.length === 0) issues.push(issue(
    'MISSING_FIELD',
    '',
    { expected: 'jsonApiPages' },
  ))

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
        issues.push(issue(
          'WRONG_TYPE',
          `${at}/relationships/${name}/data`,
          { expected: 'resourceIdentifier' },
        ))
        return undefined
      }
      const r = included.get(`${data['type']}\u0000${data['id']}`)
      if (r === undefined)
        issues.push(issue(
          'MISSING_INCLUDED',
          `${at}/relationships/${name}/data`,
          { resourceType: data['type'], resourceId: data['id'] },
        ))
      return r
    }
    const inline = row[name]
    if (isObject(inline)) return inline
    issues.push(issue(
      inline === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
      `${at}/${name}`,
      { expected: Object.freeze({ relatedResource: name }) },
    ))
    return undefined
  }

  const cells: Array<Cell> = []
  pages.forEach((page, p) => {
    const base = pagePath(p)
    if (!isObject(page)) {
      issues.push(issue(
        'WRONG_TYPE',
        base,
        { expected: 'jsonApiDocument' },
      ))
      return
    }
    const data = page['data']
    if (!Array.isArray(data)) {
      issues.push(issue(
        data === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
        `${base}/data`,
        { expected: 'rows' },
      ))
      return
    }
    data.forEach((row: unknown, i) => {
      const at = `${base}/data/${i}`
      if (!isObject(row)) {
        issues.push(issue('WRONG_TYPE', at, { expected: 'row' }))
        return
      }
      const consult = field(row, 'field_consultation_document')
      const consultPath = isObject(row['attributes']) ? `${at}/attributes/field_consultation_document` : `${at}/field_consultation_document`
      if (typeof consult !== 'boolean')
        issues.push(issue(
          consult === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
          consultPath,
          { expected: 'consultationField' },
        ))
      const professionRes = related(row, 'field_code_profession', at)
      const typeRes = related(row, 'field_type_de_document', at)
      let mapped: MesProfession | undefined
      if (professionRes !== undefined) {
        const raw = field(professionRes, 'field_code_profession')
        const code = typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : raw
        const label = field(professionRes, 'name')
        if (typeof code !== 'string' || code === '')
          issues.push(issue(
            raw === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
            `${at}/field_code_profession`,
            { expected: 'matrixProfessionCode' },
          ))
        else {
          mapped = professionOf(code, typeof label === 'string' ? label : undefined)
          if (mapped === undefined || !granteeKnown(mapped))
            issues.push(issue(
              'UNKNOWN_PROFESSION',
              `${at}/field_code_profession`,
              { in: 'matrix', received: code },
            ))
        }
      }
      let typeCode: string | undefined
      if (typeRes !== undefined) {
        const raw = field(typeRes, 'field_code_loinc')
        if (typeof raw !== 'string' || raw.trim() === '')
          issues.push(issue(
            raw === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
            `${at}/field_type_de_document/field_code_loinc`,
            { expected: 'typeCode' },
          ))
        else typeCode = raw.trim()
      }
      if (typeof consult === 'boolean' && mapped !== undefined && typeCode !== undefined && granteeKnown(mapped))
        cells.push(
          mapped.occupationalDoctor === true
            ? { profession: OCCUPATIONAL, specialty: undefined, typeCode, consult, path: at }
            : { profession: mapped.profession, specialty: mapped.specialty, typeCode, consult, path: at },
        )
    })
  })

  const last = pages[pages.length - 1]
  if (isObject(last)) {
    const links = last['links']
    const next = isObject(links) ? links['next'] : undefined
    if (next !== undefined && next !== null)
      issues.push(issue(
        'INCOMPLETE_PAGES',
        `${pagePath(pages.length - 1)}/links/next`,
        {},
      ))
  }

  // One answer per cell; rows that disagree are an issue (deny would be a guess).
  const answers = new Map<string, Cell>()
  for (const c of cells) {
    const k = `${keyOf(c.profession, c.specialty)}\u0001${c.typeCode}`
    const seen = answers.get(k)
    if (seen === undefined) answers.set(k, c)
    else if (seen.consult !== c.consult)
      issues.push(issue(
        'CONFLICTING_ROWS',
        c.path,
        { otherPath: seen.path, profession: c.profession, typeCode: c.typeCode },
      ))
  }

  const [first, ...rest] = issues
  if (first !== undefined) return E.left([first, ...rest])

  const byGrantee = new Map<string, { profession: Profession | typeof OCCUPATIONAL; specialty: string | undefined; codes: Set<string> }>()
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
  // The occupational doctors' grant comes last (its rank: after every profession).
  const rank = (p: Profession | typeof OCCUPATIONAL): number => (p === OCCUPATIONAL ? PROFESSIONS.length : PROFESSIONS.indexOf(p))
  const grants: Array<MatrixGrant> = [...byGrantee.values()]
    .sort(
      (a, b) =>
        rank(a.profession) - rank(b.profession) ||
        ((a.specialty ?? '') < (b.specialty ?? '') ? -1 : (a.specialty ?? '') > (b.specialty ?? '') ? 1 : 0),
    )
    .map((g): MatrixGrant => {
      if (g.profession === OCCUPATIONAL) {
        const occupational: OccupationalGrant = { occupationalDoctor: true, typeCodes: [...g.codes].sort(), source }
        return occupational
      }
      return {
        profession: g.profession,
        ...(g.specialty === undefined ? {} : { specialty: g.specialty }),
        typeCodes: [...g.codes].sort(),
        source,
      }
    })
  return E.right(freezeAndMark({ version, grants }))
}
