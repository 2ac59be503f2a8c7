// The domain of the DMP (*Dossier Médical Partagé*) and of Mon espace santé (MES), as plain readonly data.
import type { IsoDate } from './dates.js'
import type { Profession } from './profession.js'
import { deepFreeze } from './frozen.js'

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * How a professional authenticated: personal card (*carte CPS*), its mobile form (*e-CPS*), the
 * establishment's server certificate (*authentification indirecte*), or nothing (R-AUTH-1).
 *
 * @since 0.1.0
 */
export type Authentication = 'cps' | 'e-cps' | 'indirect' | 'none'

/** @since 0.1.0 */
export const AUTHENTICATIONS: ReadonlyArray<Authentication> = ['cps', 'e-cps', 'indirect', 'none']
deepFreeze(AUTHENTICATIONS)

/**
 * Who never gets in (R-ACTOR-1, R-ACTOR-2, R-ACTOR-5): the State, the health-insurance fund as an
 * organisation, insurers, banks, employers, caregivers (*aidants*), heirs (*ayants droit*), anyone else.
 *
 * @since 0.1.0
 */
export type ThirdParty = 'state' | 'health-insurance' | 'insurer' | 'bank' | 'employer' | 'caregiver' | 'heir' | 'other'

/** @since 0.1.0 */
export const THIRD_PARTIES: ReadonlyArray<ThirdParty> = [
  'state',
  'health-insurance',
  'insurer',
  'bank',
  'employer',
  'caregiver',
  'heir',
  'other',
]
deepFreeze(THIRD_PARTIES)

/** The holder of the record (*titulaire*), acting for themselves. @since 0.1.0 */
export interface PatientActor {
  readonly kind: 'patient'
}

/** A legal representative (*représentant légal*: parent or guardian), listed in the record. @since 0.1.0 */
export interface LegalRepresentativeActor {
  readonly kind: 'legal-representative'
  readonly id: string
}

/** A professional (*professionnel*), health or médico-social. @since 0.1.0 */
export interface ProfessionalActor {
  readonly kind: 'professional'
  readonly id: string
  readonly profession: Profession
  /** Specialty code (TRE_R38 / TRE_R01), used by the matrix. */
  readonly specialty?: string | undefined
  /** FINESS or SIRET of the structure the professional acts for. */
  readonly establishmentId?: string | undefined
  readonly authentication: Authentication
  /**
   * For a `'medico-social'` professional: the role that selects their column of the authorisation matrix
   * (R-ACTOR-4, rev. 2). Absent: they see nothing (R-AUTH-7).
   */
  readonly role?: MedicoSocialRole | undefined
  /**
   * The occupational doctor (*médecin du travail*) in charge of the person's follow-up, acting as such
   * (R-ACTOR-7, CSP L.1111-17 IV): only with the person's express consent, never in an emergency mode.
   */
  readonly occupationalDoctor?: boolean | undefined
  /**
   * The coordinating doctor (*médecin coordonnateur*) of the nursing home for dependent elderly people (EHPAD)
   * where the patient lives, acting as such (R-ACTOR-8, CSP L.1111-16 al. 1; CASF L.313-12 V): a `medecin` who,
   * with the resident's agreement (`explicitConsent`), counts as a professional participating in the care.
   *
   * @since 0.3.0
   */
  readonly residenceCoordinatingDoctor?: boolean | undefined
}

/**
 * The six social and médico-social columns of the authorisation matrix (R-ACTOR-4, rev. 2): coordination and
 * orientation, social worker (TRE_G15 `41`), administrative staff, support in social life, support in care,
 * supervision.
 *
 * @since 0.2.0
 */
export type MedicoSocialRole =
  | 'coordination'
  | 'social-worker'
  | 'administrative'
  | 'social-life-support'
  | 'care-support'
  | 'supervision'

/** @since 0.2.0 */
export const MEDICO_SOCIAL_ROLES: ReadonlyArray<MedicoSocialRole> = [
  'coordination',
  'social-worker',
  'administrative',
  'social-life-support',
  'care-support',
  'supervision',
]
deepFreeze(MEDICO_SOCIAL_ROLES)

/** Anybody else; never allowed anything (R-ACTOR-1..5). @since 0.1.0 */
export interface ThirdPartyActor {
  readonly kind: 'third-party'
  readonly party: ThirdParty
}

/**
 * Who asks.
 *
 * @since 0.1.0
 */
export type Actor = PatientActor | LegalRepresentativeActor | ProfessionalActor | ThirdPartyActor

// -------------------------------------------------------------------------------------
// status of the space
// -------------------------------------------------------------------------------------

/**
 * Status of the patient's space (MES) and of its DMP (R-STATUS-1..5).
 *
 * @since 0.1.0
 */
export type MesStatus =
  | { readonly kind: 'active' }
  | { readonly kind: 'deactivated' }
  | { readonly kind: 'closed'; readonly on: IsoDate }
  | { readonly kind: 'deleted'; readonly on: IsoDate }
  | { readonly kind: 'refused'; readonly on: IsoDate }

/** @since 0.1.0 */
export type MesStatusKind = MesStatus['kind']

/** @since 0.1.0 */
export const MES_STATUS_KINDS: ReadonlyArray<MesStatusKind> = ['active', 'deactivated', 'closed', 'deleted', 'refused']
deepFreeze(MES_STATUS_KINDS)

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

/**
 * Who authored (fed) a document.
 *
 * @since 0.1.0
 */
export type DocumentAuthor =
  | { readonly kind: 'professional'; readonly id: string; readonly establishmentId?: string | undefined }
  | { readonly kind: 'patient' }
  | { readonly kind: 'legal-representative'; readonly id: string }

/**
 * A document of the record.
 *
 * @since 0.1.0
 */
export interface HealthDocument {
  readonly id: string
  /** LOINC code of the document type (XDS `typeCode`). */
  readonly typeCode: string
  readonly author: DocumentAuthor
  /** Day the document was fed (*alimenté*). */
  readonly addedOn: IsoDate
  /** *Masqué aux professionnels* (XDS confidentialityCode `MASQUE_PS`), R-MASK-1..4. */
  readonly maskedFromProfessionals: boolean
  /** *Invisible au patient* (`INVISIBLE_PATIENT`), R-INVIS-1..3. */
  readonly invisibleToPatient: boolean
  /** *Invisible aux représentants légaux* (`INVISIBLE_REPRESENTANTS_LEGAUX`), R-MINOR-5. */
  readonly hiddenFromLegalRepresentatives: boolean
  /**
   * For an analysis a subcontracting laboratory performed: the FINESS of the originating laboratory, which
   * sends it (R-FEED-5, R-FEED-1 rev. 2).
   */
  readonly subcontractedBy?: string | undefined
}

// -------------------------------------------------------------------------------------
// record
// -------------------------------------------------------------------------------------

/** @since 0.1.0 */
export interface Patient {
  readonly birthDate: IsoDate
  readonly emancipated: boolean
  /**
   * *Majeur protégé*, R-MINOR-8. Since 0.2.0 the measure says who decides: `protectedAdult: true` needs
   * {@link Patient.protection} (a record without it is denied, and the codecs say what to write).
   */
  readonly protectedAdult: boolean
  /** The protection measure of a protected adult and whether it gives a representation relating to the person (R-MINOR-8, rev. 2). */
  readonly protection?: ProtectionMeasure | undefined
  /** National health identifier (*INS*); `qualified` after identity checks (R-FEED-1). */
  readonly ins?: { readonly qualified: boolean } | undefined
  readonly deceasedOn?: IsoDate | undefined
}

/**
 * A legal protection measure of an adult (C. civ. 425 ff.). `representationOfPerson`: the judgement (or the
 * mandate) gives the representative a representation relating to the person — only then does the representative
 * consent and manage the space for them (R-MINOR-8, C. civ. 459).
 *
 * @since 0.2.0
 */
export interface ProtectionMeasure {
  readonly measure: ProtectionMeasureKind
  readonly representationOfPerson: boolean
}

/** @since 0.2.0 */
export type ProtectionMeasureKind = 'curatelle' | 'tutelle' | 'habilitation-familiale' | 'mandat-protection-future' | 'sauvegarde-de-justice'

/** @since 0.2.0 */
export const PROTECTION_MEASURES: ReadonlyArray<ProtectionMeasureKind> = [
  'curatelle',
  'tutelle',
  'habilitation-familiale',
  'mandat-protection-future',
  'sauvegarde-de-justice',
]
deepFreeze(PROTECTION_MEASURES)

/**
 * The measures that can carry a representation relating to the person (R-MINOR-8 (b) rev. 3; C. civ. 459 al. 2,
 * 479, 494-1, 438, 440): a tutelle, a habilitation familiale, a mandat de protection future. A curatelle is
 * assistance, a sauvegarde de justice leaves the person their rights.
 *
 * @example
 * import { MEASURES_WITH_REPRESENTATION_OF_PERSON } from 'dmp-rules'
 * MEASURES_WITH_REPRESENTATION_OF_PERSON.includes('curatelle') // false
 *
 * @see R-MINOR-8
 * @since 0.3.0
 */
export const MEASURES_WITH_REPRESENTATION_OF_PERSON: ReadonlyArray<ProtectionMeasureKind> = Object.freeze(['tutelle', 'habilitation-familiale', 'mandat-protection-future'] as const)

/**
 * A legal representative listed on the record. `parent` and `guardian` (tuteur) represent a minor; for a protected
 * adult whose measure gives a representation of the person, whoever the judge named represents them, whatever
 * the role (`other` for a relative or a professional representative).
 *
 * @since 0.1.0
 */
export interface LegalRepresentative {
  readonly id: string
  readonly role: 'parent' | 'guardian' | 'other'
  /** The minor required that this representative accesses only with a doctor present (R-MINOR-6). */
  readonly doctorPresenceRequired: boolean
}

/** A block set by the patient on a professional or an establishment (R-AUTH-6, R-PATIENT-2). @since 0.1.0 */
export interface Block {
  readonly target: 'professional' | 'establishment'
  readonly id: string
  readonly from: IsoDate
  /** Last day of the block, inclusive; absent = still blocked. */
  readonly until?: IsoDate | undefined
}

/**
 * Access authorisation on this record (R-AUTH-5), of one professional or, since 0.2.0, of an establishment (the
 * consent recorded for its care team, R-CONSENT-1 rev. 2).
 *
 * @since 0.1.0
 */
export type Authorization =
  | { readonly professionalId: string; readonly status: AuthorizationStatus }
  | { readonly establishmentId: string; readonly status: AuthorizationStatus }

/** @since 0.2.0 */
export type AuthorizationStatus = 'valid' | 'expired' | 'forbidden'

/** The patient's emergency settings (R-EMERG-1..3); absent means all `true`. @since 0.1.0 */
export interface EmergencyAccess {
  readonly breakGlass: boolean
  readonly regulationCentre: boolean
  readonly maskedDocuments: boolean
}

/**
 * A patient's record: the DMP inside Mon espace santé.
 *
 * @since 0.1.0
 */
export interface HealthRecord {
  readonly patient: Patient
  readonly status: MesStatus
  /** *Médecins traitants DMP* declared by the patient. */
  readonly treatingDoctorIds: ReadonlyArray<string>
  readonly legalRepresentatives: ReadonlyArray<LegalRepresentative>
  readonly blocks: ReadonlyArray<Block>
  readonly authorizations: ReadonlyArray<Authorization>
  readonly documents: ReadonlyArray<HealthDocument>
  readonly emergencyAccess?: EmergencyAccess | undefined
}

// -------------------------------------------------------------------------------------
// requests
// -------------------------------------------------------------------------------------

/**
 * Every action the library decides.
 *
 * @since 0.1.0
 */
export const ACTIONS = [
  'consult',
  'view',
  'mask',
  'unmask',
  'delete',
  'feed',
  'make-visible-to-patient',
  'make-invisible-to-patient',
  'view-history',
  'block',
  'share-profile',
  'modify',
  'close',
  'hide-from-representatives',
  'require-doctor-presence',
] as const
deepFreeze(ACTIONS)

/** @since 0.1.0 */
export type Action = (typeof ACTIONS)[number]

// INVARIANT: the one list of document actions; `DocumentAction` and `DOCUMENT_ACTIONS` are read from it.
const DOCUMENT_ACTION_LIST = [
  'view',
  'mask',
  'unmask',
  'delete',
  'feed',
  'make-visible-to-patient',
  'make-invisible-to-patient',
  'modify',
  'hide-from-representatives',
] as const satisfies ReadonlyArray<Action>

/**
 * An action on one document: the request must carry `document` ({@link DOCUMENT_ACTIONS}).
 *
 * @example
 * import type { DocumentAction } from 'dmp-rules'
 * const action: DocumentAction = 'mask'
 *
 * @since 0.2.0
 */
export type DocumentAction = (typeof DOCUMENT_ACTION_LIST)[number]

/** Actions on one document: the request must carry `document`. @since 0.1.0 */
export const DOCUMENT_ACTIONS: ReadonlyArray<Action> = DOCUMENT_ACTION_LIST
deepFreeze(DOCUMENT_ACTIONS)

/**
 * The actions on a document OF THE RECORD: every document action but `feed` (whose document is new). The record's
 * copy of the document decides them; `allowedActions` decides them all at once.
 *
 * @example
 * import { RECORD_DOCUMENT_ACTIONS } from 'dmp-rules'
 * RECORD_DOCUMENT_ACTIONS.join(', ') // 'view, mask, unmask, delete, make-visible-to-patient, make-invisible-to-patient, modify, hide-from-representatives'
 *
 * @since 0.2.0
 */
export const RECORD_DOCUMENT_ACTIONS = [
  'view',
  'mask',
  'unmask',
  'delete',
  'make-visible-to-patient',
  'make-invisible-to-patient',
  'modify',
  'hide-from-representatives',
] as const satisfies ReadonlyArray<Exclude<DocumentAction, 'feed'>>
deepFreeze(RECORD_DOCUMENT_ACTIONS)

/**
 * An action on a document of the record ({@link RECORD_DOCUMENT_ACTIONS}).
 *
 * @example
 * import type { RecordDocumentAction } from 'dmp-rules'
 * const action: RecordDocumentAction = 'unmask'
 *
 * @since 0.2.0
 */
export type RecordDocumentAction = (typeof RECORD_DOCUMENT_ACTIONS)[number]

/** Access mode (TRE_R248 *ModeAcces*), R-EMERG-1..2. @since 0.1.0 */
export type AccessMode = 'normal' | 'break-glass' | 'regulation-centre'

/** @since 0.1.0 */
export const ACCESS_MODES: ReadonlyArray<AccessMode> = ['normal', 'break-glass', 'regulation-centre']
deepFreeze(ACCESS_MODES)

/**
 * A question to the library: may `actor` do `action` on `record` at date `at`?
 * Missing booleans mean `false`.
 *
 * @since 0.1.0
 */
export interface Request {
  readonly action: Action
  readonly actor: Actor
  readonly record: HealthRecord
  readonly at: IsoDate
  /** Required for every action on one document ({@link DOCUMENT_ACTIONS}). */
  readonly document?: HealthDocument | undefined
  /**
   * The actor is in the care team (*équipe de soins*) of an episode of care in progress. Since 0.2.0 it no longer
   * opens the record alone: the team needs the patient's consent (R-CONSENT-1 rev., CE 2025-10-15 n° 490409).
   */
  readonly careTeam?: boolean | undefined
  /**
   * The professional takes part in the patient's care (R-ACTOR-3 rev. 2); a care-team member does by definition.
   * Absent = false for a professional outside the care team: explicit consent then does not open the record.
   */
  readonly participatesInCare?: boolean | undefined
  /**
   * Consent collected from the patient (or the representative who consents for them) for this consultation —
   * for a care-team member, the team's initial consent declared with this request.
   */
  readonly explicitConsent?: boolean | undefined
  /** The patient opposes this consultation (or, for feed, gave a reason the professional accepts). */
  readonly patientOpposes?: boolean | undefined
  /** The patient asked for this action (masking by a professional, hiding from legal representatives). */
  readonly atPatientRequest?: boolean | undefined
  /** A doctor is present (R-MINOR-6). */
  readonly inPresenceOfDoctor?: boolean | undefined
  /** Default `'normal'`. */
  readonly accessMode?: AccessMode | undefined
  /** Feeding interface (R-FEED-2), default `'v2'`. */
  readonly api?: 'v1' | 'v2' | undefined
  /** The Carte Vitale was read (R-FEED-2 with API v1). */
  readonly carteVitaleRead?: boolean | undefined
  /** Target of `share-profile` (R-MINOR-4). */
  readonly shareWith?: { readonly role: 'parent' | 'guardian' | 'other' } | undefined
  /** The legal representative an action is about: `require-doctor-presence` (R-MINOR-6). */
  readonly representativeId?: string | undefined
  /**
   * The holder (a protected adult) cannot express their will (R-MINOR-8 (c) rev. 3): only then does a
   * representative's act that widens access or ends the space (unmasking, closing) stand, and only then does a
   * representative's agreement count for the EHPAD coordinating doctor (R-ACTOR-8). Missing means `false`.
   *
   * @since 0.3.0
   */
  readonly holderCannotExpressWill?: boolean | undefined
}

/** A request without its action, for the named functions (`canConsult`, `canMask`…). @since 0.1.0 */
export type ActionlessRequest = Omit<Request, 'action'> & { readonly action?: Action | undefined }

// `document` is required for a document action, optional (and unused) for the others. Distributes over a union.
type DocumentOf<A extends Action> = A extends DocumentAction
  ? { readonly document: HealthDocument }
  : { readonly document?: HealthDocument | undefined }

/**
 * The request of the named function of action `A` (`canConsult`, `isVisibleTo`, `canMask`…): `action` may be
 * left out or be `A` itself, never another action; `document` is required for a document action. Since 0.2.0
 * the named functions take it instead of {@link ActionlessRequest}, so that `canConsult(deleteRequest)` or
 * `canMask` without a document does not compile. At run time, for callers that bypass the types, the function's
 * own action still decides and a missing document is denied.
 *
 * @example
 * import type { RequestFor } from 'dmp-rules'
 * const ask = (r: RequestFor<'mask'>) => r.document.id // `document` is there
 *
 * @since 0.2.0
 */
export type RequestFor<A extends Action> = A extends Action
  ? Omit<Request, 'action' | 'document'> & { readonly action?: A | undefined } & DocumentOf<A>
  : never

/**
 * A {@link Request} whose action is `A` (one of `A` for a union), with the `document` a document action requires;
 * just `Request` for `A = Action`. What `arbRequest({ action })` of `dmp-rules/testing` generates.
 *
 * @example
 * import type { RequestOf } from 'dmp-rules'
 * const viewed = (r: RequestOf<'view'>) => r.document.id // `document` is there
 *
 * @since 0.2.0
 */
export type RequestOf<A extends Action> = [Action] extends [A]
  ? Request
  : A extends Action
    ? Omit<Request, 'action' | 'document'> & { readonly action: A } & DocumentOf<A>
    : never
