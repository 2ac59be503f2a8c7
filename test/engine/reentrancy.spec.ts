// Re-entrancy (issue 23, after issue 19): a getter or a Proxy trap of the caller's input that calls a decision
// function while an outer call reads that input cannot change the outer answer. Every pair (outer function, nested
// function) is tried, on a record and actor the library built (the remembered-stage path, warmed first) and on
// plain ones, with the nested call run from a getter of the request and from a Proxy trap of its document. The
// outer answer must equal the answer on a plain copy of the same request, decided with no nested call.
import { describe, expect, it } from 'vitest'
import {
  allowedActions,
  buildActor,
  buildRecord,
  decide,
  recordView,
  visibleDocuments,
  type DocumentRequest,
  type HealthDocument,
  type HealthRecord,
  type ProfessionalActor,
} from '../../src/index.js'

const AT = '2024-06-01'
const note: HealthDocument = {
  id: 'note-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-2' },
  addedOn: '2024-05-02',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}
const maskedNote: HealthDocument = { ...note, id: 'masked-1', maskedFromProfessionals: true }
const plainRecord = (documents: ReadonlyArray<HealthDocument>): HealthRecord => ({
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: ['dr-1'],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents,
})
/** A plain, deep copy (JSON: data only). */
const plainCopy = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A

const nurse: ProfessionalActor = { kind: 'professional', id: 'nurse-1', profession: 'infirmier', authentication: 'cps', establishmentId: 'hosp-1' }

/** A request of every function below: `view` for decide, its action ignored by the batch functions. */
type ViewRequest = DocumentRequest & { readonly action: 'view' }

type Call = (request: ViewRequest) => unknown

// The four entry points, each as the outer call and as the nested one.
const CALLS: ReadonlyArray<readonly [string, Call]> = [
  // Every request below carries `action: 'view'` (the batch functions ignore it): decide reads the caller's object.
  ['decide(view)', (r) => decide(r)],
  ['visibleDocuments', (r) => visibleDocuments(r)],
  ['allowedActions', (r) => allowedActions(r)],
  ['recordView', (r) => recordView(r)],
]

interface Setting {
  readonly name: string
  readonly record: HealthRecord
  readonly actor: ProfessionalActor
}

const settings = (): ReadonlyArray<Setting> => {
  const built = buildRecord({ patient: { birthDate: '1980-01-01' }, treatingDoctorIds: ['dr-1'], documents: [note, maskedNote] })
  return [
    { name: 'a built record and actor', record: built, actor: buildActor(nurse) },
    { name: 'a plain record and actor', record: plainRecord([note, maskedNote]), actor: nurse },
  ]
}

/**
 * The nested requests: the same record on the other document (allowed), a malformed one, and the masked one a month
 * earlier, before it was added (A-8; another key of the remembered stages; last, so that its fields are the last a shared reader would hold).
 */
const nestedRequests = (s: Setting): ReadonlyArray<ViewRequest> => [
  { action: 'view', actor: s.actor, record: s.record, at: AT, careTeam: true, explicitConsent: true, document: s.record.documents[0] as HealthDocument },
  { action: 'view', actor: s.actor, record: undefined, at: AT, document: note } as unknown as ViewRequest,
  { action: 'view', actor: s.actor, record: s.record, at: '2024-05-01', careTeam: true, explicitConsent: true, document: s.record.documents[1] as HealthDocument },
]

/**
 * The outer request (the masked document: R-MASK-2 denies the nurse), its `careTeam` a getter that runs `nested`.
 * The fields read before the getter are primitives, those after it the objects: a reader that shared its scratch
 * with the nested call would mix the nested request's primitives with the outer one's record and actor.
 */
const withGetter = (s: Setting, nested: () => void): ViewRequest => {
  let inside = false
  return {
    action: 'view',
    at: AT,
    explicitConsent: true,
    get careTeam(): boolean {
      if (!inside) {
        inside = true
        try {
          nested()
        } finally {
          inside = false
        }
      }
      return true
    },
    actor: s.actor,
    record: s.record,
    document: s.record.documents[1] as HealthDocument,
  }
}

/** The same, its document a Proxy whose `get` trap runs `nested`. */
const withTrap = (s: Setting, nested: () => void): ViewRequest => {
  let inside = false
  const document = new Proxy(plainCopy(s.record.documents[1] as HealthDocument), {
    get: (target, key, receiver) => {
      if (!inside) {
        inside = true
        try {
          nested()
        } finally {
          inside = false
        }
      }
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { action: 'view', actor: s.actor, record: s.record, at: AT, careTeam: true, explicitConsent: true, document }
}

/** The outer request as plain data: what the outer answer must equal. */
const plainOf = (s: Setting): ViewRequest => ({
  action: 'view',
  actor: s.actor,
  record: s.record,
  at: AT,
  careTeam: true,
  explicitConsent: true,
  document: plainCopy(s.record.documents[1] as HealthDocument),
})

describe('a nested call from the caller’s input cannot change an outer answer (issue 23, A-6)', () => {
  for (const [outerName, outer] of CALLS)
    for (const [nestedName, nested] of CALLS)
      for (const [how, make] of [
        ['a getter of the request', withGetter],
        ['a Proxy trap of the document', withTrap],
      ] as const)
        it(`${outerName} answers as on a plain copy while ${how} calls ${nestedName} (R-MASK-2, A-6)`, () => {
          for (const s of settings()) {
            const expected = outer(plainOf(s))
            // Warm the engine's memory (the remembered stage and decisions of a built record and actor).
            for (const r of nestedRequests(s)) nested(r)
            expect(outer(plainOf(s))).toEqual(expected)
            let calls = 0
            const request = make(s, () => {
              for (const r of nestedRequests(s)) nested(r)
              calls++
            })
            expect(outer(request), s.name).toEqual(expected)
            // The nested calls did run (else the test proves nothing).
            expect(calls, s.name).toBeGreaterThan(0)
          }
        })

  it('still denies the masked document to the nurse (R-MASK-2): the expected answers are not vacuous', () => {
    for (const s of settings()) {
      const d = decide({ ...plainOf(s), action: 'view' })
      expect(d.allowed).toBe(false)
      expect(d.reasons.map((r) => r.rule)).toContain('R-MASK-2')
      expect(decide({ ...(nestedRequests(s)[0] as ViewRequest), action: 'view' }).allowed).toBe(true)
    }
  })
})
