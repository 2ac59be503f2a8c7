// Issue 19: a remembered answer is the fresh answer on a plain copy. Generated requests are wrapped at random —
// their actor, record and document each read through a prototype, getters, a Proxy, a class instance, frozen by
// the caller, built by the library, or plain — decided three times, then their source is changed in place and the
// request decided again: every answer equals decide() on a plain copy of what the request holds at that moment.
// 0.2.0 remembered caller-frozen values and gave the old answer after the change.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedActions, buildActor, buildDocument, buildRecord, decide, visibleDocuments, type Actor, type HealthDocument, type HealthRecord, type Request } from '../../src/index.js'
import { arbRequest } from '../../src/testing/index.js'
import { snapshot, wrap, WRAPPINGS, type Wrapping } from '../trust/wrap.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined && process.env['DMP_RULES_DEEP'] !== ''
const RUNS = DEEP ? 5_000 : 200

type How = Wrapping | 'built'
const HOWS: ReadonlyArray<How> = [...WRAPPINGS, 'built']

/** The source of a request, as mutable plain data. */
interface Mutable {
  at: string
  document?: unknown
  actor: Record<string, unknown>
  record: Record<string, unknown> & { patient: Record<string, unknown>; blocks: Array<unknown>; documents: Array<Record<string, unknown>> }
}

/** A change in place of the source (record-level facts, a document's flag, a document's id). */
const MUTATIONS: ReadonlyArray<(r: Mutable) => void> = [
  (r) => void (r.actor['authentication'] = 'none'),
  (r) => void (r.record['status'] = { kind: 'closed', on: r.at }),
  (r) => void (r.record.patient['deceasedOn'] = r.at),
  (r) => void r.record.blocks.push({ target: 'professional', id: r.actor['id'] ?? 'x', from: r.at }),
  (r) => r.record.documents.forEach((d) => void (d['maskedFromProfessionals'] = true)),
  (r) => void (r.record.documents[0] !== undefined && (r.record.documents[0]['id'] = 'renamed')),
]

/** The request as the engine sees it, and the plain copy of what it holds now. */
const wrapped = (src: Mutable, hows: readonly [How, How, How]): { readonly request: Request; readonly plainNow: () => Request } => {
  const part = (value: unknown, how: How, build: (v: never) => unknown): unknown =>
    how === 'built' ? build(snapshot(value) as never) : wrap(value, how)
  const actor = part(src.actor, hows[0], buildActor) as Actor
  const record = part(src.record, hows[1], buildRecord) as HealthRecord
  const document = src.document === undefined ? undefined : (part(src.document, hows[2], buildDocument) as HealthDocument)
  const request = { ...src, actor, record, ...(document === undefined ? {} : { document }) } as Request
  // A frozen or built part is a copy: it does not follow the source; any other part reads the source now.
  const now = (value: unknown, how: How, source: unknown): unknown => snapshot(how === 'frozen' || how === 'built' ? value : source)
  const plainNow = (): Request =>
    ({
      ...snapshot(src),
      actor: now(actor, hows[0], src.actor),
      record: now(record, hows[1], src.record),
      ...(document === undefined ? {} : { document: now(document, hows[2], src.document) }),
    }) as Request
  return { request, plainNow }
}

const arbCase = fc.record({
  request: arbRequest(),
  hows: fc.tuple(fc.constantFrom(...HOWS), fc.constantFrom(...HOWS), fc.constantFrom(...HOWS)),
  mutation: fc.nat({ max: MUTATIONS.length - 1 }),
})

describe('a remembered answer is the fresh answer on a plain copy (issue 19)', () => {
  it(`decide, whatever the input's prototype, accessors, Proxy or class, before and after a change in place (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbCase, ({ request, hows, mutation }) => {
        const src = snapshot(request) as unknown as Mutable
        const { request: input, plainNow } = wrapped(src, hows)
        for (let i = 0; i < 3; i++) expect(decide(input)).toEqual(decide(plainNow()))
        ;(MUTATIONS[mutation] as (r: Mutable) => void)(src)
        expect(decide(input)).toEqual(decide(plainNow()))
      }),
      { numRuns: RUNS },
    )
  })

  it(`visibleDocuments and allowedActions, the same (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbCase, ({ request, hows, mutation }) => {
        const src = snapshot(request) as unknown as Mutable
        const { request: input, plainNow } = wrapped(src, hows)
        const decisions = (rows: ReadonlyArray<{ readonly decision: unknown }>): ReadonlyArray<unknown> => rows.map((r) => r.decision)
        for (let i = 0; i < 2; i++) expect(decisions(visibleDocuments(input))).toEqual(decisions(visibleDocuments(plainNow())))
        ;(MUTATIONS[mutation] as (r: Mutable) => void)(src)
        expect(decisions(visibleDocuments(input))).toEqual(decisions(visibleDocuments(plainNow())))
        if (input.document !== undefined && input.action !== 'feed') {
          const { action: _a, ...rest } = input
          const { action: _b, ...plain } = plainNow()
          expect(allowedActions({ ...rest, document: input.document })).toEqual(allowedActions({ ...plain, document: plain.document as HealthDocument }))
        }
      }),
      { numRuns: RUNS },
    )
  })
})
