// French wording of every code. Typed by the code list of `en.ts`: a code without its French
// message fails to compile. Same sections, same order as `en.ts`.
import type { Code } from './en.js'

/**
 * French messages, keyed by code.
 *
 * @since 0.1.0
 */
export const fr: { readonly [C in Code]: string } = {
  // --- engine -------------------------------------------------------------------------
  NO_GRANTING_RULE: "Aucune règle n'autorise cette action pour cet acteur ; la bibliothèque refuse par défaut.",
  NOT_IMPLEMENTED: "La bibliothèque ne sait pas encore décider cette action ; elle refuse par défaut.",
  UNKNOWN_ACTION: "Cette action est inconnue de la bibliothèque ; elle refuse par défaut.",
  MALFORMED_REQUEST: 'La demande comporte une date ou une valeur impossible ou absente ; la bibliothèque refuse par défaut.',
  DOCUMENT_MISSING: 'Cette action porte sur un document, et la demande n’en contient aucun.',
  // --- actors (R-ACTOR) ---------------------------------------------------------------
  THIRD_PARTY_NEVER: "Ni l'État, ni l'Assurance maladie en tant qu'organisme, ni les assureurs, banques ou employeurs n'accèdent jamais au dossier.",
  CAREGIVER_NO_DELEGATION: "Un aidant n'a pas d'accès délégué à l'espace d'un proche : aucune délégation formelle n'existe encore (elle est à l'étude).",
  NOT_A_CARE_ACTOR: "Seuls le patient, ses représentants légaux et les professionnels qui participent à sa prise en charge accèdent au dossier.",
  LEGAL_REPRESENTATIVE_NOT_ON_RECORD: "Ce représentant légal ne figure pas dans le dossier.",
  MEDICO_SOCIAL_GRANTED_BY_MATRIX: "La matrice d'habilitation ouvre certains types de documents à ce professionnel du médico-social.",
  MEDICO_SOCIAL_NOT_GRANTED: "Les professionnels du médico-social n'ont aucun accès tant que la matrice d'habilitation ne leur en ouvre pas.",
  HEIR_CANNOT_ACCESS: "Les ayants droit d'une personne décédée ne peuvent pas consulter son dossier.",
  HEIR_ASK_FUND_TO_CLOSE: "Les ayants droit peuvent demander à l'Assurance maladie de clôturer l'espace.",
  // --- status (R-STATUS) --------------------------------------------------------------
  MES_ACTIVE: "L'espace est actif : les règles habituelles s'appliquent, que le patient ait ou non un compte en ligne.",
  MES_DEACTIVATED: "L'espace est désactivé : le patient (et qui agit pour lui) n'y a plus accès.",
  REACTIVATE_MES: "Réactiver l'espace (Mon espace santé) pour y accéder de nouveau.",
  MES_DEACTIVATED_PROFESSIONALS_CONTINUE: "L'espace est désactivé, mais les professionnels peuvent toujours alimenter et consulter le dossier.",
  MES_CLOSED: "L'espace est clôturé : personne ne le consulte ni ne l'alimente ; ses données sont conservées pendant la durée légale.",
  MES_DELETED: "L'espace est supprimé : personne ne le consulte ni ne l'alimente ; ses données sont effacées.",
  MES_REFUSED_NO_PROFESSIONAL_ACCESS: "La personne s'est opposée à l'ouverture de Mon espace santé ; faute de règle ouvrant l'accès aux professionnels, la bibliothèque refuse.",
  OPEN_MES: "Le titulaire peut ouvrir Mon espace santé pour conserver ou retrouver l'accès.",
  MES_REFUSED_GRACE_YEAR: "Le titulaire a refusé Mon espace santé il y a moins d'un an : il garde l'accès au dossier repris du DMP.",
  MES_REFUSED_GRACE_OVER: "Le titulaire a refusé Mon espace santé il y a un an ou plus : l'accès au dossier repris a pris fin.",
  HOLDER_DECEASED: "Le titulaire est décédé : l'espace doit être clôturé et plus personne n'y agit.",
  // --- authentication and authorisation (R-AUTH) --------------------------------------
  // --- consent (R-CONSENT) ------------------------------------------------------------
  // --- feeding (R-FEED) ---------------------------------------------------------------
  // --- masking (R-MASK) ---------------------------------------------------------------
  // --- invisibility (R-INVIS) ---------------------------------------------------------
  // --- deletion (R-DEL) ---------------------------------------------------------------
  // --- minors (R-MINOR) ---------------------------------------------------------------
  PATIENT_IS_HOLDER: "Le titulaire, majeur, agit pour lui-même.",
  MINOR_ACTS_THROUGH_REPRESENTATIVES: "Un mineur non émancipé n'a pas d'accès direct : ses représentants légaux agissent pour lui.",
  ASK_LEGAL_REPRESENTATIVE: "Demander à un représentant légal d'agir, en y associant le patient.",
  PARENT_ACTS_FOR_MINOR: "Un parent inscrit au dossier gère l'espace du mineur comme le patient le ferait.",
  ASSOCIATE_THE_MINOR: "Associer le mineur à cette décision.",
  GUARDIAN_ACTS_FOR_MINOR: "Le tuteur d'un mineur sous tutelle a les mêmes prérogatives qu'un parent.",
  EMANCIPATED_MINOR_ACTS_ALONE: "Un mineur émancipé agit seul, comme un majeur.",
  MINOR_IS_EMANCIPATED: "Le mineur est émancipé : les représentants légaux n'ont pas d'accès.",
  DOCTOR_PRESENT: "Le mineur a exigé la présence d'un médecin, et un médecin est présent.",
  DOCTOR_PRESENCE_REQUIRED: "Le mineur a exigé que ce représentant légal n'accède à ses données qu'en présence d'un médecin.",
  COME_WITH_A_DOCTOR: "Venir accompagné d'un médecin.",
  REPRESENTATION_ENDED_AT_MAJORITY: "Le patient est majeur : l'accès des représentants légaux a pris fin.",
  ASK_PATIENT_DIRECTLY: "S'adresser au patient, désormais majeur.",
  PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE: "L'espace d'un majeur protégé est géré par son représentant légal, comme pour un mineur.",
  REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT: "Le représentant légal d'un majeur protégé gère l'espace et donne le consentement.",
  // --- emergency (R-EMERG) ------------------------------------------------------------
  // --- patient controls (R-PATIENT) ---------------------------------------------------
  // --- connection and reporting (R-AUTH-2..4, R-REPORT) -------------------------------
}
