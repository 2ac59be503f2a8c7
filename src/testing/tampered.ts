// dmp-rules/testing — tampered requests: a valid request and its copy whose document was forged, as a caller
// that edits its copy of a document, or invents one, would send.
import * as fc from 'fast-check'
import { addDays } from '../domain/dates.js'
import { deepFreeze as freezeDeeply } from '../domain/frozen.js'
import { DOCUMENT_ACTIONS, type Action, type DocumentAuthor, type HealthDocument, type Request } from '../domain/types.js'
import { documentAround, arbDocumentAuthor } from './documents.js'
import { SAMPLE_IDS, arbId } from './pools.js'
import { arbRequest, asList, unusedId, type RequestConstraints } from './request.js'

// -------------------------------------------------------------------------------------
// tampered requests
// -------------------------------------------------------------------------------------

/**
 * How a {@link TamperedRequest} departs from the record: a document the record does not hold at all, or the
 * record's document with one field changed.
 *
 * @since 0.2.0
 */
export type Alteration =
  | 'foreign-document'
  | 'id'
  | 'typeCode'
  | 'author'
  | 'addedOn'
  | 'maskedFromProfessionals'
  | 'invisibleToPatient'
  | 'hiddenFromLegalRepresentatives'

/** @since 0.2.0 */
export const ALTERATIONS: ReadonlyArray<Alteration> = [
  'foreign-document',
  'id',
  'typeCode',
  'author',
  'addedOn',
  'maskedFromProfessionals',
  'invisibleToPatient',
  'hiddenFromLegalRepresentatives',
]
freezeDeeply(ALTERATIONS)

/**
 * A valid request (`original`, its document the record's own copy) and the same request whose document was
 * tampered with (`tampered`): what a caller that edits its copy of a document, or invents one, would send.
 *
 * @since 0.2.0
 */
export interface TamperedRequest {
  readonly original: Request
  readonly tampered: Request
  readonly alteration: Alteration
}

/** Document actions other than `feed`: the ones decided on the record's copy. */
const ON_RECORD_DOCUMENT: ReadonlyArray<Action> = DOCUMENT_ACTIONS.flatMap((a) => (a === 'feed' ? [] : [a]))

const sameAuthor = (a: DocumentAuthor, b: DocumentAuthor): boolean =>
  a.kind === b.kind &&
  (a.kind === 'patient' ||
    (a.id === (b as { readonly id?: string }).id &&
      (a.kind !== 'professional' || a.establishmentId === (b as { readonly establishmentId?: string }).establishmentId)))

/**
 * Tampered requests, for testing guards against forged documents: for every document action but `feed`
 * (or the actions given), a valid request from {@link arbRequest} and its copy whose document is either foreign
 * to the record or the record's document with one field changed — its id, type, author, date or one of its
 * three flags. The change is always real (the tampered document differs from every copy the record holds
 * under its id). `dmp-rules` denies every tampered request and the codecs reject it with a path under
 * `/document`; your own layer should do no less.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbTamperedRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbTamperedRequest(), ({ tampered }) => !decide(tampered).allowed))
 *
 * @see A-7
 * @since 0.2.0
 */
export const arbTamperedRequest = (constraints: RequestConstraints = {}): fc.Arbitrary<TamperedRequest> => {
  const wanted = constraints.action === undefined ? ON_RECORD_DOCUMENT : asList(constraints.action).flatMap((a) => (ON_RECORD_DOCUMENT.includes(a) ? [a] : []))
  const actions = wanted.length === 0 ? ON_RECORD_DOCUMENT : wanted
  return fc
    .record({
      original: arbRequest({ ...constraints, action: actions }),
      alteration: fc.constantFrom(...ALTERATIONS),
      author: arbDocumentAuthor(),
      typeCode: arbId(SAMPLE_IDS.typeCodes),
      days: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: -400, max: -1 })),
      foreign: documentAround(arbId(SAMPLE_IDS.documents)),
    })
    .map(({ original, alteration, author, typeCode, days, foreign }): TamperedRequest => {
      // INVARIANT: arbRequest gives every non-feed document action a document of the record.
      const doc = original.document as HealthDocument
      const altered = ((): HealthDocument => {
        switch (alteration) {
          case 'foreign-document': {
            const f = foreign(original.at)
            return { ...f, id: unusedId(original.record, f.id) }
          }
          case 'id':
            return { ...doc, id: unusedId(original.record, `${doc.id}-forged`) }
          case 'typeCode':
            return { ...doc, typeCode: typeCode === doc.typeCode ? `${typeCode}-forged` : typeCode }
          case 'author':
            return { ...doc, author: sameAuthor(author, doc.author) ? { kind: 'professional', id: 'forger' } : author }
          case 'addedOn':
            return { ...doc, addedOn: addDays(doc.addedOn, days) ?? (doc.addedOn === '2000-01-01' ? '2000-01-02' : '2000-01-01') }
          case 'maskedFromProfessionals':
          case 'invisibleToPatient':
          case 'hiddenFromLegalRepresentatives':
            return { ...doc, [alteration]: !doc[alteration] }
        }
      })()
      return { original, tampered: { ...original, document: altered }, alteration }
    })
}
