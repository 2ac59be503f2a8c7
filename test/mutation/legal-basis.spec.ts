// Every rule cites its catalogue id and the legal basis docs/rules.md documents for it ("the legal references
// the library attaches to its reasons (`Reason.basis`) are listed when there are any"), and the reasons of a
// decision carry them. Written for the mutation run (issue 6): the ids and bases are module-level values.
import { describe, expect, it } from 'vitest'
import { POLICIES } from '../../src/actions/index.js'
import { combine } from '../../src/decision/combine.js'
import { notApplicable } from '../../src/decision/outcome.js'
import { ACTIONS } from '../../src/domain/types.js'
import { decide, isRuleId, messageOf, RULE_IDS, type Request } from '../../src/index.js'
import { AT, adultRecord, doctor, nurse, OPEN_MATRIX, report } from '../rules/consult-view.fixtures.js'

// The `basis` of each rule id, as docs/rules.md lists it (section "Source" of each id, catalogue revision 3: the
// bases Revision 3 corrected and filled, issue 20);
// every other id cites none. Written out here, not imported from src/catalogue/basis.ts, so that a change there fails.
const DOCUMENTED_BASIS: Readonly<Record<string, ReadonlyArray<string>>> = {
  'R-ACTOR-1': ['CSP L.1111-18 al. 1-2, 4', 'Code pénal 226-13'],
  'R-ACTOR-3': ['CSP L.1111-17 III', 'CSP L.1110-4 II-III', 'CSP R.1111-46'],
  'R-ACTOR-4': ['CSP L.1111-17 III', 'CSP R.1111-46', 'CSP R.1110-2', 'Cons. const. 2024-1101 QPC', 'CE 2025-10-15 n° 490409'],
  'R-ACTOR-5': ['CSP L.1111-18 last al.'],
  'R-ACTOR-6': ['CSP L.1111-18 al. 6', 'CSP L.1110-4 V', 'CSP R.1111-7', 'CSP L.1110-4 V last al.', 'CSP L.1111-18 last al.', 'CSP L.1111-7'],
  'R-ACTOR-7': ['CSP L.1111-17 IV', 'Code du travail L.4624-8-1', 'CSP R.1111-46 last al.'],
  'R-ACTOR-8': ['CSP L.1111-16 al. 1'],
  'R-STATUS-1': ['CSP L.1111-13-1 I', 'CSP R.1111-28', 'CSP R.1111-40'],
  'R-STATUS-3': ['CSP L.1111-13-1 IV 3°', 'CSP R.1111-36 al. 2'],
  'R-STATUS-4': ['CSP R.1111-36 al. 3'],
  'R-STATUS-5': ['CSP L.1111-14 al. 3'],
  'R-STATUS-6': ['CSP R.1111-28'],
  'R-STATUS-7': ['CSP L.1111-14 al. 3', 'CSP R.1111-40 al. 4'],
  'R-STATUS-8': ['CSP R.1111-36 al. 2', 'CSP L.1111-18 al. 5'],
  'R-STATUS-9': ['CSP L.1111-13-1 IV 3°'],
  'R-AUTH-1': ['CSP L.1470-2', 'CSP L.1470-5'],
  'R-AUTH-6': ['CSP L.1111-19'],
  'R-AUTH-7': ['CSP R.1111-46 last al.', 'Arrêté du 26 octobre 2023'],
  'R-CONSENT-1': ['CSP L.1110-4 III', 'CSP L.1110-12', 'CSP R.1111-46 al. 1-2', 'CE 2025-10-15 n° 490409'],
  'R-CONSENT-2': ['CSP R.1111-46 al. 3', 'CSP L.1110-4 III'],
  'R-CONSENT-3': ['CSP R.1111-46 al. 2'],
  'R-CONSENT-5': ['CSP L.1110-4 III al. 2', 'CSP R.1111-46'],
  'R-CONSENT-6': ['CSP L.1111-15', 'CSP R.1111-47', 'CSP L.1111-17 III'],
  'R-CONSENT-7': ['CSP R.1111-47'],
  'R-CONSENT-8': ['CSP R.1111-40', 'CSP L.1111-2', 'C. civ. 371-1'],
  'R-FEED-1': ['CSP R.1111-47', 'CSP L.1111-8-1'],
  'R-FEED-3': ['CSP R.1111-42 1° c'],
  'R-FEED-4': ['CSP L.1111-15 al. 1', 'Arrêté du 26 avril 2022'],
  'R-MASK-1': ['CSP L.1111-15 last al.', 'CSP R.1111-49'],
  'R-MASK-2': ['CSP R.1111-49', 'CSP L.1111-16 al. 2'],
  'R-MASK-4': ['CSP R.1111-49'],
  'R-INVIS-1': ['CSP R.1111-53'],
  'R-INVIS-2': ['CSP R.1111-53', 'CSP L.1111-17 I'],
  'R-INVIS-3': ['CSP R.1111-53'],
  'R-DEL-2': ['Décret 2021-1047'],
  'R-MINOR-1': ['CSP L.1111-2', 'CSP L.1111-7', 'CSP L.1111-13-1 II and IV', 'CSP R.1111-40', 'C. civ. 371-1'],
  'R-MINOR-2': ['CSP L.1111-2 II'],
  'R-MINOR-3': ['C. civ. 413-1', 'C. civ. 413-2', 'C. civ. 413-6'],
  'R-MINOR-5': ['CSP R.1111-50', 'CSP R.1111-33'],
  'R-MINOR-6': ['CSP L.1111-7', 'CSP R.1111-6'],
  'R-MINOR-7': ['C. civ. 371-1', 'C. civ. 414'],
  'R-MINOR-8': [
    'CSP L.1111-2', 'CSP R.1111-1', 'CSP L.1111-14', 'CSP R.1111-40 last al.', 'C. civ. 459', 'C. civ. 371-1', 'C. civ. 414', 'C. civ. 479',
    'C. civ. 494-1', 'C. civ. 438', 'C. civ. 440', 'C. civ. 459 al. 2', 'CSP L.1111-7', 'CSP L.1111-13-1 II', 'CSP L.1111-19', 'C. civ. 457-1',
  ],
  'R-EMERG-1': ['CSP L.1111-17 I al. 1', 'CSP R.1111-48', 'CSP L.1111-17 I al. 1 and III'],
  'R-EMERG-2': ['CSP L.1111-17 I al. 2'],
  'R-EMERG-3': ['CSP R.1111-49', 'CSP L.1111-16 al. 2'],
  'R-PATIENT-1': ['CSP R.1111-43', 'CSP L.1111-19'],
  'R-PATIENT-2': ['CSP L.1111-19'],
  'R-PATIENT-3': ['CSP L.1111-15 al. 3', 'CSP R.1111-42 1° f-g'],
  'R-PATIENT-4': ['CSP R.1111-36', 'CSP L.1111-13-1 IV', 'CSP R.1111-36 al. 1'],
}
const documentedBasis = (rule: string): ReadonlyArray<string> => DOCUMENTED_BASIS[rule] ?? []

const everyRule = ACTIONS.flatMap((action) => POLICIES[action].rules.map((rule) => ({ action, rule })))

describe('rule ids and legal bases of every policy (docs/rules.md)', () => {
  it('gives every rule of every policy an id of the catalogue (RULES.md)', () => {
    for (const { action, rule } of everyRule) expect(isRuleId(rule.id), `${action}: ${JSON.stringify(rule.id)}`).toBe(true)
  })

  it('gives every rule of every policy exactly the legal basis docs/rules.md lists for its id', () => {
    for (const { action, rule } of everyRule) expect(rule.basis, `${rule.id} in ${action}`).toEqual(documentedBasis(rule.id))
  })

  it('documents bases only for ids of the catalogue', () => {
    for (const id of Object.keys(DOCUMENTED_BASIS)) expect(RULE_IDS).toContain(id)
  })
})

describe('reasons carry the basis of their rule', () => {
  const consult = (over: Partial<Request>): Request => ({ action: 'consult', actor: doctor, record: adultRecord, at: AT, ...over })

  it('cites CSP L.1111-18 and Code pénal 226-13 when an insurer is refused (R-ACTOR-1)', () => {
    const d = decide(consult({ actor: { kind: 'third-party', party: 'insurer' } }))
    expect(d.reasons.find((r) => r.rule === 'R-ACTOR-1')?.basis).toEqual(['CSP L.1111-18 al. 1-2, 4', 'Code pénal 226-13'])
  })

  it('cites the care-team articles on a care-team consultation (R-CONSENT-1)', () => {
    const d = decide(consult({ careTeam: true, explicitConsent: true }))
    expect(d.allowed).toBe(true)
    expect(d.reasons.find((r) => r.rule === 'R-CONSENT-1')?.basis).toEqual(documentedBasis('R-CONSENT-1'))
  })

  it('cites the explicit-consent articles when the consent is missing (R-CONSENT-2)', () => {
    const d = decide(consult({ actor: nurse }))
    expect(d.allowed).toBe(false)
    expect(d.reasons.find((r) => r.rule === 'R-CONSENT-2')?.basis).toEqual(documentedBasis('R-CONSENT-2'))
  })

  it('cites the matrix basis when a document type is not granted (R-AUTH-7), and no text for the author (R-AUTH-8: by definition since revision 3)', () => {
    const hidden = decide(
      { action: 'view', actor: doctor, record: { ...adultRecord, documents: [report] }, at: AT, careTeam: true, explicitConsent: true, document: report },
      { matrix: { version: 'nothing', grants: [] } },
    )
    expect(hidden.reasons.find((r) => r.rule === 'R-AUTH-7')?.basis).toEqual(documentedBasis('R-AUTH-7'))
    const own = { ...report, author: { kind: 'professional' as const, id: doctor.id } }
    const seen = decide(
      { action: 'view', actor: doctor, record: { ...adultRecord, documents: [own] }, at: AT, careTeam: true, explicitConsent: true, document: own },
      { matrix: OPEN_MATRIX },
    )
    expect(seen.reasons.find((r) => r.rule === 'R-AUTH-8')?.basis).toEqual([])
  })

  it('cites R-ACTOR-3 and its articles (CSP L.1111-17 III…) for an action the library does not know, and for an unlisted representative', () => {
    const unknown = decide({ ...consult({}), action: 'teleport' as never })
    expect(unknown.reasons.map((r) => [r.rule, r.code, r.basis])).toEqual([['R-ACTOR-3', 'UNKNOWN_ACTION', documentedBasis('R-ACTOR-3')]])
    const stranger = decide(consult({ actor: { kind: 'legal-representative', id: 'stranger' } }))
    expect(stranger.reasons.map((r) => [r.rule, r.code, r.basis])).toContainEqual([
      'R-ACTOR-3',
      'LEGAL_REPRESENTATIVE_NOT_ON_RECORD',
      documentedBasis('R-ACTOR-3'),
    ])
  })

  it('denies with NO_GRANTING_RULE, citing R-ACTOR-3 and its articles, when no rule speaks (fail closed)', () => {
    const d = combine([{ rule: 'R-STATUS-3', basis: [], outcome: notApplicable }])
    expect(d).toEqual({
      allowed: false,
      reasons: [{ rule: 'R-ACTOR-3', code: 'NO_GRANTING_RULE', basis: documentedBasis('R-ACTOR-3'), message: messageOf('NO_GRANTING_RULE') }],
      remedies: [],
    })
  })

  it('cites A-6 with no basis for a malformed request', () => {
    const d = decide(consult({ at: '2024-02-30' }))
    expect(d.reasons.map((r) => [r.rule, r.code, r.basis])).toContainEqual(['A-6', 'MALFORMED_REQUEST', []])
  })
})
