// Round trips through the DMP's metadata (issue 21): flags → codes → read → the same flags, and codes → read →
// write → the same codes, for XDS confidentiality codes and FHIR security labels; and any document the DMP's
// metadata can express, written as an XDS registry response and as a FHIR Bundle (test/metadata/writers.ts), reads
// back equal through `readXdsDocumentEntries` and `readDocumentReferences` (R-MASK-1, R-INVIS-1, R-MINOR-5:
// a flag lost on the way would flip a decision).
//
// The domain, by construction (no filter): document ids without `:` (or `urn:uuid:` ids; the readers strip
// `urn:oid:`), type codes LOINC-shaped or TRE_A05-shaped (never `E1762`, the signature's type), professional ids an
// RPPS (11 digits) or an ADELI (`0` + 9), establishments a FINESS or a `3` + SIRET, patient authors; no
// legal-representative author and no `subcontractedBy` (neither has an encoding in XDS or PDSm:
// docs/dmp-metadata.md).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HealthDocument } from '../../src/domain/types.js'
import { isDeeplyFrozen } from '../../src/domain/frozen.js'
import { fromXdsConfidentialityCodes, toFhirSecurityLabels, toXdsConfidentialityCodes, type VisibilityFlags } from '../../src/interop/confidentiality.js'
import { flagsOfSecurityLabels } from '../../src/fhir/labels.js'
import { readDocumentReferences } from '../../src/fhir/read.js'
import { readXdsDocumentEntries } from '../../src/xds/read.js'
import { SAMPLE_IDS } from '../../src/testing/index.js'
import { bundleOf, documentReferenceOf, registryResponse, submissionList, xdsEntryOf } from '../metadata/writers.js'

const runs = process.env['DMP_RULES_DEEP'] ? 5_000 : 200

const arbFlags: fc.Arbitrary<VisibilityFlags> = fc.record({
  maskedFromProfessionals: fc.boolean(),
  invisibleToPatient: fc.boolean(),
  hiddenFromLegalRepresentatives: fc.boolean(),
})

const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^\\d{${n}}$`))

const arbAuthor: fc.Arbitrary<HealthDocument['author']> = fc.oneof(
  {
    arbitrary: fc.record(
      {
        kind: fc.constant('professional' as const),
        id: fc.oneof(digits(11), fc.stringMatching(/^0[0-9A-Z]{9}$/)),
        establishmentId: fc.oneof(digits(9), digits(14).map((s) => `3${s}`)),
      },
      { requiredKeys: ['kind', 'id'] },
    ),
    weight: 4,
  },
  { arbitrary: fc.constant({ kind: 'patient' as const }), weight: 1 },
)

/** A day and a UTC time of that day that is the same day in Paris (hours 00..21 UTC: Paris is UTC+1 or +2). */
const arbAdded = fc
  .record({ day: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), h: fc.integer({ min: 0, max: 21 }), m: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) })
  .map(({ day, h, m, s }) => {
    const iso = day.toISOString().slice(0, 10)
    const two = (n: number): string => String(n).padStart(2, '0')
    return { addedOn: iso, dtm: `${iso.replace(/-/g, '')}${two(h)}${two(m)}${two(s)}`, instant: `${iso}T${two(h)}:${two(m)}:${two(s)}Z` }
  })

const arbDoc = fc.record({
  id: fc.oneof(
    fc.stringMatching(/^1\.2\.250\.1\.213\.1\.4\.8(\.\d{1,6}){1,3}$/),
    fc.uuid().map((u) => `urn:uuid:${u}`),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._^-]{0,30}$/),
  ),
  typeCode: fc.oneof(fc.constantFrom(...SAMPLE_IDS.typeCodes), fc.stringMatching(/^[A-Z]{2}[A-Z0-9_]{0,10}$/)),
  author: arbAuthor,
  added: arbAdded,
  flags: arbFlags,
})

type Gen = typeof arbDoc extends fc.Arbitrary<infer T> ? T : never
const docOf = (d: Gen): HealthDocument => ({ id: d.id, typeCode: d.typeCode, author: d.author, addedOn: d.added.addedOn, ...d.flags })

const arbDocs = fc.uniqueArray(arbDoc, { selector: (d) => d.id, minLength: 1, maxLength: 5 })

describe('confidentiality codes round trip (R-MASK-1, R-INVIS-1, R-MINOR-5)', () => {
  it(`flags → XDS codes → read → the same flags, and codes → read → write → the same codes (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbFlags, (flags) => {
        const codes = toXdsConfidentialityCodes(flags)
        const read = fromXdsConfidentialityCodes(codes)
        expect(read).toEqual({ _tag: 'Right', right: flags })
        if (read._tag === 'Right') expect(toXdsConfidentialityCodes(read.right)).toEqual(codes)
      }),
      { numRuns: runs },
    )
  })

  it(`flags → FHIR security labels → read → the same flags, and labels → read → write → the same labels (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbFlags, (flags) => {
        const labels = toFhirSecurityLabels(flags)
        const read = flagsOfSecurityLabels(labels, ['securityLabel'])
        expect(read).toEqual({ ok: true, flags })
        if (read.ok) expect(toFhirSecurityLabels(read.flags)).toEqual(labels)
      }),
      { numRuns: runs },
    )
  })

  it(`reads FHIR labels in any order, N or no N, to the flags they name (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbFlags, fc.boolean(), fc.nat(), (flags, withN, seed) => {
        const labels = toFhirSecurityLabels(flags).filter((l) => withN || l.coding[0].code !== 'N')
        const shuffled = labels.map((l, i) => ({ l, k: (i * 7919 + seed) % 13 })).sort((a, b) => a.k - b.k).map((x) => x.l)
        expect(flagsOfSecurityLabels(shuffled, [])).toEqual({ ok: true, flags })
      }),
      { numRuns: runs },
    )
  })
})

describe('documents round trip through the DMP metadata (R-MASK-1, R-INVIS-1, R-INVIS-3, R-MINOR-5)', () => {
  it(`any expressible document written as an XDS registry response reads back equal, frozen (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbDocs, (ds) => {
        const docs = ds.map(docOf)
        const xml = registryResponse(
          docs.map((d, i) => xdsEntryOf(d, `urn:uuid:e-${i}`)),
          ds.map((d, i) => ({ id: `urn:uuid:ss-${i}`, submissionTime: d.added.dtm, members: [`urn:uuid:e-${i}`] })),
        )
        const r = readXdsDocumentEntries(xml)
        if (r._tag === 'Left') throw new Error(JSON.stringify(r.left))
        expect(r.right.rejected).toEqual([])
        expect(r.right.skipped).toEqual([])
        expect(r.right.documents).toEqual(docs)
        for (const d of r.right.documents) expect(isDeeplyFrozen(d)).toBe(true)
      }),
      { numRuns: runs },
    )
  })

  it(`any expressible document written as a FHIR Bundle of DocumentReferences and submission sets reads back equal, frozen (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbDocs, (ds) => {
        const docs = ds.map(docOf)
        const input = bundleOf([
          ...docs.map((d, i) => ({ fullUrl: `urn:uuid:dr-${i}`, resource: documentReferenceOf(d, `dr-${i}`) })),
          ...ds.map((d, i) => ({ fullUrl: `urn:uuid:ss-${i}`, resource: submissionList(`ss-${i}`, d.added.instant, [`urn:uuid:dr-${i}`]) })),
        ])
        const r = readDocumentReferences(JSON.parse(JSON.stringify(input)))
        if (r._tag === 'Left') throw new Error(JSON.stringify(r.left))
        expect(r.right.rejected).toEqual([])
        expect(r.right.skipped).toEqual([])
        expect(r.right.documents).toEqual(docs)
        for (const d of r.right.documents) expect(isDeeplyFrozen(d)).toBe(true)
      }),
      { numRuns: runs },
    )
  })

  it(`the XDS and the FHIR readers give the same documents for the same metadata (${runs} runs)`, () => {
    fc.assert(
      fc.property(arbDocs, (ds) => {
        const docs = ds.map(docOf)
        const xds = readXdsDocumentEntries(
          registryResponse(
            docs.map((d, i) => xdsEntryOf(d, `urn:uuid:e-${i}`)),
            ds.map((d, i) => ({ id: `urn:uuid:ss-${i}`, submissionTime: d.added.dtm, members: [`urn:uuid:e-${i}`] })),
          ),
        )
        const fhir = readDocumentReferences(
          bundleOf([
            ...docs.map((d, i) => ({ fullUrl: `urn:uuid:dr-${i}`, resource: documentReferenceOf(d, `dr-${i}`) })),
            ...ds.map((d, i) => ({ fullUrl: `urn:uuid:ss-${i}`, resource: submissionList(`ss-${i}`, d.added.instant, [`urn:uuid:dr-${i}`]) })),
          ]),
        )
        expect(xds._tag).toBe('Right')
        expect(fhir).toEqual(xds)
      }),
      { numRuns: runs },
    )
  })
})
