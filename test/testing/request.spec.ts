// src/testing/request.ts: what arbRequest promises beyond validity and coverage (test/testing/arbitraries.spec.ts):
// the document of each action, the constraints (RequestConstraints) honoured, their types.
import * as fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { ACTIONS, DOCUMENT_ACTIONS, type HealthDocument, type Request, type RequestOf } from '../../src/domain/types.js'
import { arbRequest, type RequestConstraints } from '../../src/testing/index.js'

const SEED = 20240301
const sample: ReadonlyArray<Request> = fc.sample(arbRequest(), { numRuns: 3000, seed: SEED })

describe('the document a request carries', () => {
  it('feed: a new document, an id the record does not hold, added on `at` (R-FEED-1)', () => {
    const feeds = sample.filter((r) => r.action === 'feed')
    expect(feeds.length).toBeGreaterThan(50)
    for (const r of feeds) {
      const doc = r.document as HealthDocument
      expect(r.record.documents.map((d) => d.id)).not.toContain(doc.id)
      expect(doc.addedOn).toBe(r.at)
    }
  })

  it("every other document action: the record's own object, even on an empty record (A-7)", () => {
    const onRecord = sample.filter((r) => DOCUMENT_ACTIONS.includes(r.action) && r.action !== 'feed')
    expect(onRecord.length).toBeGreaterThan(500)
    expect(onRecord.every((r) => r.document !== undefined && r.record.documents.includes(r.document))).toBe(true)
  })

  it('a non-document action carries a document now and then, always one of the record (A-7)', () => {
    const others = sample.filter((r) => !DOCUMENT_ACTIONS.includes(r.action))
    const withDocument = others.filter((r) => r.document !== undefined)
    expect(withDocument.length).toBeGreaterThan(0)
    expect(withDocument.length).toBeLessThan(others.length / 2)
    expect(withDocument.every((r) => r.record.documents.includes(r.document as HealthDocument))).toBe(true)
  })
})

describe('RequestConstraints', () => {
  it('an empty list of actions or of actor kinds means every one', () => {
    const constraints: RequestConstraints = { action: [], actorKind: [] }
    const xs = fc.sample(arbRequest(constraints), { numRuns: 3000, seed: SEED })
    expect(new Set(xs.map((r) => r.action))).toEqual(new Set(ACTIONS))
    expect(new Set(xs.map((r) => r.actor.kind)).size).toBe(4)
  })

  it("types the requests by the actions asked for: `arbRequest({ action: 'view' })` has a `document`", () => {
    expectTypeOf(arbRequest({ action: 'view' })).toEqualTypeOf<fc.Arbitrary<RequestOf<'view'>>>()
    expectTypeOf<RequestOf<'view'>['document']>().toEqualTypeOf<HealthDocument>()
    expectTypeOf(arbRequest()).toEqualTypeOf<fc.Arbitrary<Request>>()
    for (const r of fc.sample(arbRequest({ action: ['view', 'mask'] }), { numRuns: 100, seed: SEED })) expect(r.document.id).toEqual(expect.any(String))
  })
})
