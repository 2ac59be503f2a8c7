// The French wording of the MES JSON:API matrix reader's issues. Typed by the keys of en/matrix.ts and the codes of
// messages/interop.ts: a missing or extra translation fails to compile.
import type { MatrixExpected, MatrixExpectedKey, MatrixWording } from '../interop.js'

/** Ce qu'attend le lecteur JSON:API, sous les clés de `MATRIX_EXPECTED_EN`. */
export const MATRIX_EXPECTED_FR: { readonly [K in MatrixExpectedKey]: string } = {
  jsonApiPages: 'Attendu au moins une page JSON:API.',
  resourceIdentifier: 'Attendu un identifiant de ressource { type, id }.',
  jsonApiDocument: 'Attendu un document JSON:API (un objet avec `data`).',
  rows: 'Attendu `data`, un tableau de lignes.',
  row: 'Attendu une ligne (un objet).',
  consultationField: 'Attendu field_consultation_document, un booléen.',
  matrixProfessionCode: 'Attendu le code de profession (un entier ou une chaîne).',
  typeCode: 'Attendu le code de type (une chaîne non vide).',
}

const attendu = (e: MatrixExpected): string =>
  typeof e === 'string' ? MATRIX_EXPECTED_FR[e] : `Attendu la ressource liée ${e.relatedResource}.`

/** Messages en français des problèmes du lecteur JSON:API, à partir de leurs paramètres. */
export const MATRIX_FR: MatrixWording = {
  WRONG_TYPE: (p) => attendu(p.expected),
  MISSING_FIELD: (p) => attendu(p.expected),
  MISSING_INCLUDED: (p) => `Aucune ressource incluse (included) pour ${p.resourceType} ${p.resourceId}.`,
  UNKNOWN_PROFESSION: (p) => `Le code de profession ${p.received} ne désigne aucune profession de la bibliothèque.`,
  CONFLICTING_ROWS: (p) => `Cette ligne et ${p.otherPath} se contredisent sur ${p.profession} × ${p.typeCode}.`,
  INCOMPLETE_PAGES: () => 'La dernière page renvoie à une suivante : passez toutes les pages.',
}
