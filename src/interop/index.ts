// Interop with the national nomenclatures: XDS confidentiality codes, access modes, profession codes, OIDs.
export type { InteropIssue, InteropIssueCode, InteropIssues } from './issues.js'
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
export type { VisibilityFlags, XdsConfidentialityCode, XdsConfidentialityInput } from './confidentiality.js'
export { VISIBILITY_CODES, fromXdsConfidentialityCodes, toXdsConfidentialityCodes } from './confidentiality.js'
export { ACCESS_MODE_CODES, accessModeFromCode, accessModeToCode, decodeAccessModeCode } from './access-mode.js'
export { decodeProfessionCode } from './profession.js'
