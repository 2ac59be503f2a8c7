// The French wording of the nomenclature readers' issues. Typed by the keys of en/interop.ts and the codes of
// messages/interop.ts: a missing or extra translation fails to compile.
import type { NomenclatureExpectedKey, NomenclatureWording } from '../interop.js'

/** Ce qu'attend un lecteur d'interopérabilité, sous les clés de `INTEROP_EXPECTED_EN`. */
export const INTEROP_EXPECTED_FR: { readonly [K in NomenclatureExpectedKey]: string } = {
  accessModeCode: "Attendu un code de mode d'accès TRE_R248 (une chaîne).",
  professionCode: 'Attendu un code de profession TRE_G15 (une chaîne ou un entier).',
  confidentialityCodes: 'Attendu un tableau de codes de confidentialité.',
  confidentialityCode: 'Attendu un code (une chaîne, ou un objet dont `code` est une chaîne).',
  codeSystemOid: "Attendu le système de codes sous forme d'OID (une chaîne).",
}

/** Messages en français des problèmes des lecteurs de nomenclatures, à partir de leurs paramètres. */
export const INTEROP_FR: NomenclatureWording = {
  WRONG_TYPE: (p) => INTEROP_EXPECTED_FR[p.expected],
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
  UNKNOWN_PROFESSION: (p) => `${JSON.stringify(p.received)} n'est le code TRE_G15 d'aucune profession que la bibliothèque connaît.`,
}
