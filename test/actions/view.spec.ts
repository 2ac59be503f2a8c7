// `view` (isVisibleTo) and visibleDocuments: the matrix (R-AUTH-7), the author (R-AUTH-8), masking
// (R-MASK-2, R-EMERG-3), invisibility to the patient (R-INVIS-1, R-INVIS-3, A-2) and documents hidden from
// the legal representatives (R-MINOR-5), on top of the consultation rules.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MATRIX, decide, isVisibleTo as isVisibleToOnRecord, visibleDocuments } from '../../src/index.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import type { HealthDocument, HealthRecord, Request } from '../../src/domain/types.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import {
  AFTER_18,
  AT,
  DAY_OF_16,
  DAY_OF_18,
  EVE_OF_18,
  adultRecord,
  careTeamRequest,
  doc,
  doctor,
  minorRecord,
  mum,
  nurse,
  obligationsOf,
  open,
  remediesOf,
  report,
  rulesOf,
  why,
  ofRecord,
} from './consult-view.fixtures.js'

// Every document of these cases is a document of the record.
const isVisibleTo: typeof isVisibleToOnRecord = (request, options) => isVisibleToOnRecord(ofRecord(request), options)

const masked = doc({ id: 'masked', maskedFromProfessionals: true })
const invisible = doc({ id: 'invisible', invisibleToPatient: true }) // fed 2024-05-15: lapses on 2024-06-15
const hidden = doc({ id: 'hidden', hiddenFromLegalRepresentatives: true })
const holder = { kind: 'patient' } as const

const view = (over: Partial<Omit<Request, 'action'>> & { readonly document: HealthDocument }, options = open) =>
  isVisibleTo(careTeamRequest(over), options)

describe('view — the authorisation matrix (R-AUTH-7)', () => {
  const labOnly: AuthorizationMatrix = {
    version: 'test',
    grants: [
      { profession: 'infirmier', typeCodes: ['11502-2'] },
      { profession: 'medecin', specialty: 'SM26', typeCodes: '*' },
    ],
  }

  it('shows a type the matrix grants to the profession (R-AUTH-7)', () => {
    const d = view({ actor: nurse, document: doc({ typeCode: '11502-2' }) }, { matrix: labOnly })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE')
  })

  it('hides a type the matrix does not grant (R-AUTH-7)', () => {
    const d = view({ actor: nurse, document: doc({ typeCode: '11488-4' }) }, { matrix: labOnly })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE'])
  })

  it('grants by specialty: the granted specialty sees, another specialty or none does not (R-AUTH-7)', () => {
    const options = { matrix: labOnly }
    expect(view({ actor: { ...doctor, specialty: 'SM26' }, document: report }, options).allowed).toBe(true)
    expect(view({ actor: { ...doctor, specialty: 'SM04' }, document: report }, options).allowed).toBe(false)
    expect(view({ actor: doctor, document: report }, options).allowed).toBe(false)
  })

  it('grants médico-social staff by the column of their role; an actor without a role sees nothing (R-AUTH-7, R-ACTOR-4)', () => {
    const byRole: AuthorizationMatrix = {
      version: 'roles',
      grants: [
        { profession: 'medico-social', role: 'social-worker', typeCodes: ['60591-5'] },
        { profession: 'medico-social', role: 'coordination', typeCodes: ['11502-2'] },
      ],
    }
    const worker = { ...nurse, profession: 'medico-social' as const, role: 'social-worker' as const }
    const options = { matrix: byRole }
    const seen = view({ actor: worker, document: doc({ typeCode: '60591-5' }) }, options)
    expect(seen.allowed).toBe(true)
    expect(why(seen)).toContain('R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE')
    expect(why(view({ actor: worker, document: doc({ typeCode: '11502-2' }) }, options))).toEqual(['R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE'])
    const { role: _role, ...noRole } = worker
    expect(view({ actor: noRole, document: doc({ typeCode: '60591-5' }) }, options).allowed).toBe(false)
  })

  it('uses the bundled matrix when options.matrix is absent, and a gap in it hides (R-AUTH-7)', () => {
    const bundled = compileMatrix(DEFAULT_MATRIX)
    for (const actor of [doctor, nurse])
      for (const typeCode of ['11488-4', '11502-2', '60591-5', 'not-a-loinc-code']) {
        const d = isVisibleTo(careTeamRequest({ actor, document: doc({ typeCode }) }))
        expect(d).toEqual(isVisibleTo(careTeamRequest({ actor, document: doc({ typeCode }) }), { matrix: DEFAULT_MATRIX }))
        expect(d.allowed).toBe(bundled.grants(actor.profession, actor.specialty, typeCode))
      }
  })

  it('applies in an emergency too (R-AUTH-7)', () => {
    const d = isVisibleTo({ actor: nurse, record: adultRecord, at: AT, accessMode: 'break-glass', document: report }, { matrix: labOnly })
    expect(rulesOf(d)).toEqual(['R-AUTH-7'])
  })

  it('does not concern the patient side (R-AUTH-7)', () => {
    const d = isVisibleTo({ actor: holder, record: adultRecord, at: AT, document: report }, { matrix: { version: 'empty', grants: [] } })
    expect(d.allowed).toBe(true)
    expect(rulesOf(d)).not.toContain('R-AUTH-7')
  })
})

describe('view — the author (R-AUTH-8)', () => {
  const own = doc({ author: { kind: 'professional', id: doctor.id }, typeCode: 'x-unlisted' })
  const none = { matrix: { version: 'empty', grants: [] } }

  it('shows the author their document even when the matrix does not grant its type (R-AUTH-8)', () => {
    const d = view({ document: own }, none)
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-AUTH-8:AUTHOR_SEES_DOCUMENT')
  })

  it('only when the author may consult the record: blocked, without consent or on a closed space, denied (R-AUTH-8)', () => {
    const blocked: HealthRecord = { ...adultRecord, blocks: [{ target: 'professional', id: doctor.id, from: '2024-01-01' }] }
    expect(rulesOf(view({ document: own, record: blocked }, none))).toEqual(['R-AUTH-6'])
    expect(rulesOf(view({ document: own, explicitConsent: false }, none))).toEqual(['R-CONSENT-1'])
    expect(rulesOf(view({ document: own, careTeam: false, participatesInCare: true, explicitConsent: false }, none))).toEqual(['R-CONSENT-2'])
    const closed: HealthRecord = { ...adultRecord, status: { kind: 'closed', on: '2024-01-01' } }
    expect(rulesOf(view({ document: own, record: closed }, none))).toEqual(['R-STATUS-3'])
  })

  it('is a matter of the author id, not of the establishment (R-AUTH-8)', () => {
    const colleague = doc({ author: { kind: 'professional', id: 'dr-2', establishmentId: 'est-1' }, typeCode: 'x-unlisted' })
    expect(view({ document: colleague }, none).allowed).toBe(false)
  })
})

describe('view — masked documents (R-MASK-2)', () => {
  it('hides a masked document from a professional who is neither its author nor a treating doctor (R-MASK-2)', () => {
    const d = view({ actor: nurse, document: masked })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'])
    expect(remediesOf(d)).toEqual(['ASK_PATIENT_TO_UNMASK'])
  })

  it('shows it to its author (R-MASK-2)', () => {
    const d = view({ actor: nurse, document: { ...masked, author: { kind: 'professional', id: nurse.id } } })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MASK-2:MASKED_VISIBLE_TO_AUTHOR')
  })

  it('shows it to a declared treating doctor, still within the matrix (R-MASK-2)', () => {
    const record: HealthRecord = { ...adultRecord, treatingDoctorIds: [doctor.id] }
    const d = view({ record, document: masked })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MASK-2:MASKED_VISIBLE_TO_TREATING_DOCTOR')
    expect(view({ record, document: masked }, { matrix: { version: 'empty', grants: [] } }).allowed).toBe(false)
  })

  it('shows it to a professional of the establishment that placed it (the author’s), not to one of another establishment (R-MASK-2)', () => {
    const placed = { ...masked, author: { kind: 'professional' as const, id: 'dr-2', establishmentId: nurse.establishmentId ?? '' } }
    const d = view({ actor: nurse, document: placed })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MASK-2:MASKED_VISIBLE_TO_PLACING_ESTABLISHMENT')
    expect(why(view({ actor: doctor, document: placed }))).toEqual(['R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'])
    const { establishmentId: _none, ...freelance } = nurse
    expect(view({ actor: freelance, document: { ...masked, author: { kind: 'professional', id: 'dr-2' } } }).allowed).toBe(false)
  })

  it('does not count a non-doctor listed as treating doctor, nor an undeclared doctor (R-MASK-2)', () => {
    const record: HealthRecord = { ...adultRecord, treatingDoctorIds: [nurse.id] }
    expect(view({ actor: nurse, record, document: masked }).allowed).toBe(false)
    expect(view({ document: masked }).allowed).toBe(false)
  })

  it('shows a masked document to the patient and to a legal representative (R-MASK-2)', () => {
    expect(isVisibleTo({ actor: holder, record: adultRecord, at: AT, document: masked }, open).allowed).toBe(true)
    expect(isVisibleTo({ actor: mum, record: minorRecord, at: AT, document: masked }, open).allowed).toBe(true)
  })
})

describe('view — masked documents in an emergency (R-EMERG-3)', () => {
  const emergency = (record: HealthRecord, accessMode: 'break-glass' | 'regulation-centre' = 'break-glass') =>
    isVisibleTo({ actor: doctor, record, at: AT, accessMode, document: masked }, open)
  const settings = (maskedDocuments: boolean): HealthRecord => ({
    ...adultRecord,
    emergencyAccess: { breakGlass: true, regulationCentre: true, maskedDocuments },
  })

  it.each(['break-glass', 'regulation-centre'] as const)('shows masked documents in %s access when the patient did not refuse it (R-EMERG-3)', (mode) => {
    for (const record of [adultRecord, settings(true)]) {
      const d = emergency(record, mode)
      expect(d.allowed).toBe(true)
      expect(why(d)).toContain('R-EMERG-3:MASKED_SHOWN_IN_EMERGENCY')
    }
  })

  it('hides them when the patient refused masked documents in an emergency (R-EMERG-3)', () => {
    const d = emergency(settings(false))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-EMERG-3:MASKED_REFUSED_IN_EMERGENCY', 'R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'])
  })

  it('does not show masked documents to a normal access, even with consent (R-EMERG-3)', () => {
    expect(view({ document: masked, explicitConsent: true }).allowed).toBe(false)
  })

  it('lets blocks win over the emergency (R-EMERG-3)', () => {
    const record: HealthRecord = { ...adultRecord, blocks: [{ target: 'establishment', id: 'est-1', from: '2024-06-15', until: '2024-06-15' }] }
    const d = emergency(record)
    expect(d.allowed).toBe(false)
    expect(rulesOf(d)).toEqual(['R-AUTH-6'])
  })

  it('leaves the treating doctor and the author to R-MASK-2 even when the patient refused (R-EMERG-3)', () => {
    const record: HealthRecord = { ...settings(false), treatingDoctorIds: [doctor.id] }
    const d = emergency(record)
    expect(d.allowed).toBe(true)
    expect(rulesOf(d)).not.toContain('R-EMERG-3')
  })
})

describe('view — invisible to the patient (R-INVIS-1, R-INVIS-3, A-2)', () => {
  it('shows a document invisible to the patient to an authorised professional (R-INVIS-1)', () => {
    const d = view({ actor: nurse, document: invisible })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-INVIS-1:VISIBLE_TO_PROFESSIONALS_THOUGH_INVISIBLE_TO_PATIENT')
  })

  it('does not show it to an unauthorised professional (R-INVIS-1)', () => {
    expect(view({ actor: nurse, careTeam: false, document: invisible }).allowed).toBe(false)
  })

  it('hides it from the patient, with the remedies to have it made visible or to wait (R-INVIS-1)', () => {
    const d = isVisibleTo({ actor: holder, record: adultRecord, at: '2024-06-01', document: invisible }, open)
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-INVIS-1:DOCUMENT_INVISIBLE_TO_PATIENT'])
    expect(remediesOf(d)).toEqual(['ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'WAIT_FOR_AUTOMATIC_VISIBILITY'])
  })

  it.each([
    ['2024-05-15', false],
    ['2024-06-14', false],
    ['2024-06-15', true],
    ['2024-06-16', true],
  ] as const)('fed 2024-05-15: visible to the patient at %s = %s (one month, R-INVIS-3)', (at, visible) => {
    const d = isVisibleTo({ actor: holder, record: adultRecord, at, document: invisible }, open)
    expect(d.allowed).toBe(visible)
    expect(rulesOf(d)).toContain(visible ? 'R-INVIS-3' : 'R-INVIS-1')
  })

  it.each([
    ['2024-02-28', false],
    ['2024-02-29', true],
    ['2024-03-01', true],
  ] as const)('fed 2024-01-31: the month ends on the last day of February, visible at %s = %s (R-INVIS-3)', (at, visible) => {
    const d = isVisibleTo({ actor: holder, record: adultRecord, at, document: doc({ invisibleToPatient: true, addedOn: '2024-01-31' }) }, open)
    expect(d.allowed).toBe(visible)
  })

  it('keeps a document with an impossible feeding date invisible (fail closed) (R-INVIS-3)', () => {
    const d = isVisibleTo({ actor: holder, record: adultRecord, at: AT, document: doc({ invisibleToPatient: true, addedOn: '2024-02-30' }) }, open)
    expect(d.allowed).toBe(false)
  })

  it.each([
    ['2024-06-14', false],
    ['2024-06-15', true],
    ['2024-06-16', true],
  ] as const)('legal representatives see what the patient sees: at %s the invisible document is visible = %s (A-2)', (at, visible) => {
    const d = isVisibleTo({ actor: mum, record: minorRecord, at, document: invisible }, open)
    expect(d.allowed).toBe(visible)
    if (!visible) {
      expect(why(d)).toEqual(['A-2:INVISIBLE_TO_PATIENT_SO_TO_REPRESENTATIVES'])
      expect(remediesOf(d)).toEqual(['ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'WAIT_FOR_AUTOMATIC_VISIBILITY'])
    } else expect(rulesOf(d)).toContain('R-INVIS-3')
  })

  it('legal representatives see an ordinary document as the patient would (A-2)', () => {
    const d = isVisibleTo({ actor: mum, record: minorRecord, at: AT, document: report }, open)
    expect(d.allowed).toBe(true)
    expect(rulesOf(d)).not.toContain('A-2')
  })
})

describe('view — hidden from the legal representatives (R-MINOR-5)', () => {
  it('never shows it to a legal representative (R-MINOR-5)', () => {
    for (const at of [AT, '2024-12-31']) {
      const d = isVisibleTo({ actor: mum, record: minorRecord, at, document: hidden }, open)
      expect(d.allowed).toBe(false)
      expect(why(d)).toEqual(['R-MINOR-5:HIDDEN_FROM_LEGAL_REPRESENTATIVES'])
    }
  })

  it('shows it to an authorised professional with the hidden-from-representatives notice (R-MINOR-5)', () => {
    const d = view({ record: minorRecord, document: hidden })
    expect(d.allowed).toBe(true)
    expect(d.allowed && d.obligations.filter((o) => o.rule === 'R-MINOR-5').map((o) => o.code)).toEqual([
      'SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE',
    ])
  })

  it('does not add the notice to a document not hidden (R-MINOR-5)', () => {
    expect(obligationsOf(view({ record: minorRecord, document: report }))).not.toContain('SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE')
  })

  it('shows it to an emancipated minor (R-MINOR-5)', () => {
    const record: HealthRecord = { ...minorRecord, patient: { ...minorRecord.patient, emancipated: true } }
    expect(isVisibleTo({ actor: holder, record, at: DAY_OF_16, document: hidden }, open).allowed).toBe(true)
  })

  it.each([
    [EVE_OF_18, false],
    [DAY_OF_18, true],
    [AFTER_18, true],
  ] as const)('at majority the holder sees the whole history, hidden documents included: at %s = %s (R-MINOR-7)', (at, visible) => {
    expect(isVisibleTo({ actor: holder, record: minorRecord, at, document: hidden }, open).allowed).toBe(visible)
  })

  it('keeps it from a representative who is also its author (fail closed) (R-MINOR-5)', () => {
    const own = { ...hidden, author: { kind: 'legal-representative' as const, id: 'mum' } }
    expect(isVisibleTo({ actor: mum, record: minorRecord, at: AT, document: own }, open).allowed).toBe(false)
  })
})

describe('visibleDocuments', () => {
  const record: HealthRecord = { ...adultRecord, documents: [report, masked, invisible, hidden] }

  it('decides view for every document of the record, in record order, as decide does (R-MASK-2)', () => {
    const request = careTeamRequest({ actor: nurse, record })
    const out = visibleDocuments(request, open)
    expect(out.map((x) => x.document.id)).toEqual(['doc-1', 'masked', 'invisible', 'hidden'])
    expect(out.map((x) => x.decision.allowed)).toEqual([true, false, true, true])
    for (const { document, decision } of out) expect(decision).toEqual(decide({ ...request, action: 'view', document }, open))
  })

  it('for the patient, hides the invisible document until the lapse (R-INVIS-1)', () => {
    const at = '2024-06-14'
    expect(visibleDocuments({ actor: holder, record, at }, open).map((x) => x.decision.allowed)).toEqual([true, true, false, true])
  })

  it('ignores the request document and its action (R-AUTH-7)', () => {
    // Not a RecordRequest literal (since 0.3.0 its type has no action nor document): a caller's value that has them.
    const withActionAndDocument = { ...careTeamRequest({ record }), action: 'delete' as const, document: masked }
    const out = visibleDocuments(withActionAndDocument, open)
    expect(out).toHaveLength(4)
    expect(out[0]?.decision.allowed).toBe(true)
  })

  it('denies every document to a third party (R-ACTOR-1)', () => {
    const out = visibleDocuments({ actor: { kind: 'third-party', party: 'employer' }, record, at: AT, careTeam: true }, open)
    expect(out.every((x) => !x.decision.allowed && rulesOf(x.decision).includes('R-ACTOR-1'))).toBe(true)
  })
})
