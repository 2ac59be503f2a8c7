import type { Profession } from '../domain/profession.js'
import type { MedicoSocialRole } from '../domain/types.js'

/**
 * A grant of the authorisation matrix to a profession (*matrice d'habilitation*): a profession (optionally one
 * specialty of it) may see these document types (LOINC codes), or all of them (`'*'`). It never selects an
 * occupational doctor acting as such (R-ACTOR-7 rev. 3: only an {@link OccupationalGrant} does).
 *
 * @example
 * import type { ProfessionGrant } from 'dmp-rules'
 * const g: ProfessionGrant = { profession: 'sage-femme', typeCodes: ['89233-1'] }
 *
 * @since 0.3.0
 */
export interface ProfessionGrant {
  readonly profession: Profession
  /** Specialty code; absent = every specialty of the profession. */
  readonly specialty?: string
  /**
   * For `'medico-social'`: the role (the annex's social and médico-social column) this grant is for; absent =
   * every role (R-ACTOR-4 rev. 2). An actor without a role is granted nothing, by this grant or any other
   * (R-ACTOR-4 rev. 3).
   */
  readonly role?: MedicoSocialRole
  readonly typeCodes: ReadonlyArray<string> | '*'
  /** Where this grant comes from (text, annex, URL). The bundled matrix grants nothing unsourced. */
  readonly source?: string
  /** Never set: a profession grant is not an {@link OccupationalGrant}. */
  readonly occupationalDoctor?: undefined
}

/**
 * A grant of the authorisation matrix to occupational doctors (*médecins du travail*) acting as such (R-ACTOR-7
 * rev. 3): the only grant that selects a professional whose `occupationalDoctor` is `true`, and it selects nobody
 * else. The bundled matrices hold none (the 2023 arrêté has no such column): an occupational doctor then sees only
 * their own documents.
 *
 * @example
 * import type { OccupationalGrant } from 'dmp-rules'
 * const g: OccupationalGrant = { occupationalDoctor: true, typeCodes: ['11488-4'], source: 'employer-health service policy' }
 *
 * @since 0.3.0
 */
export interface OccupationalGrant {
  readonly occupationalDoctor: true
  readonly typeCodes: ReadonlyArray<string> | '*'
  /** Where this grant comes from (text, annex, URL). */
  readonly source?: string
  /** Never set: an occupational grant names no profession (nor a specialty or a role of one). */
  readonly profession?: undefined
  /** Never set. */
  readonly specialty?: undefined
  /** Never set. */
  readonly role?: undefined
}

/**
 * One grant of the authorisation matrix: to a profession ({@link ProfessionGrant}) or, since 0.3.0, to
 * occupational doctors ({@link OccupationalGrant}).
 *
 * @since 0.1.0
 */
export type MatrixGrant = ProfessionGrant | OccupationalGrant

/**
 * Is this grant one to occupational doctors (R-ACTOR-7 rev. 3)?
 *
 * @example
 * import { isOccupationalGrant } from 'dmp-rules'
 * isOccupationalGrant({ occupationalDoctor: true, typeCodes: '*' }) // true
 * isOccupationalGrant({ profession: 'medecin', typeCodes: '*' }) // false
 *
 * @see R-ACTOR-7
 * @since 0.3.0
 */
export const isOccupationalGrant = (grant: MatrixGrant): grant is OccupationalGrant => grant.occupationalDoctor === true

/**
 * The authorisation matrix, as data: replaceable and versioned (R-AUTH-7). A document type it does not
 * grant is hidden.
 *
 * @since 0.1.0
 */
export interface AuthorizationMatrix {
  readonly version: string
  readonly grants: ReadonlyArray<MatrixGrant>
}
