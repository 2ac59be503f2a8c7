import type { Profession } from '../domain/profession.js'
import type { MedicoSocialRole } from '../domain/types.js'

/**
 * One grant of the authorisation matrix (*matrice d'habilitation*): a profession (optionally one
 * specialty of it) may see these document types (LOINC codes), or all of them (`'*'`).
 *
 * @since 0.1.0
 */
export interface MatrixGrant {
  readonly profession: Profession
  /** Specialty code; absent = every specialty of the profession. */
  readonly specialty?: string | undefined
  /**
   * For `'medico-social'`: the role (the annex's social and médico-social column) this grant is for; absent =
   * every role (R-ACTOR-4 rev. 2). An actor without a role is granted nothing.
   */
  readonly role?: MedicoSocialRole | undefined
  readonly typeCodes: ReadonlyArray<string> | '*'
  /** Where this grant comes from (text, annex, URL). Every grant of the bundled matrix says where it comes from. */
  readonly source?: string | undefined
}

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
