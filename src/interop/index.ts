// Interop with the national nomenclatures: XDS confidentiality codes, access modes, profession codes, OIDs.
export type { InteropIssue, InteropIssueCode, InteropIssueOf, InteropIssueParams, InteropIssues } from './issues.js'
export type {
  InteropExpected,
  InteropExpectedKey,
  MatrixExpected,
  MatrixExpectedKey,
  MatrixIssueParams,
  NomenclatureExpectedKey,
  NomenclatureIssueParams,
} from '../messages/interop.js'
export { INTEROP_ISSUE_CODES, interopIssueMessage } from '../messages/interop.js'
export {
  HL7_CONFIDENTIALITY_OID,
  JDV_J07_OID,
  JDV_J58_OID,
  LOINC_OID,
  TRE_A03_OID,
  TRE_A07_OID,
  TRE_G15_OID,
  TRE_R248_OID,
} from './oids.js'
export type { FhirSecurityLabel, VisibilityFlags, XdsConfidentialityCode, XdsConfidentialityInput } from './confidentiality.js'
export {
  FHIR_CONFIDENTIALITY_SYSTEMS,
  VISIBILITY_CODES,
  fromXdsConfidentialityCodes,
  toFhirSecurityLabels,
  toXdsConfidentialityCodes,
} from './confidentiality.js'
export { IDNPS_OID, IDNST_OID, INS_NIR_OID, establishmentIdFromIdnst, professionalIdFromIdnps } from './identifiers.js'
export { ACCESS_MODE_CODES, accessModeFromCode, accessModeToCode, decodeAccessModeCode } from './access-mode.js'
export { decodeProfessionCode } from './profession.js'
