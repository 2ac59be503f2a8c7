// The French wording of interop issues. Typed by the keys of en/interop.ts and the codes of messages/interop.ts:
// a missing or extra translation fails to compile.
import type { InteropExpected, InteropExpectedKey, InteropWording } from '../interop.js'

/** Ce qu'attend un lecteur d'interopérabilité, sous les clés de `INTEROP_EXPECTED_EN`. */
export const INTEROP_EXPECTED_FR: { readonly [K in InteropExpectedKey]: string } = {
  accessModeCode: "Attendu un code de mode d'accès TRE_R248 (une chaîne).",
  professionCode: 'Attendu un code de profession TRE_G15 (une chaîne ou un entier).',
  confidentialityCodes: 'Attendu un tableau de codes de confidentialité.',
  confidentialityCode: 'Attendu un code (une chaîne, ou un objet dont `code` est une chaîne).',
  codeSystemOid: "Attendu le système de codes sous forme d'OID (une chaîne).",
  jsonApiPages: 'Attendu au moins une page JSON:API.',
  resourceIdentifier: 'Attendu un identifiant de ressource { type, id }.',
  jsonApiDocument: 'Attendu un document JSON:API (un objet avec `data`).',
  rows: 'Attendu `data`, un tableau de lignes.',
  row: 'Attendu une ligne (un objet).',
  consultationField: 'Attendu field_consultation_document, un booléen.',
  matrixProfessionCode: 'Attendu le code de profession (un entier ou une chaîne).',
  typeCode: 'Attendu le code de type (une chaîne non vide).',
}

const attendu = (e: InteropExpected): string =>
  typeof e === 'string' ? INTEROP_EXPECTED_FR[e] : `Attendu la ressource liée ${e.relatedResource}.`

/** Messages en français de chaque code de problème d'interopérabilité, à partir de ses paramètres. */
export const INTEROP_FR: InteropWording = {
  WRONG_TYPE: (p) => attendu(p.expected),
  UNKNOWN_CODE: (p) =>
    p.nomenclature === 'TRE_R248'
      ? `${JSON.stringify(p.received)} n'est pas un code de mode d'accès TRE_R248.`
      : `${JSON.stringify(p.received)} n'est pas un code de confidentialité de ${p.codeSystem ?? 'TRE_A07 ou HL7'}.`,
  UNKNOWN_CODE_SYSTEM: (p) => `Le système de codes ${p.codeSystem} ne porte aucun code de confidentialité que la bibliothèque connaît.`,
  UNSUPPORTED_CODE: (p) =>
    p.codeSystem === 'TRE_A07'
      ? `${p.received} est un code TRE_A07 hors du jeu de valeurs du DMP ; la bibliothèque ne peut pas le représenter.`
      : `La confidentialité HL7 ${p.received} n'a pas d'équivalent parmi les indicateurs de document de la bibliothèque.`,
  MISSING_NORMAL: () => 'Le code de confidentialité HL7 N doit accompagner les codes TRE_A07.',
  MISSING_FIELD: (p) => attendu(p.expected),
  MISSING_INCLUDED: (p) => `Aucune ressource incluse (included) pour ${p.resourceType} ${p.resourceId}.`,
  UNKNOWN_PROFESSION: (p) =>
    p.in === 'TRE_G15'
      ? `${JSON.stringify(p.received)} n'est le code TRE_G15 d'aucune profession que la bibliothèque connaît.`
      : `Le code de profession ${p.received} ne désigne aucune profession de la bibliothèque.`,
  CONFLICTING_ROWS: (p) => `Cette ligne et ${p.otherPath} se contredisent sur ${p.profession} × ${p.typeCode}.`,
  INCOMPLETE_PAGES: () => 'La dernière page renvoie à une suivante : passez toutes les pages.',
}
