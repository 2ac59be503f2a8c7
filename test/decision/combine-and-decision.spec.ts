// The combination of outcomes (src/decision/combine.ts TSDoc) and the helpers on decisions (decision.ts): deny
// overrides grant, no grant means NO_GRANTING_RULE, a (rule, code) is listed once, in an order that does not depend on
// the rules' order. Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import { combine, type RuledOutcome } from '../../src/decision/combine.js'
import { deny, grant, oblige, type Outcome } from '../../src/decision/outcome.js'
import { decide, decidingRules, isAllowed, isDenied, match, type Decision, type RuleId } from '../../src/index.js'
import { AT, adultRecord, doctor } from '../actions/document-actions.fixtures.js'

const ruled = (rule: RuleId, outcome: Outcome): RuledOutcome => ({ rule, basis: [], outcome })
const pairs = (xs: ReadonlyArray<{ rule: string; code: string }>): ReadonlyArray<string> => xs.map((x) => `${x.rule}:${x.code}`)

describe('combine (deny overrides grant, every denying rule listed)', () => {
  it('lists a (rule, code) denied twice once, with its remedies once', () => {
    const d = combine([ruled('R-AUTH-6', deny('PROFESSIONAL_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])), ruled('R-AUTH-6', deny('PROFESSIONAL_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK']))])
    expect(d.allowed).toBe(false)
    expect(pairs(d.reasons)).toEqual(['R-AUTH-6:PROFESSIONAL_BLOCKED'])
    expect(d.allowed ? [] : pairs(d.remedies)).toEqual(['R-AUTH-6:ASK_PATIENT_TO_UNBLOCK'])
  })

  it('lists a (rule, code) granted twice once, with its obligations once', () => {
    const d = combine([
      ruled('R-CONSENT-1', grant('CARE_TEAM_CONSENT_COLLECTED', ['INFORM_PATIENT_EACH_EPISODE'])),
      ruled('R-CONSENT-1', grant('CARE_TEAM_CONSENT_COLLECTED', ['INFORM_PATIENT_EACH_EPISODE'])),
      ruled('R-CONSENT-3', oblige(['CONSENT_COVERS_EPISODE_OF_CARE'])),
      ruled('R-CONSENT-3', oblige(['CONSENT_COVERS_EPISODE_OF_CARE'])),
    ])
    expect(d.allowed).toBe(true)
    expect(pairs(d.reasons)).toEqual(['R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED'])
    expect(d.allowed ? pairs(d.obligations) : []).toEqual(['R-CONSENT-1:INFORM_PATIENT_EACH_EPISODE', 'R-CONSENT-3:CONSENT_COVERS_EPISODE_OF_CARE'])
  })
})

describe('combine of a record’s outcomes then a document’s (what the engine memoises per signature)', () => {
  it('gives every denial once, sorted by rule then code, whatever the order', () => {
    const record = [
      ruled('R-STATUS-1', grant('MES_ACTIVE')),
      ruled('R-MASK-2', deny('DOCUMENT_MASKED_FROM_PROFESSIONALS', ['ASK_PATIENT_TO_UNMASK'])),
      ruled('R-AUTH-6', deny('PROFESSIONAL_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])),
    ]
    const document = [
      ruled('R-MASK-2', deny('DOCUMENT_MASKED_FROM_PROFESSIONALS', ['ASK_PATIENT_TO_UNMASK'])),
      ruled('R-AUTH-7', deny('MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')),
      ruled('R-EMERG-3', deny('MASKED_REFUSED_IN_EMERGENCY', ['ASK_PATIENT_TO_UNMASK'])),
    ]
    const d = combine([...record, ...document])
    expect(d).toEqual(combine([...document].reverse().concat([...record].reverse())))
    expect(pairs(d.reasons)).toEqual([
      'R-AUTH-6:PROFESSIONAL_BLOCKED',
      'R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE',
      'R-EMERG-3:MASKED_REFUSED_IN_EMERGENCY',
      'R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS',
    ])
  })

  it('lists both codes of one rule when the record and the document each bring one', () => {
    const d = combine([
      ruled('R-AUTH-6', deny('ESTABLISHMENT_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])),
      ruled('R-AUTH-6', deny('PROFESSIONAL_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])),
    ])
    expect(pairs(d.reasons)).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED', 'R-AUTH-6:PROFESSIONAL_BLOCKED'])
    expect(d.allowed ? [] : pairs(d.remedies)).toEqual(['R-AUTH-6:ASK_PATIENT_TO_UNBLOCK'])
  })
})

describe('helpers on decisions (decision.ts)', () => {
  // Decided inside each test, never while the file is collected (the mutation run tells apart code run by a test).
  const allowedDecision = (): Decision => decide({ action: 'consult', actor: doctor, record: adultRecord, at: AT, careTeam: true, explicitConsent: true })
  const deniedDecision = (): Decision => decide({
    action: 'consult',
    actor: doctor,
    record: {
      ...adultRecord,
      blocks: [
        { target: 'professional', id: doctor.id, from: '2024-01-01' },
        { target: 'establishment', id: 'est-1', from: '2024-01-01' },
      ],
    },
    at: AT,
    careTeam: true,
    explicitConsent: true,
  })

  it('isAllowed and isDenied tell an allowance from a denial', () => {
    const [allowed, denied] = [allowedDecision(), deniedDecision()]
    expect(allowed.allowed).toBe(true)
    expect(denied.allowed).toBe(false)
    expect([isAllowed(allowed), isDenied(allowed)]).toEqual([true, false])
    expect([isAllowed(denied), isDenied(denied)]).toEqual([false, true])
  })

  it('match folds a decision with the function of its kind', () => {
    const [allowed, denied] = [allowedDecision(), deniedDecision()]
    const label = match<string>(
      (d) => `refused: ${d.reasons.length}`,
      (a) => `allowed: ${a.obligations.length}`,
    )
    expect(label(denied)).toBe('refused: 2')
    expect(label(allowed)).toBe(`allowed: ${allowed.allowed ? allowed.obligations.length : -1}`)
  })

  it('decidingRules lists each deciding rule id once, in the order of the reasons', () => {
    const [allowed, denied] = [allowedDecision(), deniedDecision()]
    expect(pairs(denied.reasons)).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED', 'R-AUTH-6:PROFESSIONAL_BLOCKED'])
    expect(decidingRules(denied)).toEqual(['R-AUTH-6'])
    expect(decidingRules(allowed)).toEqual([...new Set(allowed.reasons.map((r) => r.rule))])
    expect(decidingRules(allowed).length).toBeGreaterThan(1)
  })

  it('never counts a decision whose `allowed` is not `true` as allowed (fail closed)', () => {
    const odd = { ...deniedDecision(), allowed: 'yes' } as unknown as Decision
    expect([isAllowed(odd), isDenied(odd)]).toEqual([false, true])
  })
})
