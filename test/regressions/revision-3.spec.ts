// Issue 20: catalogue revision 3 (0.3.0), one regression per Revision 3 item, named after its rule id. Each case
// (test/regressions/revision-3-cases.ts, plain data) is decided by the engine and must give the 0.3.0 answer below:
// allowed or denied, and exactly these reasons (rule:code, sorted as the decision sorts them).
//
// `answer020` is what 0.2.0 answered (for the record, not asserted): the same cases run on commit 2067f3a with
//   git worktree add --detach ../i20-base 2067f3a && ln -s /work/main/node_modules ../i20-base/node_modules
//   # copy revision-3-cases.ts there and print decide(request, { matrix }) / canRequestPostMortemAccess(request)
//
// The reference model (test/reference/model.ts) is written apart from the catalogue (issue 20, branch i20m): its
// agreement with these answers is the differential test's job once both branches are merged, so these tests assert
// the engine only.
import { describe, expect, it } from 'vitest'
import { decodeRecord, decodeMatrix } from '../../src/codecs/index.js'
import { canRequestPostMortemAccess, decide, type Decision, type Request } from '../../src/index.js'
import { CASES, MATRIX_WITH_OCCUPATIONAL, type Case } from './revision-3-cases.js'

interface Answer {
  readonly allowed: boolean
  readonly reasons: ReadonlyArray<string>
}

/** The 0.2.0 and 0.3.0 answers of each case of CASES, in the same order. */
const ANSWERS: ReadonlyArray<{ readonly answer020: Answer; readonly answer030: Answer }> = [
  {
    answer020: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED', 'R-EMERG-1:BREAK_GLASS_ACCESS', 'R-EMERG-3:MASKED_SHOWN_IN_EMERGENCY', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-EMERG-1:BREAK_GLASS_ACCESS', 'R-EMERG-3:MASKED_SHOWN_IN_EMERGENCY', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-EMERG-1:BREAK_GLASS_ACCESS', 'R-EMERG-3:MASKED_SHOWN_IN_EMERGENCY', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED', 'R-EMERG-3:MASKED_SHOWN_IN_EMERGENCY', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-EMERG-2:REGULATION_CENTRE_DOCTORS_ONLY'] },
    answer030: { allowed: false, reasons: ['R-EMERG-2:REGULATION_CENTRE_DOCTORS_ONLY'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MINOR-8:PARENTAL_AUTHORITY_ENDED_AT_MAJORITY'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: true, reasons: ['R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-PATIENT-4:PATIENT_SIDE_CLOSES', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MINOR-8:NO_REPRESENTATION_OF_THE_PERSON'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED', 'R-EMERG-1:BREAK_GLASS_ACCESS', 'R-INVIS-1:VISIBLE_TO_PROFESSIONALS_THOUGH_INVISIBLE_TO_PATIENT', 'R-INVIS-2:PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-INVIS-2:ANNOUNCEMENT_ONLY_IN_NORMAL_MODE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MINOR-6:DOCTOR_PRESENCE_SET_AT_MINOR_REQUEST', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MINOR-6:DOCTOR_PRESENCE_BY_PROFESSIONAL_IN_CARE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED', 'R-MINOR-5:HIDDEN_FROM_REPRESENTATIVES_AT_MINOR_REQUEST', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MINOR-5:HIDE_ONLY_BY_FEEDER'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-ACTOR-7:OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT', 'R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-AUTH-7:MATRIX_DOES_NOT_GRANT_OCCUPATIONAL_DOCTOR'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-ACTOR-7:OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT', 'R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: true, reasons: ['R-ACTOR-7:OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT', 'R-AUTH-7:MATRIX_GRANTS_DOCUMENT_TYPE', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-ACTOR-4:MEDICO_SOCIAL_ROLE_MISSING'] },
    answer030: { allowed: false, reasons: ['R-ACTOR-4:MEDICO_SOCIAL_ROLE_MISSING', 'R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-CONSENT-2:EXPLICIT_CONSENT_COLLECTED', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-ACTOR-8:RESIDENT_AGREEMENT_NOT_BY_THIS_PERSON'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-ACTOR-3:NOT_PARTICIPATING_IN_CARE'] },
    answer030: { allowed: true, reasons: ['R-ACTOR-8:RESIDENCE_COORDINATING_DOCTOR_WITH_AGREEMENT', 'R-CONSENT-2:EXPLICIT_CONSENT_COLLECTED', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-MINOR-8:PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE'] },
    answer030: { allowed: true, reasons: ['R-MINOR-8:PROTECTED_ADULT_IS_HOLDER', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MASK-4:PATIENT_UNMASKS', 'R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: false, reasons: ['R-MINOR-8:WIDENING_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL'] },
  },
  {
    answer020: { allowed: true, reasons: ['R-MASK-4:PATIENT_UNMASKS', 'R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
    answer030: { allowed: true, reasons: ['R-MASK-4:PATIENT_UNMASKS', 'R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-STATUS-2:MES_DEACTIVATED'] },
    answer030: { allowed: true, reasons: ['R-ACTOR-3:PATIENT_IS_HOLDER', 'R-PATIENT-4:PATIENT_SIDE_CLOSES'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-ACTOR-6:POST_MORTEM_REQUESTER_UNKNOWN'] },
    answer030: { allowed: true, reasons: ['R-ACTOR-6:POST_MORTEM_PARENT_OF_DECEASED_MINOR'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-ACTOR-7:OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY'] },
    answer030: { allowed: true, reasons: ['R-PATIENT-1:PROFESSIONAL_READS_OWN_TRACES', 'R-STATUS-1:MES_ACTIVE'] },
  },
  {
    answer020: { allowed: false, reasons: ['R-EMERG-1:BREAK_GLASS_REFUSED_BY_PATIENT'] },
    answer030: { allowed: true, reasons: ['R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED', 'R-STATUS-1:MES_ACTIVE'] },
  },
]

const decisionOf = (c: Case): Decision => (c.kind === 'decide' ? decide(c.request, { matrix: c.matrix }) : canRequestPostMortemAccess(c.request))
const answerOf = (d: Decision): Answer => ({ allowed: d.allowed, reasons: d.reasons.map((r) => `${r.rule}:${r.code}`) })

describe('revision 3 (issue 20): each item, its 0.3.0 answer', () => {
  it('has one answer per case, and a case for every Revision 3 item', () => {
    expect(ANSWERS).toHaveLength(CASES.length)
    expect([...new Set(CASES.map((c) => c.id))].sort()).toEqual(
      [
        'R-ACTOR-4', 'R-ACTOR-6', 'R-ACTOR-7', 'R-ACTOR-8', 'R-EMERG-1', 'R-EMERG-2', 'R-EMERG-3', 'R-INVIS-2', 'R-MINOR-5',
        'R-MINOR-6', 'R-MINOR-8 (a)', 'R-MINOR-8 (b)', 'R-MINOR-8 (c)', 'R-PATIENT-1', 'R-PATIENT-4',
      ].sort(),
    )
  })

  CASES.forEach((c, i) => {
    const expected = ANSWERS[i]?.answer030
    it(`${c.id}: ${c.title} — ${expected?.allowed === true ? 'allowed' : 'denied'} in 0.3.0`, () => {
      expect(answerOf(decisionOf(c))).toEqual(expected)
    })
  })

  it('lists the answers that flip between 0.2.0 and 0.3.0 (the CHANGELOG marks them (*))', () => {
    const flipped = CASES.filter((_, i) => ANSWERS[i]?.answer020.allowed !== ANSWERS[i]?.answer030.allowed).map((c) => c.id)
    expect(flipped).toEqual(
      expect.arrayContaining(['R-EMERG-3', 'R-EMERG-2', 'R-MINOR-8 (a)', 'R-MINOR-8 (b)', 'R-INVIS-2', 'R-MINOR-6', 'R-MINOR-5', 'R-ACTOR-7', 'R-ACTOR-8', 'R-MINOR-8 (c)', 'R-PATIENT-4', 'R-ACTOR-6', 'R-PATIENT-1', 'R-EMERG-1']),
    )
  })
})

describe('revision 3 (issue 20): obligations, remedies and codecs', () => {
  const byTitle = (fragment: string): Decision => {
    const c = CASES.find((x) => x.title.includes(fragment))
    if (c === undefined) throw new Error(fragment)
    return decisionOf(c)
  }

  it('closing a deactivated space goes through the operator (R-PATIENT-4)', () => {
    const d = byTitle('closes a deactivated space')
    expect(d.allowed && [...d.obligations.map((o) => o.code)].sort()).toEqual(['CLOSE_DEACTIVATED_THROUGH_OPERATOR', 'CLOSING_STARTS_RETENTION'])
  })

  it("a parent of a deceased minor is told the documents hidden from the representatives are withheld, the minor's opposition notwithstanding (R-ACTOR-6)", () => {
    const d = byTitle('minor who died')
    expect(d.allowed && d.obligations.map((o) => `${o.rule}:${o.code}`)).toEqual(['R-ACTOR-6:WITHHOLD_DOCUMENTS_HIDDEN_FROM_REPRESENTATIVES'])
  })

  it('a guardian, or an unlisted parent, of a deceased minor, or the parent of one who died an adult, is denied (R-ACTOR-6)', () => {
    const c = CASES.find((x) => x.kind === 'post-mortem')
    if (c?.kind !== 'post-mortem' || c.request.requester !== 'parent') throw new Error('no parent case')
    const record = c.request.record
    const asGuardian = { ...record, legalRepresentatives: [{ id: 'mum', role: 'guardian' as const, doctorPresenceRequired: false }] }
    expect(answerOf(canRequestPostMortemAccess({ ...c.request, record: asGuardian })).reasons).toEqual(['R-ACTOR-6:POST_MORTEM_PARENT_NOT_LISTED'])
    expect(answerOf(canRequestPostMortemAccess({ ...c.request, requesterId: 'aunt' })).reasons).toEqual(['R-ACTOR-6:POST_MORTEM_PARENT_NOT_LISTED'])
    const diedAdult = { ...record, patient: { ...record.patient, birthDate: '2000-01-01' } }
    expect(answerOf(canRequestPostMortemAccess({ ...c.request, record: diedAdult })).reasons).toEqual(['R-ACTOR-6:POST_MORTEM_PARENT_ONLY_FOR_MINOR'])
    const emancipated = { ...record, patient: { ...record.patient, birthDate: '2007-01-01', emancipated: true } }
    expect(answerOf(canRequestPostMortemAccess({ ...c.request, record: emancipated })).reasons).toEqual(['R-ACTOR-6:POST_MORTEM_PARENT_ONLY_FOR_MINOR'])
  })

  it('a widening act of a represented adult\'s representative names the judge and its remedies; with the statement, the obligation (R-MINOR-8 (c))', () => {
    const denied = byTitle('without saying the holder cannot express')
    expect(!denied.allowed && denied.remedies.map((r) => r.code)).toEqual(['ASK_THE_PROTECTED_ADULT', 'STATE_HOLDER_CANNOT_EXPRESS_WILL'])
    expect(denied.reasons[0]?.message.en).toMatch(/judge/)
    expect(denied.reasons[0]?.message.fr).toMatch(/juge/)
    const allowed = byTitle('when the holder cannot express their will')
    expect(allowed.allowed && allowed.obligations.map((o) => o.code)).toContain('HOLDER_RESTRICTION_NOT_OVERRIDDEN')
  })

  it('every allowed consultation of a protected adult by a professional reminds whose consent it is (R-MINOR-8 (c))', () => {
    const c = CASES.find((x) => x.title.includes('an adult under tutelle consults'))
    if (c?.kind !== 'decide') throw new Error('no case')
    const d = decide({ ...c.request, actor: { kind: 'professional', id: 'dr-9', profession: 'medecin', authentication: 'cps' }, careTeam: true, explicitConsent: true }, { matrix: c.matrix })
    expect(d.allowed && d.obligations.map((o) => `${o.rule}:${o.code}`)).toContain('R-MINOR-8:CONSENT_IS_THE_PROTECTED_ADULTS')
  })

  it('names the remedy of an occupational doctor the matrix does not grant: a matrix that grants them (R-ACTOR-7)', () => {
    const d = byTitle('views a document the matrix grants doctors')
    expect(!d.allowed && d.remedies.map((r) => r.code)).toEqual(['USE_MATRIX_GRANTING_OCCUPATIONAL_DOCTORS'])
    expect(d.allowed).toBe(false)
  })

  it('rejects representationOfPerson with a curatelle or a sauvegarde de justice, saying which measures carry it (R-MINOR-8 (b))', () => {
    const c = CASES.find((x) => x.id === 'R-MINOR-8 (b)')
    if (c?.kind !== 'decide') throw new Error('no case')
    for (const measure of ['curatelle', 'sauvegarde-de-justice'] as const) {
      const record = { ...c.request.record, patient: { ...c.request.record.patient, protection: { measure, representationOfPerson: true } } }
      const decoded = decodeRecord(record)
      expect(decoded._tag).toBe('Left')
      if (decoded._tag === 'Left') {
        expect(decoded.left.map((i) => [i.code, i.path])).toEqual([['REPRESENTATION_NOT_CARRIED_BY_MEASURE', '/patient/protection/representationOfPerson']])
        expect(decoded.left[0]?.message.en).toMatch(/"tutelle", "habilitation-familiale", "mandat-protection-future"/)
      }
    }
    for (const measure of ['tutelle', 'habilitation-familiale', 'mandat-protection-future'] as const) {
      const record = { ...c.request.record, patient: { ...c.request.record.patient, protection: { measure, representationOfPerson: true } } }
      expect(decodeRecord(record)._tag, measure).toBe('Right')
    }
  })

  it('denies every decision on a record whose measure is none the library knows, the professional\'s included (R-MINOR-8, A-6)', () => {
    const c = CASES.find((x) => x.id === 'R-MINOR-8 (b)')
    if (c?.kind !== 'decide') throw new Error('no case')
    const record = { ...c.request.record, patient: { ...c.request.record.patient, protection: { measure: 'conseil-judiciaire', representationOfPerson: false } } } as unknown as Request['record']
    const gp = { kind: 'professional', id: 'gp-1', profession: 'medecin', authentication: 'cps' } as const
    for (const actor of [{ kind: 'patient' } as const, gp]) {
      const d = decide({ action: 'consult', actor, record, at: c.request.at, participatesInCare: true, explicitConsent: true })
      // Since issue 19 the engine's input reader denies a value outside the declared types before any rule runs.
      expect(answerOf(d).reasons, actor.kind).toContain('A-6:MALFORMED_REQUEST')
      expect(d.allowed).toBe(false)
    }
  })

  it('decodes a matrix with an occupational grant, and refuses one that also names a profession (R-ACTOR-7)', () => {
    expect(decodeMatrix(MATRIX_WITH_OCCUPATIONAL)).toEqual({ _tag: 'Right', right: MATRIX_WITH_OCCUPATIONAL })
    const both = { version: 'x', grants: [{ occupationalDoctor: true, profession: 'medecin', typeCodes: '*' }] }
    const decoded = decodeMatrix(both)
    expect(decoded._tag === 'Left' && decoded.left.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_KEY', '/grants/0/profession']])
  })
})
