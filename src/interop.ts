// dmp-rules/interop — the national nomenclatures (TRE_G15 professions, TRE_A07 XDS confidentiality codes,
// TRE_R248 access modes), the structure of the authorisation matrix and its Mon espace santé JSON:API reader,
// the connection checks (R-AUTH-2..4) and the reporting helpers (R-FEED-4, R-FEED-5, R-REPORT-1).
// A separate entry so that the core `dmp-rules` stays small; API.md names it.
export type {
  FhirSecurityLabel,
  InteropExpected,
  InteropExpectedKey,
  InteropIssue,
  InteropIssueCode,
  InteropIssueOf,
  InteropIssueParams,
  InteropIssues,
  MatrixExpected,
  MatrixExpectedKey,
  MatrixIssueParams,
  NomenclatureExpectedKey,
  NomenclatureIssueParams,
  VisibilityFlags,
  XdsConfidentialityCode,
  XdsConfidentialityInput,
} from './interop/index.js'
export {
  INTEROP_ISSUE_CODES,
  interopIssueMessage,
  ACCESS_MODE_CODES,
  FHIR_CONFIDENTIALITY_SYSTEMS,
  HL7_CONFIDENTIALITY_OID,
  IDNPS_OID,
  IDNST_OID,
  INS_NIR_OID,
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
  establishmentIdFromIdnst,
  fromXdsConfidentialityCodes,
  professionalIdFromIdnps,
  toFhirSecurityLabels,
  toXdsConfidentialityCodes,
} from './interop/index.js'
export type { DocumentCategory, DocumentType, MatrixColumn } from './matrix/structure.js'
export { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, LOINC_ENGLISH_NAMES, MATRIX_COLUMNS, MATRIX_SOURCES, documentTypeName, isKnownTypeCode } from './matrix/structure.js'
export { CNAM_MATRIX_2024_09, CNAM_ROWS_2024_09, TRANSCRIBED_MATRIX_2023, TRANSCRIBED_ROWS_2023 } from './matrix/transcription-2023.js'
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
