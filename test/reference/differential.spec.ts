// Differential test (after Cedar's model-vs-engine testing): on generated requests of every action, the
// engine (src/) and the naive reference model (test/reference/model.ts) must agree on allowed/denied and on
// the set of deciding rule ids. 10 000 requests by default; 100 000 with DMP_RULES_DEEP=1 (npm run test:deep).
//
// No filter: a disagreement is a bug in one of the two. Fix the model if RULES.md says it is wrong; keep the
// counterexample as a named regression test in test/regressions/.
import * as fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { decide } from '../../src/engine/api.js'
import { builtRequest } from '../built.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { ACTIONS, type Action, type Request } from '../../src/domain/types.js'
import { arbMatrix, arbRequest, arbTamperedRequest } from '../../src/testing/index.js'
import { canRequestPostMortemAccess } from '../../src/lifecycle/post-mortem.js'
import { arbRev3Matrix, arbRev3Request } from './arbitraries.js'
import { modelDecide, modelPostMortem, type PostMortemInput } from './model.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const TOTAL = DEEP ? 100_000 : 10_000
/**
 * Per action and per variant (default matrix; generated matrix; generated matrix, no third party; a consenting,
 * requesting professional; the shapes of catalogue revision 3): TOTAL over the actions × 5.
 */
const VARIANTS = 5
const RUNS = Math.ceil(TOTAL / (ACTIONS.length * VARIANTS))

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

/**
 * How often the revision-3 variant meets the cases it is there for, so that a run that stops meeting them fails
 * (see the last test): a role-less médico-social actor viewing a document a role-less médico-social grant covers
 * (R-ACTOR-4 rev. 3), an occupational doctor with an occupational grant (R-ACTOR-7 rev. 3), the coordinating doctor
 * (R-ACTOR-8), a representative of an adult under a measure (R-MINOR-8 (a), (b), (c)).
 */
const meetings = { rolelessMedicoSocial: 0, occupationalGrant: 0, coordinatingDoctor: 0, adultRepresentative: 0 }
const rev3Meet = (r: Request, m: AuthorizationMatrix): void => {
  const grants = m.grants as unknown as ReadonlyArray<{ readonly profession?: string; readonly role?: string; readonly occupationalDoctor?: boolean; readonly typeCodes: ReadonlyArray<string> | '*' }>
  const a = r.actor
  if (a.kind === 'professional') {
    const d = r.document
    if (
      r.action === 'view' &&
      a.profession === 'medico-social' &&
      a.role === undefined &&
      d !== undefined &&
      grants.some((g) => g.profession === 'medico-social' && g.role === undefined && (g.typeCodes === '*' || g.typeCodes.includes(d.typeCode)))
    )
      meetings.rolelessMedicoSocial += 1
    if (a.occupationalDoctor === true && grants.some((g) => g.occupationalDoctor === true)) meetings.occupationalGrant += 1
    if ((a as { readonly residenceCoordinatingDoctor?: boolean }).residenceCoordinatingDoctor === true) meetings.coordinatingDoctor += 1
  }
  if (a.kind === 'legal-representative' && r.record.patient.protection !== undefined) meetings.adultRepresentative += 1
}

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
  // record-level work (src/engine/memo.ts); the first call fills the memo, the second (a new request object, as an editor
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
      `differential: ${compared} requests compared (${allowed} allowed, ${compared - allowed} denied; target ${TOTAL})\n${lines.join('\n')}\n` +
        `  revision 3 cases met: ${JSON.stringify(meetings)}`,
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

    it(`agrees with the model on the shapes of catalogue revision 3: role-less médico-social actors and grants, occupational grants, the coordinating doctor, holderCannotExpressWill, every protection measure × representative role (${RUNS} runs)`, () => {
      // Built in test/reference/arbitraries.ts by mapping over arbRequest and arbMatrix (no filter, no chain).
      fc.assert(
        fc.property(arbRev3Request(action), arbRev3Matrix(), (r, m) => {
          rev3Meet(r, m)
          compare(action, r, m)
        }),
        { numRuns: RUNS },
      )
    })

    it(`reaches at least ${100 * MIN_ALLOWED_SHARE[action]} % of allowances, so that agreement is not only on denials`, () => {
      const t = tallies.get(action)
      const share = t === undefined ? 0 : t.allowed / t.compared
      expect(t?.compared ?? 0).toBeGreaterThanOrEqual(VARIANTS * RUNS)
      expect(share, `share of allowances for ${action} (${(100 * share).toFixed(2)} %)`).toBeGreaterThanOrEqual(MIN_ALLOWED_SHARE[action])
    })
  })

  it('met every revision-3 case it is there for, in this very run (R-ACTOR-4, R-ACTOR-7, R-ACTOR-8, R-MINOR-8 rev. 3)', () => {
    // Vitest runs the tests of a file in order: the variants above have run. A role-less médico-social actor met a
    // role-less médico-social grant once per ~200 000 cases before issue 20; now every run must meet it (the variant
    // draws it in ~8 % of its `view` requests: ~11 times in a default run, ~140 in a deep one).
    expect(meetings.rolelessMedicoSocial, 'R-ACTOR-4 rev. 3: role-less médico-social actor × role-less grant').toBeGreaterThanOrEqual(1)
    expect(meetings.occupationalGrant, 'R-ACTOR-7 rev. 3: occupational doctor × occupational grant').toBeGreaterThanOrEqual(1)
    expect(meetings.coordinatingDoctor, 'R-ACTOR-8: coordinating doctor').toBeGreaterThanOrEqual(1)
    expect(meetings.adultRepresentative, 'R-MINOR-8: representative of an adult under a measure').toBeGreaterThanOrEqual(1)
  })

  // R-ACTOR-6 (rev. 2, rev. 3): post-mortem requests, the engine's canRequestPostMortemAccess against the model's,
  // on generated records made deceased (an adult or a minor), every requester — a parent of a deceased minor by id
  // (rev. 3) — every purpose or none, with and without the holder's opposition.
  it(`agrees with the model on post-mortem requests, parents of a deceased minor included (R-ACTOR-6 rev. 3) (${RUNS} runs)`, () => {
    const arbPostMortem = fc
      .record({
        r: arbRequest({ action: 'consult' }),
        minor: fc.boolean(),
        age: fc.integer({ min: 0, max: 90 }),
        emancipated: fc.boolean(),
        diedMonthsAgo: fc.integer({ min: -2, max: 150 }),
        requester: fc.constantFrom('heir' as const, 'concubin' as const, 'pacs-partner' as const, 'parent' as const),
        requesterIndex: fc.nat({ max: 3 }),
        purpose: fc.option(fc.constantFrom('causes-of-death' as const, 'defend-memory' as const, 'assert-rights' as const), { nil: undefined, freq: 4 }),
        deceasedOpposed: fc.option(fc.boolean(), { nil: undefined }),
      })
      .map(({ r, minor, age, emancipated, diedMonthsAgo, requester, requesterIndex, purpose, deceasedOpposed }): PostMortemInput => {
        const shift = (date: string, months: number): string => {
          const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months
          return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-${date.slice(8, 10) > '28' ? '28' : date.slice(8, 10)}`
        }
        const deceasedOn = shift(r.at, -diedMonthsAgo)
        const years = minor ? age % 18 : 18 + age
        const birthDate = shift(deceasedOn, -12 * years - 1)
        const patient = { ...r.record.patient, birthDate, deceasedOn, emancipated: minor && years >= 16 && emancipated }
        const record = { ...r.record, patient }
        const rep = record.legalRepresentatives[requesterIndex]
        const base = { requester, record, at: r.at }
        const withId = rep === undefined ? base : { ...base, requesterId: rep.id }
        const withPurpose = purpose === undefined ? withId : { ...withId, purpose }
        return deceasedOpposed === undefined ? withPurpose : { ...withPurpose, deceasedOpposed }
      })
    fc.assert(
      fc.property(arbPostMortem, (input) => {
        const engine = canRequestPostMortemAccess(input as unknown as Parameters<typeof canRequestPostMortemAccess>[0])
        const model = modelPostMortem(input)
        tally('post-mortem', engine.allowed)
        expect({ allowed: engine.allowed, rules: sorted(new Set(engine.reasons.map((x) => x.rule))) }).toEqual({ allowed: model.allowed, rules: sorted(model.rules) })
      }),
      { numRuns: RUNS },
    )
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
