// dmp-rules/testing — documents: who fed them, their flags, their feeding dates around an anchor.
import * as fc from 'fast-check'
import type { IsoDate } from '../domain/dates.js'
import type { DocumentAuthor, HealthDocument } from '../domain/types.js'
import { arbAt, arbShift, applyShift, around, notAfter, type Around } from './dates.js'
import { SAMPLE_IDS, arbId, often } from './pools.js'

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

/**
 * Who fed a document: a professional (with or without establishment), the patient or a legal representative,
 * ids from {@link SAMPLE_IDS}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDocumentAuthor } from 'dmp-rules/testing'
 * fc.sample(arbDocumentAuthor(), 1) // e.g. [{ kind: 'professional', id: 'ps-2' }]
 *
 * @since 0.1.0
 */
export const arbDocumentAuthor = (): fc.Arbitrary<DocumentAuthor> =>
  fc.oneof(
    {
      arbitrary: fc.record(
        {
          kind: fc.constant('professional' as const),
          id: arbId(SAMPLE_IDS.professionals),
          establishmentId: arbId(SAMPLE_IDS.establishments),
        },
        { requiredKeys: ['kind', 'id'] },
      ),
      weight: 5,
    },
    { arbitrary: fc.constant({ kind: 'patient' as const }).map((a) => ({ ...a })), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('legal-representative' as const), id: arbId(SAMPLE_IDS.representatives) }),
      weight: 1,
    },
  )

// Feeding dates cluster on `at` - 1 month (R-INVIS-3) and `at` - 2 weeks, never after `at` (a document added later
// did not exist then: A-8, since 0.3.0); the flags are set one time in four.
export const documentAround = (ids: fc.Arbitrary<string>): Around<HealthDocument> =>
  fc
    .record({
      id: ids,
      typeCode: arbId(SAMPLE_IDS.typeCodes),
      author: arbDocumentAuthor(),
      addedOn: fc.oneof(
        { arbitrary: arbShift([-1, 0, -12], 120), weight: 4 },
        { arbitrary: fc.record({ months: fc.constant(0), days: fc.constantFrom(-14, -13, -15) }), weight: 1 },
      ),
      maskedFromProfessionals: often(1, 2),
      invisibleToPatient: often(1, 2),
      hiddenFromLegalRepresentatives: often(1, 2),
      subcontractedBy: fc.option(arbId(SAMPLE_IDS.establishments), { nil: undefined, freq: 6 }),
    })
    .map((d) => (anchor: IsoDate): HealthDocument => {
      const doc: HealthDocument = {
        id: d.id,
        typeCode: d.typeCode,
        author: d.author,
        addedOn: notAfter(applyShift(anchor, d.addedOn), anchor),
        maskedFromProfessionals: d.maskedFromProfessionals,
        invisibleToPatient: d.invisibleToPatient,
        hiddenFromLegalRepresentatives: d.hiddenFromLegalRepresentatives,
      }
      return d.subcontractedBy === undefined ? doc : { ...doc, subcontractedBy: d.subcontractedBy }
    })

/**
 * A document of every kind of author, with every combination of flags (masked, invisible to the patient,
 * hidden from the legal representatives) and a type code from {@link SAMPLE_IDS}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDocument } from 'dmp-rules/testing'
 * import { toXdsConfidentialityCodes } from 'dmp-rules/interop'
 * import type { HealthDocument } from 'dmp-rules'
 * const toXdsMetadata = (doc: HealthDocument) => ({ typeCode: doc.typeCode, confidentialityCode: toXdsConfidentialityCodes(doc) }) // your code
 * fc.assert(fc.property(arbDocument(), (doc) => toXdsMetadata(doc).typeCode === doc.typeCode))
 *
 * @since 0.1.0
 */
export const arbDocument = (): fc.Arbitrary<HealthDocument> => around(documentAround(arbId(SAMPLE_IDS.documents)), arbAt)
