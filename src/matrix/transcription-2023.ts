// The cells of the Cnam's 2024-09 matrix as a third party transcribed them (a transcription, cross-checked against
// ANS's type → class map ASS_X16 by the tests): one row per type code, one character per profession column of MATRIX_COLUMNS
// ('1' = access, '0' = none). Facts only; see docs/matrix.md for what they are worth.
import type { Profession } from '../domain/profession.js'
import { MEDICO_SOCIAL_ROLES, type MedicoSocialRole } from '../domain/types.js'
import { freezeAndMark } from '../domain/built.js'
import { MATRIX_COLUMNS, MATRIX_SOURCES } from './structure.js'
import type { AuthorizationMatrix, MatrixGrant } from './types.js'

/**
 * The transcribed rows: type code → 19 characters, column `i` of {@link MATRIX_COLUMNS} at position `i`.
 * Normalised from the transcription: footnote marks such as ` (d)` and stray spaces inside codes removed
 * (`PRESC- ORTHOPTIE` → `PRESC-ORTHOPTIE`); the row without a code (`Code procédure variable (c)`) and an
 * empty row are left out.
 *
 * @since 0.1.0
 */
export const TRANSCRIBED_ROWS_2023: { readonly [typeCode: string]: string } = Object.freeze({
  DOCPAT03: '1111111111000000000',
  DOCPAT05: '1111111100001000000',
  DOCPAT06: '1111111111001000000',
  '89233-1': '1000100000000000000',
  '15508-5': '1111111000000000000',
  '70004-7': '1111111111001000000',
  '75492-9': '1111111111001000000',
  '11505-5': '1111111111000000000',
  '75482-0': '1111111111000000000',
  '67851-6': '1111111011001000000',
  '60568-3': '1111111111001000000',
  '77436-4': '1111111011000000000',
  '34875-5': '1000000000000000000',
  BIL_AUTO: '1111111111100000000',
  '47420-5': '1111111111110000000',
  '34749-2': '1111111011001000000',
  '78513-9': '1111111111011000000',
  '51969-4': '1111111000000000000',
  '15507-7': '1111111111001000000',
  '34794-8': '1111111111101000000',
  '85208-7': '1111111111101000000',
  '11502-2': '1111111100000000000',
  '93024-8': '1111111100000000000',
  '78601-2': '1111111100000000000',
  '34112-3': '1111111111000000000',
  '34874-8': '1111111111100000000',
  '28617-9': '1001000000000000000',
  '11488-4': '1111111111001100010',
  '34120-6': '1000000000000000000',
  '11506-3': '1111111111001000000',
  '75496-0': '1000000000000000000',
  '28653-4': '1000000000000000000',
  '96349-6': '1000000000000000000',
  '11490-0': '1111111111000100000',
  '83981-1': '1110011111000111111',
  '59283-2': '1000000000000000000',
  '29274-8': '1000000000000000000',
  DOCPAT01: '1111111111001000000',
  DOCPAT08: '1111111111001100000',
  SYNTH: '1111111111001000000',
  '18761-7': '1111111000000100000',
  '88348-8': '1110011111000111111',
  '78341-5': '1000000000000000000',
  '60280-5': '1000000000000000000',
  '74207-2': '1110011111000110011',
  '34842-5': '1000011111000100101',
  '34133-9': '1111111111001000000',
  '60591-5': '1111111111001100010',
  '80820-4': '1111110000000000000',
  '56445-0': '1111110000000000000',
  '68599-0': '1000000000000000010',
  '83901-9': '1000000000000000010',
  '68817-6': '1001000000000100010',
  '57057-2': '1000000000000000000',
  '57075-4': '1000000000000000000',
  '89235-6': '1000000000000000000',
  '78489-2': '1000000000000000000',
  '57055-6': '1000000000000000000',
  '83836-7': '1111111111111000000',
  DOCPAT04: '1111111111101000000',
  '18748-4': '1111111111101000000',
  'IMG-KOS': '1111111111101000000',
  '52040-3': '1111111110001000000',
  DOCPAT02: '1111111111111100010',
  '57828-6': '1111111111111000010',
  '57833-6': '1111111110001000010',
  '57832-8': '1111111111111100010',
  '75468-9': '1111111111111100010',
  '55115-0': '1111111110001100000',
  '61357-0': '1111111111111000000',
  'PRESC-AAT': '1000000000000000000',
  'PRESC-BIO': '1111111100000100010',
  'PRESC-KINE': '1111111100000100010',
  'PRESC-INF': '1111111100000100010',
  'PRESC-PEDI': '1111111100000100010',
  'PRESC-ORTHOPHO': '1111111110000100010',
  'PRESC-ORTHOPTIE': '1111111111110100010',
  DISP_AUT: '1111111110001000000',
  '60593-1': '1111111110001000000',
  '18776-5': '1111111111001100011',
  '80788-3': '1110111111000111111',
  '77604-7': '1111111100000100000',
  '80771-9': '1000000000000000000',
  '83869-8': '1000000000000000000',
  PROT_ALD: '1111111111001100000',
  '80565-5': '1111111100000000000',
  DOCPAT07: '1111111110000000000',
  CERT_DECL: '1111111110000000000',
  '89601-9': '1000000000000000000',
  '11369-6': '1111111110000000000',
  '96874-3': '1111111110000000000',
  '101881-1': '1000000000000000000',
  '96173-0': '1111111111000000000',
  '87273-9': '1111111110000000000',
  REMB: '1111111111101000000',
  EXPPAT_3: '1000010000000100000',
  EXPPAT_2: '1111111111111100000',
  EXPPAT_1: '1111111111111100000',
  '74465-6': '1110110000000000000',
  DOCPAT09: '1111111111110111111',
  '59284-0': '1000000000000000000',
  'ATTEST-DROITS-AM': '1111101100000100111',
  'ATTEST-ASS-COMPL': '1111101100000110111',
  'ATTEST-RESID': '1000000000000110001',
  'ATTEST-HEBGT': '1000011111000110001',
  '86531-1': '1000000000000111111',
  'AUTORIS-SOINS': '1110000000000100111',
})

const ROWS = Object.keys(TRANSCRIBED_ROWS_2023)

const cell = (typeCode: string, column: number): boolean => TRANSCRIBED_ROWS_2023[typeCode]?.[column] === '1'

/** The type codes a column grants. */
const columnCodes = (column: number): ReadonlyArray<string> => ROWS.filter((t) => cell(t, column))

const grantOf = (profession: Profession, typeCodes: ReadonlyArray<string>, columns: string): MatrixGrant => ({
  profession,
  typeCodes,
  source: `${MATRIX_SOURCES.transcription}; column(s) ${columns}`,
})

/** The six social and médico-social columns (13–18), in the annex's order, and the role each stands for (R-ACTOR-4). */
const ROLE_COLUMNS: ReadonlyArray<readonly [number, MedicoSocialRole]> = MEDICO_SOCIAL_ROLES.map((role, i) => [13 + i, role] as const)

const buildGrants = (): ReadonlyArray<MatrixGrant> => {
  const grants: Array<MatrixGrant> = []
  for (const c of MATRIX_COLUMNS) {
    if (c.splitsProfession === true) continue
    for (const p of c.professions) grants.push(grantOf(p, columnCodes(c.index), String(c.index)))
  }
  // Revision 2 (R-ACTOR-4): the social and médico-social columns, granted by the actor's role.
  for (const [column, role] of ROLE_COLUMNS)
    grants.push({ profession: 'medico-social', role, typeCodes: columnCodes(column), source: `${MATRIX_SOURCES.transcription}; column ${column}` })
  // Pharmacists: the annex splits them in two columns (biologists; community and hospital). No sourced
  // specialty code tells the two apart, so a pharmacist gets only what BOTH columns grant (fail closed).
  const split = MATRIX_COLUMNS.filter((c) => c.splitsProfession === true)
  const [a, b] = split
  if (a !== undefined && b !== undefined)
    grants.push(grantOf('pharmacien', ROWS.filter((t) => cell(t, a.index) && cell(t, b.index)), `${a.index} ∩ ${b.index}`))
  return grants
}

/**
 * The authorisation matrix of the Cnam's *Matrice d'habilitations des PS pour le DMP* (its properties date it
 * 2024-09-25), as transcribed by a third party from the dmp.fr spreadsheet (public repository
 * Arthur-Lascot/healthcare_interoperability, `ressource/Matrice d'Habilitations.xlsx`, commit c764999) — a
 * TRANSCRIPTION, not the official file: every one of its 107 type → class assignments matches ANS's concept map
 * ASS_X16 (version 2024-09-27, checked by the tests), and the dentists' restrictions match a secondary account of
 * the 2023 annex. The default matrix since 0.2.0 ({@link DEFAULT_MATRIX}). It grants the 13 health-profession
 * columns by profession and the six social and médico-social columns by role (R-ACTOR-4 rev. 2); technicians of
 * medical laboratories have no column; pharmacists get only what both pharmacist columns grant (the matrix splits
 * them by a distinction no sourced specialty code carries, fail closed).
 *
 * @example
 * import { CNAM_MATRIX_2024_09 } from 'dmp-rules'
 * CNAM_MATRIX_2024_09.grants.find((g) => g.profession === 'sage-femme')?.typeCodes.includes('89233-1') // true
 *
 * @see R-AUTH-7, R-ACTOR-4
 * @since 0.2.0
 */
export const CNAM_MATRIX_2024_09: AuthorizationMatrix = freezeAndMark({
  version: "cnam-2024-09-25/transcription (Matrice d'habilitations des PS pour le DMP, Cnam, as transcribed in Arthur-Lascot/healthcare_interoperability c764999)",
  grants: buildGrants(),
})

/**
 * The former name of {@link CNAM_MATRIX_2024_09} (the spreadsheet is the Cnam's 2024-09 edition, not the 2023 annex).
 *
 * @deprecated Use `CNAM_MATRIX_2024_09` (the default matrix since 0.2.0); this alias goes in 0.3.0.
 * @since 0.1.0
 */
export const TRANSCRIBED_MATRIX_2023: AuthorizationMatrix = CNAM_MATRIX_2024_09

/**
 * The transcribed rows under their accurate name: type code → 19 columns of {@link MATRIX_COLUMNS}.
 *
 * @since 0.2.0
 */
export const CNAM_ROWS_2024_09: { readonly [typeCode: string]: string } = TRANSCRIBED_ROWS_2023
