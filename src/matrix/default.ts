// The bundled authorisation matrices: the default (the Cnam's 2024-09 matrix, transcribed) and a strict one that
// grants nothing, for users who want only what they load themselves.
import { freezeAndMark } from '../domain/built.js'
import { CNAM_MATRIX_2024_09 } from './transcription-2023.js'
import type { AuthorizationMatrix } from './types.js'

/**
 * The default matrix used when `options.matrix` is absent (since 0.2.0): {@link CNAM_MATRIX_2024_09}, the Cnam's
 * *Matrice d'habilitations des PS pour le DMP* of 2024-09 as transcribed from the dmp.fr spreadsheet, its 107 type
 * → class assignments checked against ANS's ASS_X16. Every reason of R-AUTH-7 names the version that decided
 * (`Decision.matrixVersion`). For the official values, read Mon espace santé's own matrix with
 * `matrixFromMesJsonApi` (dmp-rules/interop) and pass it as `options.matrix`; for nothing but what you load,
 * {@link NO_GRANT_MATRIX}. docs/matrix.md says where each cell comes from.
 *
 * @example
 * import { DEFAULT_MATRIX } from 'dmp-rules'
 * DEFAULT_MATRIX.version.startsWith('cnam-2024-09-25') // true
 *
 * @see R-AUTH-7, R-ACTOR-4
 * @since 0.1.0
 */
export const DEFAULT_MATRIX: AuthorizationMatrix = CNAM_MATRIX_2024_09

/**
 * A matrix that grants nothing (the default of 0.1): every document type is hidden from professionals who did not
 * author it (R-AUTH-7) until you pass a matrix you trust.
 *
 * @example
 * import { NO_GRANT_MATRIX } from 'dmp-rules'
 * NO_GRANT_MATRIX.grants.length // 0
 *
 * @see R-AUTH-7
 * @since 0.2.0
 */
export const NO_GRANT_MATRIX: AuthorizationMatrix = freezeAndMark({
  version: 'no-grant',
  grants: [],
})
