// The rules of a connection to the DMP: environments (R-AUTH-3), the certificate and the structure's
// identifier (R-AUTH-2), the level of an establishment's certificate and the emitting site (R-AUTH-4).
// Each is a total function from the check to an Outcome; checkConnection combines them (deny overrides).
import { deny, grant, notApplicable, type Outcome } from '../decision/outcome.js'
import { compareDates, isIsoDate, type IsoDate } from '../domain/dates.js'
import { BASIS } from '../catalogue/basis.js'
import type { RuleId } from '../catalogue/ids.js'
import {
  CERTIFICATE_LEVELS,
  CONNECTION_ENVIRONMENTS,
  STRUCTURE_KINDS,
  type CertificateCredential,
  type ConnectionCheck,
} from './types.js'
import { deepFreeze } from '../domain/frozen.js'

/**
 * A rule of the connection checks.
 *
 * @since 0.1.0
 */
export interface ConnectionRule {
  readonly id: RuleId
  readonly basis: ReadonlyArray<string>
  /** Every outcome of the rule on this check: one, or one denial per failing condition. */
  readonly evaluate: (check: ConnectionCheck) => ReadonlyArray<Outcome>
}

/**
 * The day health establishments' certificates move to the legal entity (FINESS EJ), R-AUTH-4.
 *
 * @since 0.1.0
 */
export const LEGAL_ENTITY_CERTIFICATES_FROM: IsoDate = '2023-01-01'

const isObject = (u: unknown): u is { readonly [k: string]: unknown } => typeof u === 'object' && u !== null

const isCertificate = (c: unknown): c is CertificateCredential =>
  isObject(c) &&
  c['kind'] === 'certificate' &&
  isObject(c['holder']) &&
  typeof c['holder']['id'] === 'string' &&
  (CERTIFICATE_LEVELS as ReadonlyArray<unknown>).includes(c['holder']['level']) &&
  Array.isArray(c['usedBySites'])

const nonEmpty = (s: unknown): s is string => typeof s === 'string' && s.trim() !== ''

/**
 * R-AUTH-3 — production cards and certificates are refused on test environments, and test ones are not
 * valid in production. An unknown environment or credential refuses.
 *
 * @see R-AUTH-3 (faq:288)
 * @since 0.1.0
 */
export const environmentsMatch: ConnectionRule = {
  id: 'R-AUTH-3',
  basis: BASIS['R-AUTH-3'],
  evaluate: (check) => [auth3(check)],
}

const auth3 = ({ environment, credential }: ConnectionCheck): Outcome => {
  const credentialEnv: unknown = isObject(credential) ? credential['environment'] : undefined
  const known = (u: unknown): boolean => (CONNECTION_ENVIRONMENTS as ReadonlyArray<unknown>).includes(u)
  if (!isObject(credential) || (credential['kind'] !== 'card' && credential['kind'] !== 'certificate')) return deny('UNKNOWN_CREDENTIAL', ['FIX_THE_REQUEST'])
  if (!known(environment) || !known(credentialEnv)) return deny('UNKNOWN_CONNECTION_ENVIRONMENT', ['FIX_THE_REQUEST'])
  if (environment === credentialEnv) return grant('CREDENTIAL_ENVIRONMENT_MATCHES')
  return environment === 'test'
    ? deny('PRODUCTION_CREDENTIAL_ON_TEST', ['USE_TEST_CREDENTIALS'])
    : deny('TEST_CREDENTIAL_ON_PRODUCTION', ['USE_PRODUCTION_CREDENTIALS'])
}

/**
 * R-AUTH-2 — with indirect authentication, the server certificate must be bound to the structure's
 * current national identifier (FINESS or SIRET, at the certificate's level), and that identifier must be in
 * the national directory. A structure that changed identifier without a new certificate is refused. Not
 * applicable to cards.
 *
 * @see R-AUTH-2 (faq:284)
 * @since 0.1.0
 */
export const certificateMatchesStructure: ConnectionRule = {
  id: 'R-AUTH-2',
  basis: BASIS['R-AUTH-2'],
  evaluate: (check) => auth2(check),
}

const auth2 = ({ credential, structure }: ConnectionCheck): ReadonlyArray<Outcome> => {
  if (isObject(credential) && credential['kind'] === 'card') return [notApplicable]
  if (!isCertificate(credential)) return [deny('UNKNOWN_CREDENTIAL', ['FIX_THE_REQUEST'])]
  const s: { readonly [k: string]: unknown } = isObject(structure) ? structure : {}
  const current: unknown =
    credential.holder.level === 'legal-entity'
      ? s['legalEntityFiness']
      : credential.holder.level === 'geographic-site'
        ? s['geographicFiness']
        : s['siret']
  const matches = nonEmpty(current) && current === credential.holder.id
  const listed = s['inDirectory'] === true
  const out: Array<Outcome> = []
  if (!matches) out.push(deny('CERTIFICATE_IDENTIFIER_OUTDATED', ['ORDER_NEW_CERTIFICATE']))
  if (!listed) out.push(deny('STRUCTURE_NOT_IN_DIRECTORY', ['REGISTER_STRUCTURE_IN_DIRECTORY']))
  return out.length === 0 ? [grant('CERTIFICATE_MATCHES_STRUCTURE')] : out
}

/**
 * R-AUTH-4 — a health establishment's certificate (public, private, dialysis group):
 * - from 2023-01-01, it is held by the legal entity (FINESS EJ), and the metadata carry the geographic
 *   FINESS of the emitting site;
 * - before that day (transition), public establishments and dialysis groups may hold it at the legal entity
 *   or at a geographic site, private establishments at each geographic site only;
 * - a legal-entity certificate always needs the emitting site's geographic FINESS in the metadata;
 * - a geographic site's certificate is never shared with another geographic site;
 * - a SIRET certificate is not one of the levels the doctrine names for establishments (fail closed).
 * Every failing condition is reported. Not applicable to cards nor to other structures.
 *
 * @see R-AUTH-4 (faq:293)
 * @since 0.1.0
 */
export const establishmentCertificate: ConnectionRule = {
  id: 'R-AUTH-4',
  basis: BASIS['R-AUTH-4'],
  evaluate: (check) => auth4(check),
}

const auth4 = ({ at, credential, structure, metadataGeographicFiness }: ConnectionCheck): ReadonlyArray<Outcome> => {
  if (isObject(credential) && credential['kind'] === 'card') return [notApplicable]
  const kind: unknown = isObject(structure) ? structure['kind'] : undefined
  if (kind === 'other') return [notApplicable]
  if (!(STRUCTURE_KINDS as ReadonlyArray<unknown>).includes(kind)) return [deny('UNKNOWN_STRUCTURE_KIND', ['FIX_THE_REQUEST'])]
  if (!isCertificate(credential)) return [deny('UNKNOWN_CREDENTIAL', ['FIX_THE_REQUEST'])]
  if (!isIsoDate(at)) return [deny('MALFORMED_REQUEST', ['FIX_THE_REQUEST'])]
  const level = credential.holder.level
  const after = compareDates(at, LEGAL_ENTITY_CERTIFICATES_FROM) >= 0
  const site: unknown = isObject(structure) ? structure['geographicFiness'] : undefined
  const out: Array<Outcome> = []
  if (level === 'siret') out.push(deny('CERTIFICATE_LEVEL_NOT_ALLOWED', ['ORDER_LEGAL_ENTITY_CERTIFICATE']))
  else if (after && level !== 'legal-entity') out.push(deny('CERTIFICATE_NOT_LEGAL_ENTITY', ['ORDER_LEGAL_ENTITY_CERTIFICATE']))
  else if (!after && kind === 'private-establishment' && level !== 'geographic-site')
    out.push(deny('PRIVATE_ESTABLISHMENT_NEEDS_SITE_CERTIFICATE', ['ORDER_SITE_CERTIFICATE']))
  if (level === 'geographic-site' && credential.usedBySites.some((s) => s !== credential.holder.id))
    out.push(deny('CERTIFICATE_SHARED_BY_SITES', ['ONE_CERTIFICATE_PER_SITE']))
  if (after || level === 'legal-entity') {
    if (!nonEmpty(metadataGeographicFiness)) out.push(deny('GEOGRAPHIC_FINESS_MISSING', ['ADD_GEOGRAPHIC_FINESS_TO_METADATA']))
    else if (metadataGeographicFiness !== site) out.push(deny('GEOGRAPHIC_FINESS_MISMATCH', ['ADD_GEOGRAPHIC_FINESS_TO_METADATA']))
  }
  return out.length === 0 ? [grant('CERTIFICATE_LEVEL_ACCEPTED')] : out
}

/**
 * The rules checkConnection applies, in catalogue order.
 *
 * @since 0.1.0
 */
export const CONNECTION_RULES: ReadonlyArray<ConnectionRule> = [certificateMatchesStructure, environmentsMatch, establishmentCertificate]
deepFreeze(CONNECTION_RULES)
