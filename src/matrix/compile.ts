// Compiles a matrix into lookup tables: once per matrix the library built (the bundled ones, the decoders' and
// readers'), on every call for any other.
import { isBuilt } from '../domain/built.js'
import type { Profession } from '../domain/profession.js'
import { MEDICO_SOCIAL_ROLES } from '../domain/types.js'
import type { AuthorizationMatrix } from './types.js'

/**
 * A matrix ready for lookups.
 *
 * @since 0.1.0
 */
export interface CompiledMatrix {
  readonly version: string
  /**
   * Does the matrix let this profession (and specialty, or médico-social role) see this document type? Total;
   * unknown → false. Since 0.3.0: an occupational doctor (`occupationalDoctor` true) is selected by the
   * occupational grants only, and by no profession grant (R-ACTOR-7 rev. 3); a médico-social actor without a known
   * role by no grant at all (R-ACTOR-4 rev. 3).
   */
  readonly grants: (profession: Profession, specialty: string | undefined, typeCode: string, role?: string, occupationalDoctor?: boolean) => boolean
  /** Does the matrix grant this profession (and specialty, role, occupational doctor) at least one document type? */
  readonly grantsAny: (profession: Profession, specialty: string | undefined, role?: string, occupationalDoctor?: boolean) => boolean
}

interface Entry {
  all: boolean
  codes: Set<string>
}

// The compiled form of each matrix the library built (src/domain/built.ts): such a matrix cannot change.
const compiled = new WeakMap<AuthorizationMatrix, CompiledMatrix>()

// Two levels: profession, then specialty; a lookup never builds a key string.
interface Row {
  readonly all: Entry
  readonly bySpecialty: Map<string, Entry>
  /** Grants of a médico-social role (R-ACTOR-4 rev. 2). */
  readonly byRole: Map<string, Entry>
}

const slot = (map: Map<string, Entry>, key: string): Entry => {
  const found = map.get(key)
  if (found !== undefined) return found
  const e: Entry = { all: false, codes: new Set() }
  map.set(key, e)
  return e
}

/** The médico-social roles, for R-ACTOR-4 rev. 3: an actor whose role is not one of them is selected by no grant. */
const ROLES: ReadonlySet<string> = new Set(MEDICO_SOCIAL_ROLES)

const build = (matrix: AuthorizationMatrix): CompiledMatrix => {
  const table = new Map<string, Row>()
  // R-ACTOR-7 rev. 3: the occupational grants, apart; they select occupational doctors only.
  const occupational: Entry = { all: false, codes: new Set() }
  const grants = Array.isArray(matrix.grants) ? matrix.grants : []
  for (const g of grants) {
    if (g === null || typeof g !== 'object') continue
    if (g.occupationalDoctor === true) {
      // An occupational grant names no profession: one that also names one is read as neither (fail closed).
      if (g.profession !== undefined) continue
      if (g.typeCodes === '*') occupational.all = true
      else if (Array.isArray(g.typeCodes)) for (const c of g.typeCodes) if (typeof c === 'string') occupational.codes.add(c)
      continue
    }
    if (typeof g.profession !== 'string' || g.occupationalDoctor !== undefined) continue
    let row = table.get(g.profession)
    if (row === undefined) {
      row = { all: { all: false, codes: new Set() }, bySpecialty: new Map(), byRole: new Map() }
      table.set(g.profession, row)
    }
    // A grant for a specialty AND a role would need both: kept under the role only if no specialty (narrowest
    // reading: such a grant is filed under the specialty, which a médico-social actor does not carry).
    const e =
      typeof g.specialty === 'string'
        ? slot(row.bySpecialty, g.specialty)
        : typeof g.role === 'string'
          ? slot(row.byRole, g.role)
          : row.all
    if (g.typeCodes === '*') e.all = true
    else if (Array.isArray(g.typeCodes)) for (const c of g.typeCodes) if (typeof c === 'string') e.codes.add(c)
  }
  const hit = (e: Entry | undefined, typeCode: string): boolean => e !== undefined && (e.all || e.codes.has(typeCode))
  const any = (e: Entry | undefined): boolean => e !== undefined && (e.all || e.codes.size > 0)
  // INVARIANT (R-ACTOR-4 rev. 3): a médico-social actor without a known role is selected by no grant, role-less
  // ones included; (R-ACTOR-7 rev. 3) an occupational doctor by the occupational grants only.
  const roleless = (profession: Profession, role: string | undefined): boolean =>
    profession === 'medico-social' && (role === undefined || !ROLES.has(role))
  return {
    grantsAny: (profession, specialty, role, occupationalDoctor) => {
      if (occupationalDoctor === true) return any(occupational)
      if (roleless(profession, role)) return false
      const row = table.get(profession)
      return (
        row !== undefined &&
        (any(row.all) ||
          (specialty !== undefined && any(row.bySpecialty.get(specialty))) ||
          (role !== undefined && any(row.byRole.get(role))))
      )
    },
    version: typeof matrix.version === 'string' ? matrix.version : '',
    grants: (profession, specialty, typeCode, role, occupationalDoctor) => {
      if (occupationalDoctor === true) return hit(occupational, typeCode)
      if (roleless(profession, role)) return false
      const row = table.get(profession)
      return (
        row !== undefined &&
        (hit(row.all, typeCode) ||
          (specialty !== undefined && hit(row.bySpecialty.get(specialty), typeCode)) ||
          (role !== undefined && hit(row.byRole.get(role), typeCode)))
      )
    },
  }
}

/**
 * The compiled form of a matrix: computed once per matrix the library built (the bundled matrices, `decodeMatrix`'s
 * and the matrix readers' results); any other matrix is compiled again on every call, so that a matrix changed in
 * place is never decided on its old grants (compiling the bundled matrix's size costs less than reading it into a
 * copy and looking the copy up: docs/performance.md). Pass a built matrix to decide many requests.
 *
 * @since 0.1.0
 */
export const compileMatrix = (matrix: AuthorizationMatrix): CompiledMatrix => {
  if (!isBuilt(matrix)) return build(matrix)
  let c = compiled.get(matrix)
  if (c === undefined) {
    c = build(matrix)
    compiled.set(matrix, c)
  }
  return c
}
