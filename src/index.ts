// dmp-rules — the access rules of the French shared medical record (DMP) and Mon espace santé.
// Curated named exports: the public contract of design/API.md.

// domain
export type { IsoDate, CalendarDate, PeriodUnit } from './domain/dates.js'
export {
  parseIsoDate,
  isIsoDate,
  formatIsoDate,
  addDays,
  addMonths,
  addYears,
  compareDates,
  ageAt,
  majorityDate,
  isMinorAt,
  daysInMonth,
  MAJORITY_AGE,
  periodEnd,
} from './domain/dates.js'
export { isoDateInParis, isoDateInZone, PARIS } from './domain/calendar.js'
export type { ValuePath } from './domain/integrity.js'
export { differences, EMANCIPATION_MIN_AGE } from './domain/integrity.js'
export type { Profession, HealthProfession } from './domain/profession.js'
export {
  PROFESSIONS,
  PROFESSION_CODES,
  TRE_G15_OID,
  isProfession,
  professionToCode,
  professionFromCode,
} from './domain/profession.js'
export type {
  AccessMode,
  Action,
  ActionlessRequest,
  Actor,
  Authentication,
  Authorization,
  AuthorizationStatus,
  Block,
  DocumentAction,
  DocumentAuthor,
  EmergencyAccess,
  HealthDocument,
  HealthRecord,
  LegalRepresentative,
  LegalRepresentativeActor,
  MedicoSocialRole,
  MesStatus,
  MesStatusKind,
  Patient,
  PatientActor,
  ProfessionalActor,
  ProtectionMeasure,
  ProtectionMeasureKind,
  RecordDocumentAction,
  Request,
  RequestFor,
  RequestOf,
  ThirdParty,
  ThirdPartyActor,
} from './domain/types.js'
export {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MEDICO_SOCIAL_ROLES,
  MES_STATUS_KINDS,
  PROTECTION_MEASURES,
  MEASURES_WITH_REPRESENTATION_OF_PERSON,
  RECORD_DOCUMENT_ACTIONS,
  THIRD_PARTIES,
} from './domain/types.js'
export type {
  ActorInput,
  BlockInput,
  DocumentAuthorInput,
  DocumentInput,
  LegalRepresentativeInput,
  PatientInput,
  RecordInput,
} from './domain/build.js'
export { buildActor, buildDocument, buildRecord } from './domain/build.js'
export { deepFreeze, isDeeplyFrozen } from './domain/frozen.js'

// decisions
export type { Allowed, Decision, Denied, Obligation, Reason, Remedy } from './decision/decision.js'
export { decidingRules, isAllowed, isDenied, match } from './decision/decision.js'
export type { Code, Lang, Message, ReasonCode } from './messages/index.js'
export { CODES, isCode, isReasonCode, messageOf, reasonMessage } from './messages/index.js'
export type { RuleId } from './catalogue/ids.js'
export { RULE_IDS, compareRuleIds, isRuleId } from './catalogue/ids.js'

// decision functions
export type {
  AllowedActions,
  DocumentActionsRequest,
  DocumentDecision,
  DocumentRequest,
  DocumentRow,
  Options,
  OwnReasons,
  RecordRequest,
  RecordView,
  RecordViewRequest,
  Rules,
} from './engine/api.js'
export {
  allowedActions,
  canBlock,
  canClose,
  canConsult,
  canDelete,
  canFeed,
  canHideFromRepresentatives,
  canMakeInvisibleToPatient,
  canMakeVisibleToPatient,
  canMask,
  canModify,
  canRequireDoctorPresence,
  canShareProfile,
  canUnmask,
  canViewHistory,
  createRules,
  decide,
  isVisibleTo,
  recordView,
  visibleDocuments,
} from './engine/api.js'
export { accessMap } from './map/access-map.js'
export type { AccessMap, AccessMapRow, MapActor } from './map/access-map.js'
export type { ParentPostMortemRequest, PostMortemPurpose, PostMortemRequest, PostMortemRequester, RelativePostMortemRequest } from './lifecycle/post-mortem.js'
export { canRequestPostMortemAccess, POST_MORTEM_PURPOSES, POST_MORTEM_REQUESTERS } from './lifecycle/post-mortem.js'

// matrix
export type { AuthorizationMatrix, MatrixGrant, OccupationalGrant, ProfessionGrant } from './matrix/types.js'
export { isOccupationalGrant } from './matrix/types.js'
export { DEFAULT_MATRIX, NO_GRANT_MATRIX } from './matrix/default.js'
export { FINAL_DENIALS } from './messages/final.js'
export { CNAM_MATRIX_2024_09 } from './matrix/transcription-2023.js'

// consultation and visibility (issue 3): extra exports go here

// document actions and lifecycle (issue 4): extra exports go here
export type { InvisibilityTimeline, MesCreation, MesCreationInput } from './lifecycle/index.js'
export {
  invisibilityTimeline,
  isRetained,
  mesCreation,
  NOTIFY_PATIENT_WITHIN_DAYS,
  onDeath,
  onMajority,
  OPPOSITION_WINDOW_DAYS,
  retainedUntil,
  RETENTION_YEARS,
} from './lifecycle/index.js'
export { API_V1_LAST_DAY } from './rules/feeding.js'
export { QUALIFIED_INS_ONLY_FROM } from './rules/facts.js'

// interop, the matrix structure and reader, connection checks and reporting (issue 5) live in the entry
// `dmp-rules/interop` (src/interop.ts), so the core stays small.
