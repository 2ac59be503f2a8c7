// Access modes ⇄ TRE_R248-ModeAcces codes (normal, bris_de_glace, centre_15), R-EMERG-1..2.
import * as E from 'fp-ts/Either'
import { ACCESS_MODES, type AccessMode } from '../domain/types.js'
import { issue, type InteropIssues } from './issues.js'
import { deepFreeze } from '../domain/frozen.js'

/**
 * The TRE_R248 code of each access mode (*mode d'accès*).
 * Source: https://mos.esante.gouv.fr/NOS/TRE_R248-ModeAcces/FHIR/TRE-R248-ModeAcces
 *
 * @since 0.1.0
 */
export const ACCESS_MODE_CODES: { readonly [M in AccessMode]: string } = {
  normal: 'normal',
  'break-glass': 'bris_de_glace',
  'regulation-centre': 'centre_15',
}
deepFreeze(ACCESS_MODE_CODES)

const BY_CODE: ReadonlyMap<string, AccessMode> = new Map(ACCESS_MODES.map((m) => [ACCESS_MODE_CODES[m], m]))

/**
 * The TRE_R248 code of an access mode.
 *
 * @example
 * import { accessModeToCode } from 'dmp-rules/interop'
 * accessModeToCode('break-glass') // 'bris_de_glace'
 *
 * @see R-EMERG-1, R-EMERG-2
 * @since 0.1.0
 */
export const accessModeToCode = (mode: AccessMode): string => ACCESS_MODE_CODES[mode]

/**
 * The access mode of a TRE_R248 code, or `undefined` for any other string (codes are exact: `Normal` is not `normal`).
 *
 * @example
 * import { accessModeFromCode } from 'dmp-rules/interop'
 * accessModeFromCode('centre_15') // 'regulation-centre'
 *
 * @see R-EMERG-1, R-EMERG-2
 * @since 0.1.0
 */
export const accessModeFromCode = (code: string): AccessMode | undefined =>
  typeof code === 'string' ? BY_CODE.get(code) : undefined

/**
 * Like {@link accessModeFromCode}, with an issue for an unknown code.
 *
 * @since 0.1.0
 */
export const decodeAccessModeCode = (code: unknown): E.Either<InteropIssues, AccessMode> => {
  if (typeof code !== 'string') return E.left([issue(
    'WRONG_TYPE',
    '',
    { expected: 'accessModeCode' },
  )])
  const m = BY_CODE.get(code)
  return m === undefined ? E.left([issue(
    'UNKNOWN_CODE',
    '',
    { nomenclature: 'TRE_R248', received: code },
  )]) : E.right(m)
}
