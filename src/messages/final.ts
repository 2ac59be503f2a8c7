// The denials that nothing the actor can do changes (issue 13): every other denying code carries at least one
// remedy. A test reads every `deny(...)` of src/ and fails on a code with neither.
import type { ReasonCode } from './en/reasons.js'
import { deepFreeze } from '../domain/frozen.js'

/**
 * The final denials, each with why no remedy exists: the law or the patient's decision says no, the action is a
 * no-op on the document's state, or the space's state leaves nothing to act on. Every other denying code carries
 * at least one remedy (what would change the answer).
 *
 * @example
 * import { FINAL_DENIALS } from 'dmp-rules'
 * 'THIRD_PARTY_NEVER' in FINAL_DENIALS // true
 *
 * @since 0.2.0
 */
export const FINAL_DENIALS: { readonly [C in ReasonCode]?: string } = {
  // the library's own fault: nothing the caller changes in the request helps
  INTERNAL_ERROR: 'the library failed, not the request; no change to the request is known to help',
  // the date: what did not exist yet
  DOCUMENT_NOT_YET_ADDED: 'the document did not exist at the decision date; nothing changes the past',
  // the law: who may never act
  THIRD_PARTY_NEVER: 'the law excludes these third parties, even with the patient’s agreement',
  CAREGIVER_NO_DELEGATION: 'no delegation exists yet (planned); nothing the caregiver can do changes it today',
  NOT_A_CARE_ACTOR: 'only the patient’s side and the professionals in the care may act',
  NOT_PARTICIPATING_IN_CARE: 'the law admits only professionals taking part in the care, consent or not',
  HEALTH_PROFESSIONALS_ONLY: 'the rule names health professionals; social and médico-social staff cannot become one',
  BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY: 'the emergency modes are for health professionals',
  MEDICO_SOCIAL_CARE_TEAM_ONLY: 'social and médico-social staff access only as members of the care team',
  OCCUPATIONAL_DOCTOR_IS_A_DOCTOR: 'only a doctor is the occupational doctor',
  OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY: 'the law lets the occupational doctor consult and feed, nothing else',
  REPRESENTATIVE_ROLE_NOT_FOR_MINOR: 'only parents and guardians represent a minor',
  MINOR_IS_EMANCIPATED: 'an emancipated minor acts alone; representatives have no access',
  SHARE_ONLY_BY_REPRESENTATIVE: 'only a legal representative shares a child’s profile',
  SHARE_ONLY_FOR_MINOR: 'sharing concerns a minor’s profile only',
  SHARE_ONLY_WITH_PARENT_OR_GUARDIAN: 'the profile is shared with the other representative only',
  BLOCK_BY_PATIENT_ONLY: 'blocking is the patient’s own control',
  POST_MORTEM_REQUESTER_UNKNOWN: 'only heirs, the concubin or the PACS partner may request',
  POST_MORTEM_PARENT_ONLY_FOR_MINOR: 'the parents’ own access survives only a minor who died not emancipated',
  RESIDENCE_COORDINATING_DOCTOR_IS_A_DOCTOR: 'only a doctor is the coordinating doctor of a nursing home',
  RESIDENT_AGREEMENT_NOT_BY_THIS_PERSON: 'the agreement is the resident’s; a curator or a parent never gives it',
  // the patient's decision
  PATIENT_OPPOSES_CONSULTATION: 'the patient’s opposition needs no reason and is respected',
  UNMASK_AGAINST_OPPOSITION: 'the patient opposes unmasking',
  FEEDING_OPPOSED_LEGITIMATE_REASON: 'the professional accepted the patient’s legitimate reason',
  POST_MORTEM_OPPOSED_BY_DECEASED: 'the holder opposed it before death',
  HIDDEN_FROM_LEGAL_REPRESENTATIVES: 'the minor’s secret, by law',
  HIDE_FROM_REPRESENTATIVES_NEEDS_MINOR_REQUEST: 'only the minor can ask for it',
  MINOR_PROTECTION_NEEDS_MINOR_REQUEST: 'only the minor can ask for it',
  HIDE_FROM_REPRESENTATIVES_ONLY_FOR_MINOR: 'the protection exists for a non-emancipated minor only',
  MINOR_PROTECTION_ONLY_FOR_MINOR: 'the protection exists for a non-emancipated minor only',
  HIDE_FROM_REPRESENTATIVES_ONLY_BY_PROFESSIONAL: 'only a health professional sets it, at the minor’s request',
  // no-ops on the document's or the representative's state
  ALREADY_MASKED: 'the document is already masked',
  NOT_MASKED: 'the document is not masked',
  ALREADY_VISIBLE_TO_PATIENT: 'the document is already visible to the patient',
  ALREADY_INVISIBLE_TO_PATIENT: 'the document is already invisible to the patient',
  ALREADY_HIDDEN_FROM_REPRESENTATIVES: 'the document is already hidden from the representatives',
  DOCTOR_PRESENCE_ALREADY_REQUIRED: 'the requirement is already set',
  INVISIBLE_ONLY_AT_FEEDING: 'invisibility is set at feeding, never afterwards',
  VISIBLE_NEVER_INVISIBLE_AGAIN: 'a document the patient saw never becomes invisible again',
  ONLY_PROFESSIONAL_MAKES_INVISIBLE: 'only a professional, when feeding, makes a document invisible',
  FEED_AUTHOR_MUST_BE_ACTOR: 'the patient’s side adds its own documents only',
  // the space's state
  MES_CLOSED: 'a closed space is only kept for its retention period',
  MES_DELETED: 'a deleted space has no data left',
  HOLDER_DECEASED: 'nobody acts on the space of a deceased holder (heirs: canRequestPostMortemAccess)',
  DELETE_NEEDS_ACTIVE_DMP: 'a closed, deleted or refused DMP cannot be changed',
  POST_MORTEM_HOLDER_NOT_DECEASED: 'the request exists only after the holder’s death',
  POST_MORTEM_DATA_NO_LONGER_KEPT: 'the data are gone',
}
deepFreeze(FINAL_DENIALS)
