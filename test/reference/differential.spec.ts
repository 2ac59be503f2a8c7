// Differential test (after Cedar's model-vs-engine testing): on generated requests of every action, the
// engine (src/) and the naive reference model (test/reference/model.ts) must agree on allowed/denied and on
// the set of deciding rule ids. 10 000 requests by default; 100 000 with DMP_RULES_DEEP=1 (npm run test:deep).
//
// No filter: a disagreement is a bug in one of the two. Fix the model if RULES.md says it is wrong; keep the
// counterexample as a named regression test in test/regressions/.
import * as fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { decide } from '../../src/engine.js'
import { builtRequest } from '../built.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { ACTIONS, type Action, type Request } from '../../src/domain/types.js'
import { arbMatrix, arbRequest, arbTamperedRequest } from '../../src/testing/index.js'
import { modelDecide } from './model.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const TOTAL = DEEP ? 100_000 : 10_000
/**
 * Per action and per variant (default matrix; generated matrix; generated matrix, no third party; a consenting,
 * requesting professional): TOTAL over the actions × 4.
 */
const RUNS = Math.ceil(TOTAL / (ACTIONS.length * 4))

/**
 * The least share of allowances the generated requests must reach per action, so that the test does not
 * pass on "everything denied". 0 where RULES.md allows nothing for generated inputs (make-invisible: R-INVIS-1/2).
 */
const MIN_ALLOWED_SHARE: Readonly<Record<Action, number>> = {
  consult: 0.1,
  view: 0.05,
  mask: 0.03,
  unmask: 0.02,
  delete: 0.01,
  feed: 0.03,
  'make-visible-to-patient': 0.01,
  'make-invisible-to-patient': 0,
  'view-history': 0.05,
  block: 0.05,
  'share-profile': 0.01,
  // rev. 2: the holder's side modifying its own document (R-FEED-3), closing the space (R-PATIENT-4), a professional
  // hiding a document from a minor's representatives (R-MINOR-5) or requiring a doctor's presence (R-MINOR-6, needs
  // a generated `representativeId` naming a listed representative)
  modify: 0.01,
  close: 0.03,
  'hide-from-representatives': 0.01,
  'require-doctor-presence': 0.01,
}

interface Tally {
  compared: number
  allowed: number
}

const tallies = new Map<string, Tally>()
const tally = (label: string, allowed: boolean): void => {
  const t = tallies.get(label) ?? { compared: 0, allowed: 0 }
  t.compared += 1
  if (allowed) t.allowed += 1
  tallies.set(label, t)
}

const sorted = (xs: Iterable<string>): ReadonlyArray<string> => [...xs].sort()

/** The comparable view of one decision: allowed, and the sorted set of deciding rule ids. No matrix: the engine's default. */
const engineView = (r: Request, matrix: AuthorizationMatrix | undefined) => {
  const d = decide(r, matrix === undefined ? undefined : { matrix })
  return { allowed: d.allowed, rules: sorted(new Set(d.reasons.map((x) => x.rule))) }
}

const modelView = (r: Request, matrix: AuthorizationMatrix | undefined) => {
  const d = modelDecide(r, matrix ?? DEFAULT_MATRIX)
  return { allowed: d.allowed, rules: sorted(d.rules) }
}

const compare = (label: string, r: Request, matrix: AuthorizationMatrix | undefined): void => {
  const engine = engineView(r, matrix)
  const model = modelView(r, matrix)
  tally(label, engine.allowed)
  expect({ engine }).toEqual({ engine: model })
  // The same request on built copies (since 0.3.0, issue 19: built, not merely frozen): the engine remembers its
  // record-level work (src/memo.ts); the first call fills the memo, the second (a new request object, as an editor
  // makes) answers from it. Both agree too.
  const frozen = builtRequest(r)
  expect({ frozen: engineView(frozen, matrix) }).toEqual({ frozen: model })
  expect({ remembered: engineView({ ...frozen }, matrix) }).toEqual({ remembered: model })
}

describe('differential: engine vs reference model', () => {
  afterAll(() => {
    let compared = 0
    let allowed = 0
    const lines: Array<string> = []
    for (const [label, t] of [...tallies.entries()].sort()) {
      compared += t.compared
      allowed += t.allowed
      lines.push(`  ${label.padEnd(40)} ${String(t.compared).padStart(7)} compared, ${String(t.allowed).padStart(6)} allowed (${((100 * t.allowed) / t.compared).toFixed(1)} %)`)
    }
    console.log(
      `differential: ${compared} requests compared (${allowed} allowed, ${compared - allowed} denied; target ${TOTAL})\n${lines.join('\n')}`,
    )
  })

  describe.each(ACTIONS)('%s', (action) => {
    it(`agrees with the model on allowed and on the deciding rule ids, default matrix (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(arbRequest({ action }), (r) => compare(action, r, undefined)),
        { numRuns: RUNS },
      )
    })

    it(`agrees with the model on allowed and on the deciding rule ids, generated matrices (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(arbRequest({ action }), arbMatrix(), (r, m) => compare(action, r, m)),
        { numRuns: RUNS },
      )
    })

    it(`agrees with the model on the patient's side and professionals, generated matrices (${RUNS} runs)`, () => {
      // Third parties are always denied: leaving them out puts the runs where the rules branch.
      const actorKind = ['patient', 'legal-representative', 'professional'] as const
      fc.assert(
        fc.property(arbRequest({ action, actorKind }), arbMatrix(), (r, m) => compare(action, r, m)),
        { numRuns: RUNS },
      )
    })

    it(`agrees with the model where allowances are likely: every consent and request given, a minor for the minor's protections, an invisible document to make visible (${RUNS} runs)`, () => {
      // Mapped, not filtered: the paths that grant professionals (consent, the minor's or patient's request, the
      // normal mode, API v2) are reached often, so that agreement on allowances is tested for every action.
      const consenting = arbRequest({ action, actorKind: 'professional' }).map(
        (r): Request => ({ ...r, careTeam: true, participatesInCare: true, explicitConsent: true, atPatientRequest: true, patientOpposes: false, accessMode: 'normal', api: 'v2' }),
      )
      // The minor's protections (R-MINOR-5, 6) are set for a minor: the patient made a ten-year-old child.
      const forMinor = (r: Request): Request => {
        const { protection: _none, ...patient } = r.record.patient
        const birthDate = `${String(Number(r.at.slice(0, 4)) - 10).padStart(4, '0')}${r.at.slice(4)}`.replace('-02-29', '-02-28')
        return { ...r, record: { ...r.record, patient: { ...patient, birthDate, emancipated: false, protectedAdult: false } } }
      }
      const MINOR_ACTIONS: ReadonlyArray<Action> = ['hide-from-representatives', 'require-doctor-presence', 'share-profile']
      // Making a document visible needs one invisible now: the document (here and in the record) fed today, invisible.
      const forInvisible = (r: Request): Request => {
        const d = r.document
        if (d === undefined) return r
        const invisible = { ...d, invisibleToPatient: true, addedOn: r.at }
        return { ...r, document: invisible, record: { ...r.record, documents: r.record.documents.map((x) => (x === d ? invisible : x)) } }
      }
      // Sharing a child's profile is a representative's action (R-MINOR-4): the representative, with a doctor.
      const sharing = arbRequest({ action, actorKind: 'legal-representative' }).map(
        (r): Request => ({ ...r, shareWith: { role: 'parent' }, inPresenceOfDoctor: true }),
      )
      const variant = action === 'share-profile'
        ? sharing.map(forMinor)
        : MINOR_ACTIONS.includes(action)
        ? consenting.map(forMinor)
        : action === 'make-visible-to-patient'
          ? consenting.map(forInvisible)
          : consenting
      fc.assert(
        fc.property(variant, arbMatrix(), (r, m) => compare(action, r, m)),
        { numRuns: RUNS },
      )
    })

    it(`reaches at least ${100 * MIN_ALLOWED_SHARE[action]} % of allowances, so that agreement is not only on denials`, () => {
      const t = tallies.get(action)
      const share = t === undefined ? 0 : t.allowed / t.compared
      expect(t?.compared ?? 0).toBeGreaterThanOrEqual(4 * RUNS)
      expect(share, `share of allowances for ${action} (${(100 * share).toFixed(2)} %)`).toBeGreaterThanOrEqual(MIN_ALLOWED_SHARE[action])
    })
  })

  // Requests the codecs reject, which `decide` must still deny for the right reasons (issue 11). Not counted in
  // the allowance shares above: everything here is denied.
  describe('claims the record contradicts (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3)', () => {
    const CLAIM_RUNS = Math.ceil(TOTAL / 20)

    it(`agrees on tampered documents: foreign, or the record's with a field changed (A-7) (${CLAIM_RUNS} runs)`, () => {
      fc.assert(
        fc.property(arbTamperedRequest(), fc.option(arbMatrix(), { nil: undefined }), ({ tampered, alteration }, m) => {
          if (alteration !== 'foreign-document' && alteration !== 'id') return compare('claims', tampered, m)
          // A document the record does not hold: the model says only A-7; the engine adds the record-level rules.
          const engine = engineView(tampered, m)
          const model = modelView(tampered, m)
          expect(model.allowed).toBe(false)
          expect(model.rules).toContain('A-7')
          expect(engine.allowed).toBe(false)
          for (const rule of model.rules) expect(engine.rules).toContain(rule)
        }),
        { numRuns: CLAIM_RUNS },
      )
    })

    // A feed that reuses an id of the record, or is dated another day than `at` (R-FEED-1).
    const arbStaleFeed = fc
      .record({ r: arbRequest({ action: 'feed' }), reuse: fc.boolean(), days: fc.integer({ min: -40, max: 40 }) })
      .map(({ r, reuse, days }): Request => {
        const d = r.document
        if (d === undefined) return r
        const first = r.record.documents[0]
        const id = reuse && first !== undefined ? first.id : d.id
        const shifted = new Date(Date.UTC(Number(r.at.slice(0, 4)), Number(r.at.slice(5, 7)) - 1, Number(r.at.slice(8, 10)) + days))
        return { ...r, document: { ...d, id, addedOn: shifted.toISOString().slice(0, 10) } }
      })

    it(`agrees on feeds of a document that is not new (R-FEED-1) (${CLAIM_RUNS} runs)`, () => {
      fc.assert(fc.property(arbStaleFeed, (r) => compare('claims', r, undefined)), { numRuns: CLAIM_RUNS })
    })

    // Indirect authentication stripped of its establishment; a patient marked emancipated whatever their age.
    const arbClaims = fc
      .record({ r: arbRequest({ actorKind: ['patient', 'legal-representative', 'professional'] }), anonymous: fc.boolean(), emancipate: fc.boolean() })
      .map(({ r, anonymous, emancipate }): Request => {
        let out = r
        if (anonymous && out.actor.kind === 'professional') {
          const { establishmentId: _dropped, ...actor } = out.actor
          out = { ...out, actor: { ...actor, authentication: 'indirect' } }
        }
        if (emancipate) out = { ...out, record: { ...out.record, patient: { ...out.record.patient, emancipated: true } } }
        return out
      })

    it(`agrees on indirect authentication without establishment and on emancipation claims (R-AUTH-1, R-MINOR-3) (${CLAIM_RUNS} runs)`, () => {
      fc.assert(fc.property(arbClaims, arbMatrix(), (r, m) => compare('claims', r, m)), { numRuns: CLAIM_RUNS })
    })
  })
})
