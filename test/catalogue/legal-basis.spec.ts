// Every rule cites its catalogue id and the legal basis docs/rules.md documents for it ("the legal references
// the library attaches to its reasons (`Reason.basis`) are listed when there are any"), and the reasons of a
// decision carry them. Written for the mutation run (issue 6): the ids and bases are module-level values.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { POLICIES } from '../../src/actions/index.js'
import { combine } from '../../src/decision/combine.js'
import { notApplicable } from '../../src/decision/outcome.js'
import { ACTIONS } from '../../src/domain/types.js'
import { decide, isRuleId, messageOf, RULE_IDS, type Request } from '../../src/index.js'
import { AT, adultRecord, doctor, nurse, OPEN_MATRIX, report } from '../actions/consult-view.fixtures.js'

// The `basis` of each rule id, as docs/rules.md lists it (the "Source" paragraph of each id's section: "Legal basis,
// attached to its reasons as `basis`: A; B; C." — catalogue revision 3: the bases Revision 3 corrected and filled,
// issue 20); every other id cites none. Read from the page, not imported from src/catalogue/basis.ts, so that a change
// there (or on the page) fails. Issue 23: this list was written out a second time here; it is now read.
const RULES_MD = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')

const BASIS_INTRO = 'Legal basis, attached to its reasons as `basis`: '

/** The references of one Source paragraph: split on `; `, "(secondary source)" dropped, the sentence's period too. */
const referencesOf = (paragraph: string): ReadonlyArray<string> => {
  const at = paragraph.indexOf(BASIS_INTRO)
  if (at < 0) return []
  // The list ends with its sentence: a period at the end, or before another sentence ("… 2022. The type codes …").
  const list = paragraph.slice(at + BASIS_INTRO.length).split(/(?<=\.)\s+(?=[A-Z][a-z])/)[0] ?? ''
  return list.split('; ').map((ref, i, all) => {
    const r = ref.replace(/ \(secondary source\)/g, '').trim()
    // The last reference carries the sentence's period, unless it is the "al." of the reference itself.
    return i === all.length - 1 && r.endsWith('.') && !r.endsWith(' al.') ? r.slice(0, -1) : r
  })
}

const sourceParagraphs = (markdown: string): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  let id: string | undefined
  let paragraph: Array<string> | undefined
  const close = (): void => {
    if (id !== undefined && paragraph !== undefined) out.set(id, paragraph.join(' '))
    paragraph = undefined
  }
  for (const line of markdown.split('\n')) {
    if (paragraph !== undefined && (line.trim() === '' || line.startsWith('**') || line.startsWith('#'))) close()
    const heading = /^## ([A-Z]+(?:-[A-Z]+)*-\d+)(?=\s|$)/.exec(line)
    if (line.startsWith('## ')) id = heading?.[1]
    else if (line.startsWith('**Source.**')) paragraph = [line]
    else if (paragraph !== undefined) paragraph.push(line)
  }
  close()
  return out
}

const SOURCES = sourceParagraphs(RULES_MD)
const DOCUMENTED_BASIS: Readonly<Record<string, ReadonlyArray<string>>> = Object.fromEntries(
  [...SOURCES].map(([id, paragraph]) => [id, referencesOf(paragraph)] as const).filter(([, refs]) => refs.length > 0),
)
const documentedBasis = (rule: string): ReadonlyArray<string> => DOCUMENTED_BASIS[rule] ?? []

const everyRule = ACTIONS.flatMap((action) => POLICIES[action].rules.map((rule) => ({ action, rule })))

describe('rule ids and legal bases of every policy (docs/rules.md)', () => {
  it('reads a Source paragraph in the section of every rule id, and the references of the page', () => {
    expect([...SOURCES.keys()]).toEqual([...RULE_IDS])
    expect(referencesOf('**Source.** faq:1. Legal basis, attached to its reasons as `basis`: CSP L.1111-18 al. 1-2, 4; C. civ. 371-1.')).toEqual(['CSP L.1111-18 al. 1-2, 4', 'C. civ. 371-1'])
    expect(referencesOf('**Source.** Legal basis, attached to its reasons as `basis`: CSP L.1111-14 al. 3 (secondary source); CSP L.1111-18 last al.')).toEqual(['CSP L.1111-14 al. 3', 'CSP L.1111-18 last al.'])
    expect(referencesOf('**Source.** Legal basis, attached to its reasons as `basis`: Arrêté du 26 avril 2022. The type codes are elsewhere.')).toEqual(['Arrêté du 26 avril 2022'])
    expect(referencesOf('**Source.** faq:235. FAQ only (no legal text found): `basis` is empty.')).toEqual([])
  })

  it('gives every rule of every policy an id of the catalogue (RULES.md)', () => {
    for (const { action, rule } of everyRule) expect(isRuleId(rule.id), `${action}: ${JSON.stringify(rule.id)}`).toBe(true)
  })

  it('gives every rule of every policy exactly the legal basis docs/rules.md lists for its id', () => {
    for (const { action, rule } of everyRule) expect(rule.basis, `${rule.id} in ${action}`).toEqual(documentedBasis(rule.id))
  })

  it('documents bases only for ids of the catalogue', () => {
    for (const id of Object.keys(DOCUMENTED_BASIS)) expect(RULE_IDS).toContain(id)
  })
})

describe('reasons carry the basis of their rule', () => {
  const consult = (over: Partial<Request>): Request => ({ action: 'consult', actor: doctor, record: adultRecord, at: AT, ...over })

  it('cites CSP L.1111-18 and Code pénal 226-13 when an insurer is refused (R-ACTOR-1)', () => {
    const d = decide(consult({ actor: { kind: 'third-party', party: 'insurer' } }))
    expect(d.reasons.find((r) => r.rule === 'R-ACTOR-1')?.basis).toEqual(['CSP L.1111-18 al. 1-2, 4', 'Code pénal 226-13'])
  })

  it('cites the care-team articles on a care-team consultation (R-CONSENT-1)', () => {
    const d = decide(consult({ careTeam: true, explicitConsent: true }))
    expect(d.allowed).toBe(true)
    expect(d.reasons.find((r) => r.rule === 'R-CONSENT-1')?.basis).toEqual(documentedBasis('R-CONSENT-1'))
  })

  it('cites the explicit-consent articles when the consent is missing (R-CONSENT-2)', () => {
    const d = decide(consult({ actor: nurse }))
    expect(d.allowed).toBe(false)
    expect(d.reasons.find((r) => r.rule === 'R-CONSENT-2')?.basis).toEqual(documentedBasis('R-CONSENT-2'))
  })

  it('cites the matrix basis when a document type is not granted (R-AUTH-7), and no text for the author (R-AUTH-8: by definition since revision 3)', () => {
    const hidden = decide(
      { action: 'view', actor: doctor, record: { ...adultRecord, documents: [report] }, at: AT, careTeam: true, explicitConsent: true, document: report },
      { matrix: { version: 'nothing', grants: [] } },
    )
    expect(hidden.reasons.find((r) => r.rule === 'R-AUTH-7')?.basis).toEqual(documentedBasis('R-AUTH-7'))
    const own = { ...report, author: { kind: 'professional' as const, id: doctor.id } }
    const seen = decide(
      { action: 'view', actor: doctor, record: { ...adultRecord, documents: [own] }, at: AT, careTeam: true, explicitConsent: true, document: own },
      { matrix: OPEN_MATRIX },
    )
    expect(seen.reasons.find((r) => r.rule === 'R-AUTH-8')?.basis).toEqual([])
  })

  it('cites R-ACTOR-3 and its articles (CSP L.1111-17 III…) for an action the library does not know, and for an unlisted representative', () => {
    const unknown = decide({ ...consult({}), action: 'teleport' as never })
    expect(unknown.reasons.map((r) => [r.rule, r.code, r.basis])).toEqual([['R-ACTOR-3', 'UNKNOWN_ACTION', documentedBasis('R-ACTOR-3')]])
    const stranger = decide(consult({ actor: { kind: 'legal-representative', id: 'stranger' } }))
    expect(stranger.reasons.map((r) => [r.rule, r.code, r.basis])).toContainEqual([
      'R-ACTOR-3',
      'LEGAL_REPRESENTATIVE_NOT_ON_RECORD',
      documentedBasis('R-ACTOR-3'),
    ])
  })

  it('denies with NO_GRANTING_RULE, citing R-ACTOR-3 and its articles, when no rule speaks (fail closed)', () => {
    const d = combine([{ rule: 'R-STATUS-3', basis: [], outcome: notApplicable }])
    expect(d).toEqual({
      allowed: false,
      reasons: [{ rule: 'R-ACTOR-3', code: 'NO_GRANTING_RULE', basis: documentedBasis('R-ACTOR-3'), message: messageOf('NO_GRANTING_RULE') }],
      remedies: [],
    })
  })

  it('cites A-6 with no basis for a malformed request', () => {
    const d = decide(consult({ at: '2024-02-30' }))
    expect(d.reasons.map((r) => [r.rule, r.code, r.basis])).toContainEqual(['A-6', 'MALFORMED_REQUEST', []])
  })
})
