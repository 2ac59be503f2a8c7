// A-8 (issue 19): a document of the record dated after the decision date did not exist then. An audit asks about
// past dates, so the codecs accept such records; every action on the document (but feed, whose document is new) is
// denied with a reason that says so, and no remedy (nothing changes the past: FINAL_DENIALS).
import { describe, expect, it } from 'vitest'
import { decodeRecord } from '../../src/codecs/index.js'
import { allowedActions, buildDocument, buildRecord, decide, FINAL_DENIALS, RECORD_DOCUMENT_ACTIONS, visibleDocuments } from '../../src/index.js'

const later = buildDocument({ id: 'later', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-07-01' })
const earlier = buildDocument({ id: 'earlier', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-01' })
const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [earlier, later] })
const patient = { kind: 'patient' } as const

describe('A-8 — a document added after `at` did not exist at `at`', () => {
  it('denies every document action on it with DOCUMENT_NOT_YET_ADDED, and allows viewing it from its date on (A-8)', () => {
    const menu = allowedActions({ actor: patient, at: '2024-06-01', record, document: later })
    for (const action of RECORD_DOCUMENT_ACTIONS) {
      expect(menu[action].allowed, action).toBe(false)
      expect(menu[action].reasons.map((r) => `${r.rule}:${r.code}`), action).toContain('A-8:DOCUMENT_NOT_YET_ADDED')
    }
    expect(decide({ action: 'view', actor: patient, at: '2024-07-01', record, document: later }).allowed).toBe(true)
    expect(decide({ action: 'view', actor: patient, at: '2024-06-01', record, document: earlier }).allowed).toBe(true)
  })

  it('says so in French and English, with no remedy (a final denial) (A-8)', () => {
    const d = decide({ action: 'view', actor: patient, at: '2024-06-01', record, document: later })
    expect(d.allowed).toBe(false)
    if (d.allowed) return
    const reason = d.reasons.find((r) => r.rule === 'A-8')
    expect(reason?.message.en).toMatch(/after the decision date/)
    expect(reason?.message.fr).toMatch(/après la date de la décision/)
    expect(d.remedies.filter((r) => r.rule === 'A-8')).toEqual([])
    expect('DOCUMENT_NOT_YET_ADDED' in FINAL_DENIALS).toBe(true)
  })

  it('visibleDocuments agrees, document by document (A-8)', () => {
    const rows = visibleDocuments({ actor: patient, at: '2024-06-01', record })
    expect(rows.map((r) => r.decision.allowed)).toEqual([true, false])
  })

  it('the codecs keep accepting such a record (audits ask about past dates) (A-8)', () => {
    expect(decodeRecord(JSON.parse(JSON.stringify(record)))._tag).toBe('Right')
  })
})
