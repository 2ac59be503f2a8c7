// Connection checks (R-AUTH-2..4).
export type {
  CardCredential,
  CertificateCredential,
  CertificateLevel,
  ConnectingStructure,
  ConnectionCheck,
  ConnectionEnvironment,
  Credential,
  StructureKind,
} from './types.js'
export { CERTIFICATE_LEVELS, CONNECTION_ENVIRONMENTS, STRUCTURE_KINDS } from './types.js'
export type { ConnectionRule } from './rules.js'
export {
  CONNECTION_RULES,
  LEGAL_ENTITY_CERTIFICATES_FROM,
  certificateMatchesStructure,
  environmentsMatch,
  establishmentCertificate,
} from './rules.js'
export { checkConnection } from './check.js'
