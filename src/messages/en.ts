// English wording of every code (reasons, obligations, remedies). The code list is the key set of
// this object: `fr.ts` must give a message for each one or the build fails.
// Sections are in catalogue order; add a code in the section of its rule.

/**
 * English messages, keyed by code.
 *
 * @since 0.1.0
 */
export const en = {
  // --- engine -------------------------------------------------------------------------
  NO_GRANTING_RULE: 'No rule grants this action to this actor; the library denies by default.',
  NOT_IMPLEMENTED: 'The library does not decide this action yet; it denies by default.',
  UNKNOWN_ACTION: 'This action is not one the library knows; it denies by default.',
  MALFORMED_REQUEST: 'The request carries an impossible or missing date or value; the library denies by default.',
  DOCUMENT_MISSING: 'This action is about one document, and the request carries none.',
  // --- actors (R-ACTOR) ---------------------------------------------------------------
  THIRD_PARTY_NEVER: "The State, the health-insurance fund as an organisation, insurers, banks and employers never access a health record.",
  CAREGIVER_NO_DELEGATION: "A caregiver has no delegated access to a relative's space: no formal delegation exists yet (it is planned).",
  NOT_A_CARE_ACTOR: "Only the patient, their legal representatives and the professionals taking part in their care may access the record.",
  LEGAL_REPRESENTATIVE_NOT_ON_RECORD: "This legal representative is not listed on the record.",
  MEDICO_SOCIAL_GRANTED_BY_MATRIX: "The authorisation matrix grants this médico-social professional some document types.",
  MEDICO_SOCIAL_NOT_GRANTED: "Médico-social professionals have no access until the authorisation matrix grants them some.",
  HEIR_CANNOT_ACCESS: "Heirs of a deceased person cannot consult their record.",
  HEIR_ASK_FUND_TO_CLOSE: "Heirs may ask the health-insurance fund to close the space.",
  // --- status (R-STATUS) --------------------------------------------------------------
  MES_ACTIVE: "The space is active: the usual rules apply, whether or not the patient has an online account.",
  MES_DEACTIVATED: "The space is deactivated: the patient (and whoever acts for them) has no access to it any more.",
  REACTIVATE_MES: "Reactivate the space (Mon espace santé) to regain access.",
  MES_DEACTIVATED_PROFESSIONALS_CONTINUE: "The space is deactivated, but professionals may still feed and consult the record.",
  MES_CLOSED: "The space is closed: nobody consults or feeds it; its data are kept for the retention period.",
  MES_DELETED: "The space is deleted: nobody consults or feeds it; its data are gone.",
  MES_REFUSED_NO_PROFESSIONAL_ACCESS: "The person refused the opening of Mon espace santé; no rule grants professionals access then, so the library denies.",
  OPEN_MES: "The holder may open Mon espace santé to keep or restore access.",
  MES_REFUSED_GRACE_YEAR: "The holder refused Mon espace santé less than a year ago: they keep access to the record carried over from the DMP.",
  MES_REFUSED_GRACE_OVER: "The holder refused Mon espace santé a year ago or more: access to the carried-over record has ended.",
  HOLDER_DECEASED: "The holder has died: the space is to be closed and nobody acts on it any more.",
  // --- authentication and authorisation (R-AUTH) --------------------------------------
  // --- consent (R-CONSENT) ------------------------------------------------------------
  // --- feeding (R-FEED) ---------------------------------------------------------------
  // --- masking (R-MASK) ---------------------------------------------------------------
  // --- invisibility (R-INVIS) ---------------------------------------------------------
  // --- deletion (R-DEL) ---------------------------------------------------------------
  // --- minors (R-MINOR) ---------------------------------------------------------------
  PATIENT_IS_HOLDER: "The holder, an adult, acts for themselves.",
  MINOR_ACTS_THROUGH_REPRESENTATIVES: "A minor who is not emancipated has no direct access: the legal representatives act for them.",
  ASK_LEGAL_REPRESENTATIVE: "Ask a legal representative to act, associating the patient.",
  PARENT_ACTS_FOR_MINOR: "A parent listed on the record manages the minor's space as the patient would.",
  ASSOCIATE_THE_MINOR: "Associate the minor with this decision.",
  GUARDIAN_ACTS_FOR_MINOR: "The guardian of a minor under guardianship has the same powers as a parent.",
  EMANCIPATED_MINOR_ACTS_ALONE: "An emancipated minor acts alone, as an adult.",
  MINOR_IS_EMANCIPATED: "The minor is emancipated: legal representatives have no access.",
  DOCTOR_PRESENT: "The minor required a doctor to be present, and one is.",
  DOCTOR_PRESENCE_REQUIRED: "The minor required that this legal representative accesses their data only with a doctor present.",
  COME_WITH_A_DOCTOR: "Come with a doctor.",
  REPRESENTATION_ENDED_AT_MAJORITY: "The patient is of age: the legal representatives' access has ended.",
  ASK_PATIENT_DIRECTLY: "Ask the patient, now an adult.",
  PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE: "A protected adult's space is managed by their legal representative, as for a minor.",
  REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT: "The legal representative of a protected adult manages the space and gives consent.",
  // --- emergency (R-EMERG) ------------------------------------------------------------
  // --- patient controls (R-PATIENT) ---------------------------------------------------
  // --- connection and reporting (R-AUTH-2..4, R-REPORT) -------------------------------
} as const

/**
 * A stable SCREAMING_SNAKE code of a reason, obligation or remedy. Renaming one is a breaking change.
 *
 * @since 0.1.0
 */
export type Code = keyof typeof en
