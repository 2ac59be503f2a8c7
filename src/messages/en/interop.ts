// The English wording of the nomenclature readers' issues (TRE_R248, TRE_G15, TRE_A07 and HL7 codes), from each
// issue's parameters (messages/interop.ts); the JSON:API matrix reader's is in en/matrix.ts. fr/interop.ts is typed
// by these keys: a missing or extra translation fails to compile.
import type { NomenclatureWording } from '../interop.js'

/** What an interop reader expects, by key (the French is in fr/interop.ts, under the same keys). */
export const INTEROP_EXPECTED_EN = {
  accessModeCode: 'Expected a TRE_R248 access-mode code (a string).',
  professionCode: 'Expected a TRE_G15 profession code (a string or an integer).',
  confidentialityCodes: 'Expected an array of confidentiality codes.',
  confidentialityCode: 'Expected a code (a string, or an object with a string `code`).',
  codeSystemOid: 'Expected the code system as an OID string.',
} as const

/** English messages of the nomenclature readers' issues, from their parameters. */
export const INTEROP_EN: NomenclatureWording = {
  WRONG_TYPE: (p) => INTEROP_EXPECTED_EN[p.expected],
  UNKNOWN_CODE: (p) =>
    p.nomenclature === 'TRE_R248'
      ? `${JSON.stringify(p.received)} is not a TRE_R248 access-mode code.`
      : `${JSON.stringify(p.received)} is not a confidentiality code of ${p.codeSystem ?? 'TRE_A07 or HL7'}.`,
  UNKNOWN_CODE_SYSTEM: (p) => `Code system ${p.codeSystem} carries no confidentiality code the library knows.`,
  UNSUPPORTED_CODE: (p) =>
    p.codeSystem === 'TRE_A07'
      ? `${p.received} is a TRE_A07 code outside the DMP value set; the library cannot carry it.`
      : `HL7 confidentiality ${p.received} has no counterpart in the library's document flags.`,
  MISSING_NORMAL: () => 'The HL7 confidentiality code N must be present alongside the TRE_A07 codes.',
  UNKNOWN_PROFESSION: (p) => `${JSON.stringify(p.received)} is no TRE_G15 code of a profession the library knows.`,
}
