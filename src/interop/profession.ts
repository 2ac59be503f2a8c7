// Professions ⇄ TRE_G15-ProfessionSante codes, with issues for what does not decode.
import * as E from 'fp-ts/Either'
import { professionFromCode, type HealthProfession } from '../domain/profession.js'
import { issue, type InteropIssues } from './issues.js'

/**
 * Reads a TRE_G15 profession code, given as a string (`'10'`) or as the integer some services send (`10`).
 * Codes the library does not map (e.g. `69` *Infirmier psychiatrique*, `35` *Aide-soignant*) are issues.
 *
 * @example
 * import { decodeProfessionCode } from 'dmp-rules/interop'
 * decodeProfessionCode(60) // right('infirmier')
 *
 * @see R-AUTH-7
 * @since 0.1.0
 */
export const decodeProfessionCode = (code: unknown): E.Either<InteropIssues, HealthProfession> => {
  const text = typeof code === 'number' && Number.isSafeInteger(code) && code >= 0 ? String(code) : code
  if (typeof text !== 'string') return E.left([issue(
    'WRONG_TYPE',
    '',
    { expected: 'professionCode' },
  )])
  const p = professionFromCode(text)
  return p === undefined ? E.left([issue(
    'UNKNOWN_PROFESSION',
    '',
    { in: 'TRE_G15', received: text },
  )]) : E.right(p)
}
