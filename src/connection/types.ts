// What checkConnection reads: the environment, the credential, the structure, the metadata, a date.
import type { IsoDate } from '../domain/dates.js'
import { deepFreeze } from '../domain/frozen.js'

/**
 * An environment of the DMP: production, or a test environment (*environnements de test DMP Compatibilité*).
 *
 * @since 0.1.0
 */
export type ConnectionEnvironment = 'production' | 'test'

/** @since 0.1.0 */
export const CONNECTION_ENVIRONMENTS: ReadonlyArray<ConnectionEnvironment> = ['production', 'test']
deepFreeze(CONNECTION_ENVIRONMENTS)

/**
 * A personal card (CPS, or its mobile form e-CPS) used for direct authentication, and whether it is a
 * production or a test card.
 *
 * @since 0.1.0
 */
export interface CardCredential {
  readonly kind: 'card'
  readonly environment: ConnectionEnvironment
}

/**
 * The level at which a server certificate is held: the legal entity (*FINESS juridique*, EJ), one
 * geographic site (*FINESS géographique*, ET), or a SIRET (structures without FINESS).
 *
 * @since 0.1.0
 */
export type CertificateLevel = 'legal-entity' | 'geographic-site' | 'siret'

/** @since 0.1.0 */
export const CERTIFICATE_LEVELS: ReadonlyArray<CertificateLevel> = ['legal-entity', 'geographic-site', 'siret']
deepFreeze(CERTIFICATE_LEVELS)

/**
 * A server certificate used for indirect authentication (*authentification indirecte*).
 *
 * @since 0.1.0
 */
export interface CertificateCredential {
  readonly kind: 'certificate'
  readonly environment: ConnectionEnvironment
  /** The level and the national identifier the certificate is bound to. */
  readonly holder: { readonly level: CertificateLevel; readonly id: string }
  /** The geographic FINESS of every site that uses this certificate (the emitting site included). */
  readonly usedBySites: ReadonlyArray<string>
}

/**
 * How the software authenticates.
 *
 * @since 0.1.0
 */
export type Credential = CardCredential | CertificateCredential

/**
 * What kind of structure connects: a public health establishment, a private one, a dialysis group
 * (*groupe de dialyse*), or any other structure (practice, health centre…) for which R-AUTH-4 does not apply.
 *
 * @since 0.1.0
 */
export type StructureKind = 'public-establishment' | 'private-establishment' | 'dialysis-group' | 'other'

/** @since 0.1.0 */
export const STRUCTURE_KINDS: ReadonlyArray<StructureKind> = ['public-establishment', 'private-establishment', 'dialysis-group', 'other']
deepFreeze(STRUCTURE_KINDS)

/**
 * The structure the software acts for, as it is today.
 *
 * @since 0.1.0
 */
export interface ConnectingStructure {
  readonly kind: StructureKind
  /** Its current national identifiers; absent ones it does not have. */
  readonly legalEntityFiness?: string | undefined
  /** The geographic FINESS of the site that emits (sends the documents, opens the records). */
  readonly geographicFiness?: string | undefined
  readonly siret?: string | undefined
  /** Is its identifier in the national directory (*Répertoire national des acteurs sanitaires et sociaux*)? */
  readonly inDirectory: boolean
}

/**
 * A connection to check.
 *
 * @example
 * import type { ConnectionCheck } from 'dmp-rules/interop'
 * const check: ConnectionCheck = {
 *   at: '2024-03-01',
 *   environment: 'production',
 *   credential: { kind: 'certificate', environment: 'production', holder: { level: 'legal-entity', id: '010000001' }, usedBySites: ['010000002', '010000003'] },
 *   structure: { kind: 'public-establishment', legalEntityFiness: '010000001', geographicFiness: '010000002', inDirectory: true },
 *   metadataGeographicFiness: '010000002',
 * }
 *
 * @since 0.1.0
 */
export interface ConnectionCheck {
  readonly at: IsoDate
  /** The environment connected to. */
  readonly environment: ConnectionEnvironment
  readonly credential: Credential
  readonly structure: ConnectingStructure
  /**
   * The geographic FINESS that the call's metadata carry (VIHF token, submission set, CDA and XDS
   * metadata); absent when they carry none.
   */
  readonly metadataGeographicFiness?: string | undefined
}
