// src/testing/tampered.ts: what arbTamperedRequest promises (that dmp-rules denies every tampered request is in
// test/properties/integrity.spec.ts).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeRequest } from '../../src/codecs/index.js'
import { DOCUMENT_ACTIONS } from '../../src/domain/types.js'
import { ALTERATIONS, arbTamperedRequest, type TamperedRequest } from '../../src/testing/index.js'
import * as E from 'fp-ts/Either'

const SEED = 20240301
const sample: ReadonlyArray<TamperedRequest> = fc.sample(arbTamperedRequest(), { numRuns: 1500, seed: SEED })

describe('arbTamperedRequest (A-7)', () => {
  it("every alteration, on every document action but feed; the original's document is the record's own", () => {
    expect(new Set(sample.map((t) => t.alteration))).toEqual(new Set(ALTERATIONS))
    expect(new Set(sample.map((t) => t.original.action))).toEqual(new Set(DOCUMENT_ACTIONS.flatMap((a) => (a === 'feed' ? [] : [a]))))
    expect(sample.every((t) => t.original.document !== undefined && t.original.record.documents.includes(t.original.document))).toBe(true)
  })

  it('the change is real: the tampered document equals no copy the record holds under its id; nothing else changes', () => {
    for (const { original, tampered } of sample) {
      const doc = JSON.stringify(tampered.document)
      expect(original.record.documents.some((d) => d.id === tampered.document?.id && JSON.stringify(d) === doc)).toBe(false)
      expect({ ...tampered, document: original.document }).toEqual(original)
    }
  })

  it('the original is valid; the codecs reject the tampered one under /document', () => {
    for (const { original, tampered } of sample.slice(0, 300)) {
      expect(E.isRight(decodeRequest(JSON.parse(JSON.stringify(original))))).toBe(true)
      const out = decodeRequest(JSON.parse(JSON.stringify(tampered)))
      expect(E.isLeft(out) && out.left.some((i) => i.path.startsWith('/document'))).toBe(true)
    }
  })

  it('honours the actions asked for, and falls back to all of them when none is a document action but feed', () => {
    expect(fc.sample(arbTamperedRequest({ action: 'mask' }), { numRuns: 50, seed: SEED }).every((t) => t.original.action === 'mask')).toBe(true)
    const fallback = fc.sample(arbTamperedRequest({ action: ['feed', 'consult'] }), { numRuns: 300, seed: SEED })
    expect(fallback.every((t) => DOCUMENT_ACTIONS.includes(t.original.action) && t.original.action !== 'feed')).toBe(true)
  })
})
