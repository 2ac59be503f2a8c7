// Integrity (issue 11, A-7, R-FEED-1, R-AUTH-1, R-MINOR-3): the record is the source of truth, and a request
// cannot talk its way past it. No filter: tampered requests and indirect actors are built by mapping.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_ACTIONS, type Request } from '../../src/domain/types.js'
import { decide, visibleDocuments, type Options } from '../../src/index.js'
import { arbMatrix, arbRequest, arbTamperedRequest } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 100_000 : 2_000
const SOME_RUNS = DEEP ? 20_000 : 500

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(
  arbMatrix().map((matrix) => ({ matrix })),
  { nil: undefined, freq: 3 },
)

describe('no tampering grants (A-7)', () => {
  it(`for any request and any alteration of its document, the altered request never allows what the record's copy denies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbTamperedRequest(), arbOptions, ({ original, tampered }, options) => {
        const onRecord = decide(original, options)
        const altered = decide(tampered, options)
        if (!onRecord.allowed) expect(altered.allowed).toBe(false)
        // Stronger: a tampered document is never decided on at all (A-7 denies it, whatever the record's copy earns).
        expect(altered.allowed).toBe(false)
        expect(altered.reasons.some((r) => r.rule === 'A-7')).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it(`the other reasons of a tampered request are those of the record's copy (the forged copy adds A-7, changes nothing else) (${SOME_RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbTamperedRequest(), arbOptions, ({ original, tampered, alteration }, options) => {
        const altered = decide(tampered, options)
        const others = altered.reasons.filter((r) => r.rule !== 'A-7')
        if (alteration === 'foreign-document' || alteration === 'id') {
          // Nothing of the record to decide on: only record-level rules speak besides A-7.
          const recordLevel = decide({ ...original, action: 'consult' }, options)
          for (const r of others) expect(recordLevel.reasons.concat(onlyDenials(decide(original, options)))).toContainEqual(r)
        } else {
          const onRecord = decide(original, options)
          const expected = onRecord.allowed ? [] : onRecord.reasons
          expect(others).toEqual(expected)
        }
      }),
      { numRuns: SOME_RUNS },
    )
  })
})

const onlyDenials = (d: ReturnType<typeof decide>) => (d.allowed ? [] : d.reasons)

describe('visibleDocuments agrees with decide (A-7)', () => {
  it(`on every document, for generated requests whose document comes from the record (${SOME_RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), arbOptions, (request, options) => {
        // INVARIANT of arbRequest: the view's document is the record's own object.
        expect(request.record.documents).toContain(request.document)
        const listed = visibleDocuments(request, options)
        expect(listed.map((x) => x.document)).toEqual(request.record.documents)
        for (const { document, decision } of listed) expect(decision).toEqual(decide({ ...request, document }, options))
        const own = listed.find((x) => x.document === request.document)
        expect(own?.decision).toEqual(decide(request, options))
      }),
      { numRuns: SOME_RUNS },
    )
  })
})

describe('indirect authentication names its establishment (R-AUTH-1)', () => {
  // Any request of a professional, made indirect and stripped of its establishment.
  const arbAnonymousIndirect: fc.Arbitrary<Request> = arbRequest({ actorKind: 'professional' }).map((r) => {
    if (r.actor.kind !== 'professional') return r
    const { establishmentId: _dropped, ...actor } = r.actor
    return { ...r, actor: { ...actor, authentication: 'indirect' } }
  })

  it(`an indirect actor without establishment never gets in, whatever the action (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbAnonymousIndirect, arbOptions, (request, options) => {
        const d = decide(request, options)
        expect(d.allowed).toBe(false)
        expect(d.reasons.some((r) => r.rule === 'R-AUTH-1' && r.code === 'INDIRECT_AUTHENTICATION_WITHOUT_ESTABLISHMENT')).toBe(true)
        if (request.action === 'view') expect(visibleDocuments(request, options).some((x) => x.decision.allowed)).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('generated requests are the valid ones (A-7, R-FEED-1)', () => {
  it(`a non-feed document action carries the record's own copy; a fed document is new and added at \`at\` (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbRequest(), (r) => {
        if (r.document === undefined) return
        if (r.action === 'feed') {
          expect(r.record.documents.map((d) => d.id)).not.toContain(r.document.id)
          expect(r.document.addedOn).toBe(r.at)
        } else if (DOCUMENT_ACTIONS.includes(r.action)) expect(r.record.documents).toContain(r.document)
      }),
      { numRuns: RUNS },
    )
  })
})
