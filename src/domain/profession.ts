// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------
import { deepFreeze } from './frozen.js'

/**
 * Every profession the library knows, in a stable order.
 *
 * `'medico-social'` stands for the non-health staff of social and médico-social establishments
 * (*professionnels du secteur médico-social*): they have no code in TRE_G15 and no access until the
 * authorisation matrix grants them some (R-ACTOR-4).
 *
 * @since 0.1.0
 */
export const PROFESSIONS = [
  'medecin',
  'pharmacien',
  'chirurgien-dentiste',
  'sage-femme',
  'infirmier',
  'masseur-kinesitherapeute',
  'pedicure-podologue',
  'orthophoniste',
  'orthoptiste',
  'ergotherapeute',
  'psychomotricien',
  'audioprothesiste',
  'opticien-lunetier',
  'manipulateur-erm',
  'technicien-laboratoire',
  'dieteticien',
  'medico-social',
] as const
deepFreeze(PROFESSIONS)

/**
 * A profession (*profession*), as used by the authorisation matrix (R-AUTH-7).
 *
 * @since 0.1.0
 */
export type Profession = (typeof PROFESSIONS)[number]

/**
 * A health profession: every {@link Profession} but `'medico-social'`, i.e. those with a TRE_G15 code.
 *
 * @since 0.1.0
 */
export type HealthProfession = Exclude<Profession, 'medico-social'>

/**
 * OID of the national nomenclature of professions (TRE_G15-ProfessionSante).
 *
 * @since 0.1.0
 */
export const TRE_G15_OID = '1.2.250.1.71.1.2.7'

/**
 * The code of each health profession in TRE_G15-ProfessionSante.
 *
 * Checked against the published code system (ANS, TRE_G15_ProfessionSante, version 20250328120000,
 * https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante, rendered at
 * https://interop.esante.gouv.fr/terminologies/1.1.0/CodeSystem-TRE-G15-ProfessionSante.html): 86 is
 * *Technicien de laboratoire médical*, 95 *Diététicien*, 98 *Manipulateur ERM* (35 is *Aide-soignant*,
 * deprecated since 2024-12-13). 69 *Infirmier psychiatrique* is not mapped: it decodes to nothing (fail closed).
 *
 * @example
 * import { PROFESSION_CODES } from 'dmp-rules'
 * PROFESSION_CODES.medecin // '10'
 *
 * @since 0.1.0
 */
export const PROFESSION_CODES: { readonly [P in HealthProfession]: string } = {
  medecin: '10',
  pharmacien: '21',
  'chirurgien-dentiste': '40',
  'sage-femme': '50',
  infirmier: '60',
  'masseur-kinesitherapeute': '70',
  'pedicure-podologue': '80',
  orthophoniste: '91',
  orthoptiste: '92',
  ergotherapeute: '94',
  psychomotricien: '96',
  audioprothesiste: '26',
  'opticien-lunetier': '28',
  'manipulateur-erm': '98',
  'technicien-laboratoire': '86',
  dieteticien: '95',
}
deepFreeze(PROFESSION_CODES)

const BY_CODE: ReadonlyMap<string, HealthProfession> = new Map(
  (Object.keys(PROFESSION_CODES) as ReadonlyArray<HealthProfession>).map((p) => [PROFESSION_CODES[p], p]),
)

/**
 * Is this string one of the {@link Profession}s?
 *
 * @since 0.1.0
 */
export const isProfession = (u: unknown): u is Profession =>
  typeof u === 'string' && (PROFESSIONS as ReadonlyArray<string>).includes(u)

/**
 * The TRE_G15 code of a profession, or `undefined` for `'medico-social'` (no code).
 *
 * @example
 * import { professionToCode } from 'dmp-rules'
 * professionToCode('infirmier') // '60'
 *
 * @since 0.1.0
 */
export const professionToCode = (p: Profession): string | undefined =>
  p === 'medico-social' ? undefined : PROFESSION_CODES[p]

/**
 * The profession of a TRE_G15 code, or `undefined` for a code the library does not know.
 *
 * @example
 * import { professionFromCode } from 'dmp-rules'
 * professionFromCode('10') // 'medecin'
 *
 * @since 0.1.0
 */
export const professionFromCode = (code: string): HealthProfession | undefined => BY_CODE.get(code)
