// Compiles a matrix once into lookup tables, memoised per matrix object.
import type { Profession } from '../domain/profession.js'
import type { AuthorizationMatrix } from './types.js'

/**
 * A matrix ready for lookups.
 *
 * @since 0.1.0
 */
export interface CompiledMatrix {
  readonly version: string
  /** Does the matrix let this profession (and specialty) see this document type? Total; unknown → false. */
  readonly grants: (profession: Profession, specialty: string | undefined, typeCode: string) => boolean
  /** Does the matrix grant this profession (and specialty) at least one document type? */
  readonly grantsAny: (profession: Profession, specialty: string | undefined) => boolean
}

interface Entry {
  all: boolean
  codes: Set<string>
}

// A pure cache: the compiled form depends only on the matrix object, which callers must not mutate.
const compiled = new WeakMap<AuthorizationMatrix, CompiledMatrix>()

const build = (matrix: AuthorizationMatrix): CompiledMatrix => {
  // key: profession, or profession + '\u0000' + specialty
  const table = new Map<string, Entry>()
  const grants = Array.isArray(matrix.grants) ? matrix.grants : []
  for (const g of grants) {
    if (g === null || typeof g !== 'object' || typeof g.profession !== 'string') continue
    const key = typeof g.specialty === 'string' ? `${g.profession}\u0000${g.specialty}` : g.profession
    let e = table.get(key)
    if (e === undefined) {
      e = { all: false, codes: new Set() }
      table.set(key, e)
    }
    if (g.typeCodes === '*') e.all = true
    else if (Array.isArray(g.typeCodes)) for (const c of g.typeCodes) if (typeof c === 'string') e.codes.add(c)
  }
  const hit = (key: string, typeCode: string): boolean => {
    const e = table.get(key)
    return e !== undefined && (e.all || e.codes.has(typeCode))
  }
  const any = (key: string): boolean => {
    const e = table.get(key)
    return e !== undefined && (e.all || e.codes.size > 0)
  }
  return {
    grantsAny: (profession, specialty) =>
      any(profession) || (specialty !== undefined && any(`${profession}\u0000${specialty}`)),
    version: typeof matrix.version === 'string' ? matrix.version : '',
    grants: (profession, specialty, typeCode) =>
      hit(profession, typeCode) || (specialty !== undefined && hit(`${profession}\u0000${specialty}`, typeCode)),
  }
}

/**
 * The compiled form of a matrix (computed once per matrix object).
 *
 * @since 0.1.0
 */
export const compileMatrix = (matrix: AuthorizationMatrix): CompiledMatrix => {
  let c = compiled.get(matrix)
  if (c === undefined) {
    c = build(matrix)
    compiled.set(matrix, c)
  }
  return c
}
