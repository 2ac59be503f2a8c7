// The `feed` action (issue 4): R-FEED-1..3, R-CONSENT-6, 7, R-INVIS-1, R-INVIS-3, R-MINOR-5, R-MASK-3, A-1,
// R-STATUS-2..4, on their boundaries.
import { describe, expect, it } from 'vitest'
import type { HealthDocument } from '../../src/domain/types.js'
import {
  AT,
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  expectAllowed,
  expectDenied,
  minorRecord,
  mum,
  nurse,
  obligations,
  patient,
  patientsDocument,
  reasons,
  remedies,
  socialWorker,
  thirdParties,
} from './document-actions.fixtures.js'

const newDoc: HealthDocument = { ...doctorsDocument, id: 'new-1', addedOn: AT }
/** A professional feeds as one who takes part in the care (R-ACTOR-3 rev. 2), unless `rest` says otherwise. */
const feed = (actor: Parameters<typeof decideOn>[1], record = adultRecord, rest: Parameters<typeof decideOn>[3] = {}) =>
  decideOn('feed', actor, record, { document: newDoc, participatesInCare: true, ...rest })

describe('feed (R-FEED-1..3)', () => {
  it('allows the author doctor to feed their document, with a qualified INS (R-FEED-1)', () => {
    expectAllowed(feed(doctor), 'R-FEED-1:PROFESSIONAL_FEEDS_OWN_DOCUMENT')
  })

  it('denies a professional feeding a document authored by someone else (R-FEED-1)', () => {
    expectDenied(feed(nurse), 'R-FEED-1:FEED_AUTHOR_MUST_BE_ACTOR')
  })

  it('denies feeding without the INS, and with an unqualified INS from 2023-01-01 but not on 2022-12-31 (R-FEED-1)', () => {
    const { ins: _ins, ...patientWithoutIns } = adultRecord.patient
    const without = { ...adultRecord, patient: patientWithoutIns }
    expectDenied(feed(doctor, without), 'R-FEED-1:INS_REQUIRED')
    expect(remedies(feed(doctor, without))).toContain('R-FEED-1:QUALIFY_INS')
    const unqualified = { ...adultRecord, patient: { ...adultRecord.patient, ins: { qualified: false } } }
    const on = (at: string) => feed(doctor, unqualified, { at, document: { ...newDoc, addedOn: at } })
    expect(on('2022-12-31').allowed).toBe(true)
    expectDenied(on('2023-01-01'), 'R-FEED-1:QUALIFIED_INS_REQUIRED')
  })

  it('denies a professional who takes no part in the care, even as the author and with consent (R-ACTOR-3, R-FEED-1)', () => {
    const d = feed(doctor, adultRecord, { participatesInCare: false, explicitConsent: true })
    expect(d.allowed).toBe(false)
    expect(reasons(d)).toEqual(['R-ACTOR-3:NOT_PARTICIPATING_IN_CARE'])
  })

  it('lets a médico-social professional of the care team with a role feed their own document; without a role or outside the care team, denied (R-ACTOR-4, R-FEED-1)', () => {
    const own = { ...newDoc, author: { kind: 'professional' as const, id: 'ms-1' } }
    const d = decideOn('feed', socialWorker, adultRecord, { document: own, careTeam: true })
    expectAllowed(d, 'R-FEED-1:PROFESSIONAL_FEEDS_OWN_DOCUMENT')
    expect(reasons(d)).toContain('R-ACTOR-4:MEDICO_SOCIAL_IN_CARE_TEAM')
    const { role: _role, ...noRole } = socialWorker
    expectDenied(decideOn('feed', noRole, adultRecord, { document: own, careTeam: true }), 'R-ACTOR-4:MEDICO_SOCIAL_ROLE_MISSING')
    expectDenied(decideOn('feed', socialWorker, adultRecord, { document: own, participatesInCare: true }), 'R-ACTOR-4:MEDICO_SOCIAL_CARE_TEAM_ONLY')
  })

  it('allows API v1 with the Carte Vitale read until 2023-12-30 and refuses it from 2023-12-31; v2 needs no card (R-FEED-2)', () => {
    const on = (at: string, rest: Parameters<typeof decideOn>[3]) => feed(doctor, adultRecord, { at, document: { ...newDoc, addedOn: at }, ...rest })
    expect(on('2023-12-30', { api: 'v1', carteVitaleRead: true }).allowed).toBe(true)
    expectDenied(on('2023-12-31', { api: 'v1', carteVitaleRead: true }), 'R-FEED-2:API_V1_RETIRED')
    expect(remedies(on('2023-12-31', { api: 'v1', carteVitaleRead: true }))).toContain('R-FEED-2:USE_API_V2')
    expectDenied(on('2023-12-30', { api: 'v1' }), 'R-FEED-2:CARTE_VITALE_READ_REQUIRED')
    expect(on('2023-12-31', { api: 'v2' }).allowed).toBe(true)
    expect(on('2023-12-31', {}).allowed).toBe(true) // default v2
  })

  it('denies an unknown feeding interface (R-FEED-2)', () => {
    expectDenied(feed(doctor, adultRecord, { api: 'v3' as never }), 'R-FEED-2:UNKNOWN_API')
  })

  it('lets the patient add their own document, and the parent of a minor theirs; not one authored by another (R-FEED-3)', () => {
    expectAllowed(decideOn('feed', patient, adultRecord, { document: { ...patientsDocument, addedOn: AT } }), 'R-FEED-3:PATIENT_ADDS_OWN_DOCUMENT')
    const mumsDoc: HealthDocument = { ...newDoc, author: { kind: 'legal-representative', id: 'mum' } }
    expectAllowed(decideOn('feed', mum, minorRecord, { document: mumsDoc }), 'R-FEED-3:PATIENT_ADDS_OWN_DOCUMENT')
    expectDenied(decideOn('feed', patient, adultRecord, { document: newDoc }), 'R-FEED-3:FEED_AUTHOR_MUST_BE_ACTOR')
    expectDenied(decideOn('feed', mum, minorRecord, { document: { ...mumsDoc, author: { kind: 'legal-representative', id: 'tutor' } } }), 'R-FEED-3:FEED_AUTHOR_MUST_BE_ACTOR')
  })

  it('denies every third party feeding (R-FEED-3, R-ACTOR)', () => {
    for (const actor of thirdParties) {
      const d = decideOn('feed', actor, adultRecord, { document: { ...patientsDocument, addedOn: AT } })
      expect(d.allowed).toBe(false)
      expect(reasons(d)).toContain('R-FEED-3:NOT_A_CARE_ACTOR')
    }
  })
})

describe('feed: information and opposition (R-CONSENT-6, R-CONSENT-7)', () => {
  it('obliges the professional to inform the patient beforehand, and needs no consent (R-CONSENT-6)', () => {
    const d = feed(doctor)
    expect(d.allowed).toBe(true)
    expect(obligations(d)).toContain('R-CONSENT-6:INFORM_PATIENT_BEFORE_FEEDING')
    expect(obligations(decideOn('feed', patient, adultRecord, { document: { ...patientsDocument, addedOn: AT } }))).not.toContain(
      'R-CONSENT-6:INFORM_PATIENT_BEFORE_FEEDING',
    )
  })

  it('denies the feeding when the patient opposed it for a reason the professional accepts (R-CONSENT-7)', () => {
    expectDenied(feed(doctor, adultRecord, { patientOpposes: true }), 'R-CONSENT-7:FEEDING_OPPOSED_LEGITIMATE_REASON')
    expect(feed(doctor, adultRecord, { patientOpposes: false }).allowed).toBe(true)
  })
})

describe('feed: flags set at feeding (R-INVIS-1, R-INVIS-3, R-MINOR-5, R-MASK-3)', () => {
  it('lets a professional feed a document invisible to the patient, with its legal timeline; never the patient (R-INVIS-1)', () => {
    const invisible = { ...newDoc, invisibleToPatient: true }
    const d = feed(doctor, adultRecord, { document: invisible })
    expect(d.allowed).toBe(true)
    expect(obligations(d)).toContain('R-INVIS-3:INVISIBILITY_LAPSES_AFTER_ONE_MONTH')
    const own = { ...patientsDocument, addedOn: AT, invisibleToPatient: true }
    expectDenied(decideOn('feed', patient, adultRecord, { document: own }), 'R-INVIS-1:ONLY_PROFESSIONAL_MAKES_INVISIBLE')
  })

  it('hides a document from the legal representatives only by a professional, for a non-emancipated minor who asked (R-MINOR-5)', () => {
    const hidden = { ...newDoc, hiddenFromLegalRepresentatives: true }
    expectAllowed(feed(doctor, minorRecord, { document: hidden, atPatientRequest: true }), 'R-MINOR-5:FED_HIDDEN_FROM_REPRESENTATIVES')
    expectDenied(feed(doctor, minorRecord, { document: hidden }), 'R-MINOR-5:HIDE_FROM_REPRESENTATIVES_NEEDS_MINOR_REQUEST')
    expectDenied(feed(doctor, adultRecord, { document: hidden, atPatientRequest: true }), 'R-MINOR-5:HIDE_FROM_REPRESENTATIVES_ONLY_FOR_MINOR')
    const emancipated = { ...minorRecord, patient: { ...minorRecord.patient, emancipated: true } }
    expectDenied(feed(doctor, emancipated, { document: hidden, atPatientRequest: true }), 'R-MINOR-5:HIDE_FROM_REPRESENTATIVES_ONLY_FOR_MINOR')
    const mumsHidden: HealthDocument = { ...hidden, author: { kind: 'legal-representative', id: 'mum' } }
    expectDenied(decideOn('feed', mum, minorRecord, { document: mumsHidden }), 'R-MINOR-5:HIDE_FROM_REPRESENTATIVES_ONLY_BY_PROFESSIONAL')
  })

  it('hides from the representatives up to the eve of the 18th birthday, not on it (R-MINOR-5)', () => {
    const hidden = { ...newDoc, hiddenFromLegalRepresentatives: true }
    const on = (at: string) => feed(doctor, minorRecord, { at, document: { ...hidden, addedOn: at }, atPatientRequest: true })
    expect(on('2030-08-31').allowed).toBe(true)
    expectDenied(on('2030-09-01'), 'R-MINOR-5:HIDE_FROM_REPRESENTATIVES_ONLY_FOR_MINOR')
  })

  it('lets a professional feed a masked document only at the patient\'s request (R-MASK-3)', () => {
    const masked = { ...newDoc, maskedFromProfessionals: true }
    expectDenied(feed(doctor, adultRecord, { document: masked }), 'R-MASK-3:MASK_NEEDS_PATIENT_REQUEST')
    expectAllowed(feed(doctor, adultRecord, { document: masked, atPatientRequest: true }), 'R-MASK-3:PROFESSIONAL_MASKS_AT_PATIENT_REQUEST')
    expect(decideOn('feed', patient, adultRecord, { document: { ...patientsDocument, addedOn: AT, maskedFromProfessionals: true } }).allowed).toBe(true)
  })
})

describe('feed in an emergency access mode (R-EMERG-1, R-EMERG-2)', () => {
  it('denies feeding in break-glass on a patient who refused that mode beforehand, not on one who accepted it (R-EMERG-1)', () => {
    const refused = { ...adultRecord, emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }
    expectDenied(feed(doctor, refused, { accessMode: 'break-glass' }), 'R-EMERG-1:BREAK_GLASS_FEEDING_REFUSED_BY_PATIENT')
    expect(feed(doctor, adultRecord, { accessMode: 'break-glass' }).allowed).toBe(true)
  })

  it('denies feeding in the regulation-centre mode, which only consults (R-EMERG-2)', () => {
    // design/RULES.md R-EMERG-2: the regulating doctor "may consult (only consult)"; /tmp/rev2-contract.md D16:
    // "no feeding in regulation-centre mode (REGULATION_CENTRE_CONSULTS_ONLY)".
    expectDenied(feed(doctor, adultRecord, { accessMode: 'regulation-centre' }), 'R-EMERG-2:REGULATION_CENTRE_CONSULTS_ONLY')
  })
})

describe('feed: blocks and authentication (A-1, R-AUTH-1)', () => {
  it('lets a blocked professional still feed, naming the block, from its first day to its last (A-1)', () => {
    const blocked = { ...adultRecord, blocks: [{ target: 'professional' as const, id: 'dr-1', from: '2024-06-15', until: '2024-06-20' }] }
    expectAllowed(feed(doctor, blocked), 'A-1:BLOCKED_PROFESSIONAL_STILL_FEEDS')
    expectAllowed(feed(doctor, blocked, { at: '2024-06-20', document: { ...newDoc, addedOn: '2024-06-20' } }), 'A-1:BLOCKED_PROFESSIONAL_STILL_FEEDS')
    expect(reasons(feed(doctor, blocked, { at: '2024-06-14' }))).not.toContain('A-1:BLOCKED_PROFESSIONAL_STILL_FEEDS')
    const forbidden = { ...adultRecord, authorizations: [{ professionalId: 'dr-1', status: 'forbidden' as const }] }
    expect(feed(doctor, forbidden).allowed).toBe(true)
  })

  it('denies an unauthenticated professional (R-AUTH-1)', () => {
    expectDenied(feed({ ...doctor, authentication: 'none' }), 'R-AUTH-1:AUTHENTICATION_REQUIRED')
  })
})

describe('feed and the status of the space (R-STATUS-2..4)', () => {
  it('a deactivated space: professionals still feed, the patient does not (R-STATUS-2)', () => {
    const deactivated = { ...adultRecord, status: { kind: 'deactivated' as const } }
    expectAllowed(feed(doctor, deactivated), 'R-STATUS-2:MES_DEACTIVATED_PROFESSIONALS_CONTINUE')
    expectDenied(decideOn('feed', patient, deactivated, { document: { ...patientsDocument, addedOn: AT } }), 'R-STATUS-2:MES_DEACTIVATED')
  })

  it('a closed space: nobody feeds (R-STATUS-3)', () => {
    const closed = { ...adultRecord, status: { kind: 'closed' as const, on: '2024-01-01' } }
    expectDenied(feed(doctor, closed), 'R-STATUS-3:MES_CLOSED')
    expectDenied(decideOn('feed', patient, closed, { document: { ...patientsDocument, addedOn: AT } }), 'R-STATUS-3:MES_CLOSED')
  })

  it('a deleted space: nobody feeds (R-STATUS-4)', () => {
    const deleted = { ...adultRecord, status: { kind: 'deleted' as const, on: '2024-01-01' } }
    expectDenied(feed(doctor, deleted), 'R-STATUS-4:MES_DELETED')
    expectDenied(decideOn('feed', patient, deleted, { document: { ...patientsDocument, addedOn: AT } }), 'R-STATUS-4:MES_DELETED')
  })
})
