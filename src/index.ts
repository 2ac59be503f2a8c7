// dmp-rules — the access rules of the French shared medical record (DMP) and Mon espace santé.
// Curated named exports: the public contract of design/API.md.

// domain
export type { IsoDate, CalendarDate } from './domain/dates.js'
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
} from './domain/dates.js'
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
  Block,
  DocumentAuthor,
  EmergencyAccess,
  HealthDocument,
  HealthRecord,
  LegalRepresentative,
  LegalRepresentativeActor,
  MesStatus,
  MesStatusKind,
  Patient,
  PatientActor,
  ProfessionalActor,
  Request,
  ThirdParty,
  ThirdPartyActor,
} from './domain/types.js'
export {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MES_STATUS_KINDS,
  THIRD_PARTIES,
} from './domain/types.js'

// decisions
export type { Allowed, Decision, Denied, Obligation, Reason, Remedy } from './decision/decision.js'
export { decidingRules, isAllowed, isDenied, match } from './decision/decision.js'
export type { Code, Lang, Message } from './messages/index.js'
export { CODES, isCode, messageOf } from './messages/index.js'
export type { RuleId } from './rules/ids.js'
export { RULE_IDS, compareRuleIds, isRuleId } from './rules/ids.js'

// decision functions
export type { DocumentDecision, Options } from './engine.js'
export {
  canBlock,
  canConsult,
  canDelete,
  canFeed,
  canMakeInvisibleToPatient,
  canMakeVisibleToPatient,
  canMask,
  canShareProfile,
  canUnmask,
  canViewHistory,
  decide,
  isVisibleTo,
  visibleDocuments,
} from './engine.js'

// matrix
export type { AuthorizationMatrix, MatrixGrant } from './matrix/types.js'
export { DEFAULT_MATRIX } from './matrix/default.js'

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

// interop, matrix reader, connection checks (issue 5): extra exports go here
export type {
  InteropIssue,
  InteropIssueCode,
  InteropIssues,
  VisibilityFlags,
  XdsConfidentialityCode,
  XdsConfidentialityInput,
} from './interop/index.js'
export {
  ACCESS_MODE_CODES,
  HL7_CONFIDENTIALITY_OID,
  JDV_J07_OID,
  JDV_J58_OID,
  LOINC_OID,
  TRE_A03_OID,
  TRE_A07_OID,
  TRE_R248_OID,
  VISIBILITY_CODES,
  accessModeFromCode,
  accessModeToCode,
  decodeAccessModeCode,
  decodeProfessionCode,
  fromXdsConfidentialityCodes,
  toXdsConfidentialityCodes,
} from './interop/index.js'
export type { DocumentCategory, DocumentType, MatrixColumn } from './matrix/structure.js'
export { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, MATRIX_COLUMNS, MATRIX_SOURCES, isKnownTypeCode } from './matrix/structure.js'
export { TRANSCRIBED_MATRIX_2023, TRANSCRIBED_ROWS_2023 } from './matrix/transcription-2023.js'
export type { MesJsonApiOptions, MesProfession } from './matrix/mes-jsonapi.js'
export { MES_MATRIX_ENDPOINT, matrixFromMesJsonApi } from './matrix/mes-jsonapi.js'
export type {
  CardCredential,
  CertificateCredential,
  CertificateLevel,
  ConnectingStructure,
  ConnectionCheck,
  ConnectionEnvironment,
  ConnectionRule,
  Credential,
  StructureKind,
} from './connection/index.js'
export {
  CERTIFICATE_LEVELS,
  CONNECTION_ENVIRONMENTS,
  CONNECTION_RULES,
  LEGAL_ENTITY_CERTIFICATES_FROM,
  STRUCTURE_KINDS,
  checkConnection,
} from './connection/index.js'
export type {
  FeedingContext,
  FeedingObligation,
  FeedingRequirement,
  ReportProduction,
  SubmissionResponsibility,
  UsageDiscrepancy,
  UsageFigures,
} from './reporting/index.js'
export {
  FEEDING_OBLIGATIONS,
  USAGE_GAP_THRESHOLD,
  mustBeFed,
  responsibleForSubmission,
  usageDiscrepancy,
} from './reporting/index.js'
