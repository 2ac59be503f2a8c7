// Issue 22 item 5: the decoders' "did you mean". A typo is recognised by edit distance (Damerau-Levenshtein) within
// a threshold that grows with the length of what was typed; a tagged union's `kind` that is a word of one of its
// members (a legal representative's role, a profession, a third party) suggests that member. For `"parent"` as an
// actor's kind the decoder used to suggest `"patient"` (2 edits away, within the old fixed threshold of 2): a parent
// following it would have asked as the patient. The suggestion now comes from what "parent" means at that path.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeRequest, type DecodeIssue } from '../../src/codecs/index.js'
import { editDistance, maxEdits, suggest } from '../../src/messages/suggest.js'
import { PROFESSIONS } from '../../src/domain/profession.js'
import { THIRD_PARTIES } from '../../src/domain/types.js'
import { setAt } from '../fuzz/json-pointer.js'

const VALID = {
  action: 'consult',
  actor: { kind: 'legal-representative', id: 'rl-1' },
  record: {
    patient: { birthDate: '2012-06-15', emancipated: false, protectedAdult: false },
    status: { kind: 'active' },
    treatingDoctorIds: [],
    legalRepresentatives: [{ id: 'rl-1', role: 'parent', doctorPresenceRequired: false }],
    blocks: [],
    authorizations: [],
    documents: [
      {
        id: 'doc-1',
        typeCode: '11488-4',
        author: { kind: 'patient' },
        addedOn: '2024-01-02',
        maskedFromProfessionals: false,
        invisibleToPatient: false,
        hiddenFromLegalRepresentatives: false,
      },
    ],
  },
  at: '2024-06-01',
}

const issueAt = (input: unknown, path: string): DecodeIssue => {
  const r = decodeRequest(input)
  expect(r._tag).toBe('Left')
  const found = r._tag === 'Left' ? r.left.find((i) => i.path === path) : undefined
  expect(found).toBeDefined()
  return found as DecodeIssue
}

const KINDS = ['patient', 'legal-representative', 'professional', 'third-party']

describe('decoders: "did you mean" from the values valid at the path (issue 22)', () => {
  it('suggests "legal-representative", not "patient", for an actor of kind "parent" (R-MINOR-1), in both languages', () => {
    const issue = issueAt(setAt(VALID, '/actor/kind', 'parent'), '/actor/kind')
    expect(issue.code).toBe('INVALID_ENUM')
    expect(issue.message.en).toContain('(did you mean "legal-representative"?)')
    expect(issue.message.fr).toContain('(vouliez-vous dire "legal-representative" ?)')
    expect(issue.message.en).not.toContain('did you mean "patient"')
    // By spelling alone, "parent" is no typo of any kind: 2 edits from "patient" is another word.
    expect(editDistance('parent', 'patient')).toBe(2)
    expect(suggest('parent', KINDS)).toBeUndefined()
  })

  it('suggests the member a word belongs to, for actors and for authors (R-MINOR-1, R-AUTH-7, R-ACTOR-1)', () => {
    expect(issueAt(setAt(VALID, '/actor/kind', 'guardian'), '/actor/kind').message.en).toContain('did you mean "legal-representative"?')
    for (const p of PROFESSIONS) expect(issueAt(setAt(VALID, '/actor/kind', p), '/actor/kind').message.en).toContain('did you mean "professional"?')
    for (const t of THIRD_PARTIES.filter((x) => x !== 'other'))
      expect(issueAt(setAt(VALID, '/actor/kind', t), '/actor/kind').message.en).toContain('did you mean "third-party"?')
    const author = issueAt(setAt(VALID, '/record/documents/0/author/kind', 'parent'), '/record/documents/0/author/kind')
    expect(author.message.en).toContain('did you mean "legal-representative"?')
  })

  it('suggests nothing for a word of two members ("other": a role and a third party)', () => {
    const issue = issueAt(setAt(VALID, '/actor/kind', 'other'), '/actor/kind')
    expect(issue.message.en).not.toContain('did you mean')
    expect(issue.message.fr).not.toContain('vouliez-vous dire')
  })

  it('still suggests a typo of a kind, and the value of the right list at each path', () => {
    expect(issueAt(setAt(VALID, '/actor/kind', 'patinet'), '/actor/kind').message.en).toContain('did you mean "patient"?')
    expect(issueAt(setAt(VALID, '/actor/kind', 'legal_representative'), '/actor/kind').message.en).toContain('did you mean "legal-representative"?')
    const role = issueAt(setAt(VALID, '/record/legalRepresentatives/0/role', 'parnet'), '/record/legalRepresentatives/0/role')
    expect(role.message.en).toContain('did you mean "parent"?')
    expect(issueAt(setAt(VALID, '/action', 'cnosult'), '/action').message.en).toContain('did you mean "consult"?')
  })

  it('counts a swap of two neighbouring letters as one edit (Damerau-Levenshtein)', () => {
    expect(editDistance('cnosult', 'consult')).toBe(1)
    expect(editDistance('mpa', 'map')).toBe(1)
    expect(editDistance('decid', 'decide')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('suggests only a word of the list, within the threshold of the length typed, and the nearest one', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (found, allowed) => {
        const s = suggest(found, allowed)
        if (s === undefined) {
          for (const a of allowed) {
            expect(a.toLowerCase()).not.toBe(found.toLowerCase())
            expect(editDistance(found.toLowerCase(), a.toLowerCase())).toBeGreaterThan(maxEdits(found.length))
          }
          return
        }
        expect(allowed).toContain(s)
        if (s.toLowerCase() !== found.toLowerCase()) {
          const d = editDistance(found.toLowerCase(), s.toLowerCase())
          expect(d).toBeLessThanOrEqual(maxEdits(found.length))
          for (const a of allowed) expect(editDistance(found.toLowerCase(), a.toLowerCase())).toBeGreaterThanOrEqual(d)
        }
      }),
    )
  })
})
