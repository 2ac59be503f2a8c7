// Attack class "A-7 index" (issue 19): 0.2.0 indexed the documents of any frozen documents array by id and trusted
// the index after a document's id was changed in place: allowed, where a fresh evaluation denies.
import { describe, expect, it } from 'vitest'
import { decide, type HealthDocument, type Request } from '../../src/index.js'
import { AT, doctor, note, plainCopy, plainRecord } from './fixtures.js'

describe('the index of a record’s documents is built only for records the library built (A-7)', () => {
  it('denies once a document of a caller-frozen array is renamed in place (A-7)', () => {
    const documents: Array<{ -readonly [K in keyof HealthDocument]: HealthDocument[K] }> = Array.from({ length: 20 }, (_, i) => ({ ...note, id: `doc-${i}` }))
    const record = Object.freeze({ ...plainRecord(), documents: Object.freeze(documents) })
    const claimed: HealthDocument = { ...note, id: 'doc-7' }
    const request: Request = { action: 'view', actor: doctor, record, at: AT, document: claimed, careTeam: true, explicitConsent: true }
    for (let i = 0; i < 3; i++) expect(decide(request).allowed).toBe(true)
    ;(documents[7] as { id: string }).id = 'doc-7-renamed'
    const fresh = decide({ ...request, record: plainCopy(record) })
    expect(fresh.reasons.map((r) => `${r.rule}:${r.code}`)).toContain('A-7:DOCUMENT_NOT_IN_RECORD')
    expect(decide(request)).toEqual(fresh)
  })
})
