// The English wording of the MES JSON:API matrix reader's issues (`matrixFromMesJsonApi`), from each issue's
// parameters (messages/interop.ts). Apart from the nomenclatures' wording (en/interop.ts) so that a reader of codes
// alone (dmp-rules/xds, dmp-rules/fhir) does not carry it. fr/matrix.ts is typed by these keys.
import type { MatrixExpected, MatrixWording } from '../interop.js'

/** What the JSON:API reader expects, by key (the French is in fr/matrix.ts, under the same keys). */
export const MATRIX_EXPECTED_EN = {
  jsonApiPages: 'Expected at least one JSON:API page.',
  resourceIdentifier: 'Expected a resource identifier { type, id }.',
  jsonApiDocument: 'Expected a JSON:API document (an object with `data`).',
  rows: 'Expected `data`, an array of rows.',
  row: 'Expected a row (an object).',
  consultationField: 'Expected field_consultation_document, a boolean.',
  matrixProfessionCode: 'Expected the profession code (an integer or a string).',
  typeCode: 'Expected the type code (a non-empty string).',
} as const

const expected = (e: MatrixExpected): string =>
  typeof e === 'string' ? MATRIX_EXPECTED_EN[e] : `Expected the related resource ${e.relatedResource}.`

/** English messages of the JSON:API reader's issues, from their parameters. */
export const MATRIX_EN: MatrixWording = {
  WRONG_TYPE: (p) => expected(p.expected),
  MISSING_FIELD: (p) => expected(p.expected),
  MISSING_INCLUDED: (p) => `No included resource ${p.resourceType} ${p.resourceId}.`,
  UNKNOWN_PROFESSION: (p) => `Profession code ${p.received} stands for no profession of the library.`,
  CONFLICTING_ROWS: (p) => `This row and ${p.otherPath} disagree on ${p.profession} × ${p.typeCode}.`,
  INCOMPLETE_PAGES: () => 'The last page links to a next one: pass every page.',
}
