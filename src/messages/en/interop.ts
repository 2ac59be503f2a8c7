// The English wording of interop issues (nomenclature codes, the MES JSON:API matrix), from each issue's
// parameters (messages/interop.ts). fr/interop.ts is typed by these keys: a missing or extra translation fails to
// compile.
import type { InteropExpected, InteropWording } from '../interop.js'

/** What an interop reader expects, by key (the French is in fr/interop.ts, under the same keys). */
export const INTEROP_EXPECTED_EN = {
  accessModeCode: 'Expected a TRE_R248 access-mode code (a string).',
  professionCode: 'Expected a TRE_G15 profession code (a string or an integer).',
  confidentialityCodes: 'Expected an array of confidentiality codes.',
  confidentialityCode: 'Expected a code (a string, or an object with a string `code`).',
  codeSystemOid: 'Expected the code system as an OID string.',
  jsonApiPages: 'Expected at least one JSON:API page.',
  resourceIdentifier: 'Expected a resource identifier { type, id }.',
  jsonApiDocument: 'Expected a JSON:API document (an object with `data`).',
  rows: 'Expected `data`, an array of rows.',
  row: 'Expected a row (an object).',
  consultationField: 'Expected field_consultation_document, a boolean.',
  matrixProfessionCode: 'Expected the profession code (an integer or a string).',
  typeCode: 'Expected the type code (a non-empty string).',
} as const

const expected = (e: InteropExpected): string =>
  typeof e === 'string' ? INTEROP_EXPECTED_EN[e] : `Expected the related resource ${e.relatedResource}.`

/** English messages of every interop issue code, from the parameters. */
export const INTEROP_EN: InteropWording = {
  WRONG_TYPE: (p) => expected(p.expected),
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
  MISSING_FIELD: (p) => expected(p.expected),
  MISSING_INCLUDED: (p) => `No included resource ${p.resourceType} ${p.resourceId}.`,
  UNKNOWN_PROFESSION: (p) =>
    p.in === 'TRE_G15'
      ? `${JSON.stringify(p.received)} is no TRE_G15 code of a profession the library knows.`
      : `Profession code ${p.received} stands for no profession of the library.`,
  CONFLICTING_ROWS: (p) => `This row and ${p.otherPath} disagree on ${p.profession} × ${p.typeCode}.`,
  INCOMPLETE_PAGES: () => 'The last page links to a next one: pass every page.',
}
