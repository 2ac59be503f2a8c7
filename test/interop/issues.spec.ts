// Issue 22 item 4: the interop readers' issues have the codecs' DecodeIssue shape, `{ code, path, message: { fr,
// en } }`, with a French wording for every one; `formatIssues(issues, lang)` of dmp-rules/codecs renders them in
// the language asked (it printed `/1: undefined` in French when the message was an English string).
import * as E from 'fp-ts/Either'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { formatIssues, prefixIssues, type DecodeIssue, type FormattableIssue } from '../../src/codecs/index.js'
import {
  decodeAccessModeCode,
  decodeProfessionCode,
  fromXdsConfidentialityCodes,
  INTEROP_ISSUE_CODES,
  interopIssueMessage,
  matrixFromMesJsonApi,
  type InteropIssue,
  type InteropIssueCode,
  type InteropIssues,
} from '../../src/interop.js'
import type { Message } from '../../src/index.js'
import { payloadOf, rowsOf } from '../matrix/mes-payload.js'

const issuesOf = (r: E.Either<InteropIssues, unknown>): ReadonlyArray<InteropIssue> => (E.isLeft(r) ? r.left : [])

const row = (consult: unknown, code: unknown, typeCode: unknown): unknown => ({
  field_consultation_document: consult,
  field_code_profession: { field_code_profession: code },
  field_type_de_document: { field_code_loinc: typeCode },
})
const included = payloadOf([{ code: 10, typeCode: '11488-4', consult: true }], 'included')[0] as { readonly data: unknown; readonly included: ReadonlyArray<{ readonly id: string }> }
const pages = payloadOf(rowsOf({ version: 'h', grants: [{ profession: 'medecin', typeCodes: ['11488-4'] }] }, ['medecin', 'infirmier'], ['11488-4', '34133-9']), 'flat', 2)

/** Every reader, on inputs that together raise every issue code. */
const ALL: ReadonlyArray<InteropIssue> = [
  ...issuesOf(decodeAccessModeCode(3)),
  ...issuesOf(decodeAccessModeCode('NOPE')),
  ...issuesOf(decodeProfessionCode(true)),
  ...issuesOf(decodeProfessionCode('999')),
  ...issuesOf(fromXdsConfidentialityCodes('N' as unknown as ReadonlyArray<string>)),
  ...issuesOf(fromXdsConfidentialityCodes([7 as unknown as string, { code: 'N', codeSystem: 3 as unknown as string }, { code: 'MASQUE_PS', codeSystem: '1.2.3' }, 'SECRET', 'R', 'V'])),
  ...issuesOf(matrixFromMesJsonApi([])),
  ...issuesOf(matrixFromMesJsonApi(7)),
  ...issuesOf(matrixFromMesJsonApi({ data: 7 })),
  ...issuesOf(matrixFromMesJsonApi({ data: [7, row('yes', 10, '11488-4'), row(true, undefined, '11488-4'), row(true, 99, '11488-4'), row(true, 10, ' ')] })),
  ...issuesOf(matrixFromMesJsonApi({ ...included, included: included.included.filter((r) => !r.id.startsWith('type-')) })),
  ...issuesOf(matrixFromMesJsonApi({ data: [{ attributes: { field_consultation_document: true }, relationships: { field_code_profession: { data: 'p' } } }] })),
  ...issuesOf(matrixFromMesJsonApi({ data: [row(true, 10, '11488-4'), row(false, 10, '11488-4')] })),
  ...issuesOf(matrixFromMesJsonApi(pages.slice(0, 1))),
]

// The codes of the union, from its runtime list (messages/interop.ts: the key set of the English wording).
const CODES: ReadonlyArray<InteropIssueCode> = INTEROP_ISSUE_CODES

describe('interop issues are DecodeIssue-shaped, in French and English (issue 22 item 4)', () => {
  it('raises every issue code on the inputs above', () => {
    expect([...new Set(ALL.map((i) => i.code))].sort()).toEqual([...CODES].sort())
  })

  it.each(CODES)('keeps the parameters of %s: its message is derived from them, in both languages', (code) => {
    const raised = ALL.filter((i) => i.code === code)
    expect(raised.length).toBeGreaterThan(0)
    for (const i of raised) {
      const { code: c, path: _path, message, ...params } = i
      expect(interopIssueMessage(c, params as never)).toEqual(message)
      expect(Object.isFrozen(i)).toBe(true)
    }
  })

  it('gives every issue a message in both languages, the French one written in French', () => {
    expectTypeOf<InteropIssue['message']>().toEqualTypeOf<Message>()
    expectTypeOf<InteropIssue>().toMatchTypeOf<FormattableIssue>()
    expectTypeOf<DecodeIssue>().toMatchTypeOf<FormattableIssue>()
    for (const i of ALL) {
      expect(typeof i.message.en, i.path).toBe('string')
      expect(typeof i.message.fr, i.path).toBe('string')
      expect(i.message.fr).not.toBe(i.message.en)
      expect(i.message.en).toMatch(/^(Expected|No |Code system|The |This row|Profession code|HL7|"|[A-Z_0-9]+ is)/)
      expect(i.message.fr).toMatch(/^(Attendu|Aucune|Le |La |Cette ligne|"|[A-Z_0-9]+ est)/)
      expect(i.message.fr).not.toMatch(/\b(Expected|is not|has no|must be|stands for|disagree)\b/)
    }
  })

  it('formats them in the language asked, never "undefined" (formatIssues)', () => {
    const r = fromXdsConfidentialityCodes(['N', 'SECRET'])
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      expect(formatIssues(r.left, 'fr')).toBe(`/1: "SECRET" n'est pas un code de confidentialité de TRE_A07 ou HL7.`)
      expect(formatIssues(r.left, 'en')).toBe('/1: "SECRET" is not a confidentiality code of TRE_A07 or HL7.')
      expect(formatIssues(r.left)).toBe(formatIssues(r.left, 'en'))
    }
    for (const lang of ['fr', 'en'] as const) {
      const text = formatIssues(ALL, lang)
      expect(text.split('\n')).toEqual(ALL.map((i) => `${i.path === '' ? (lang === 'fr' ? '(racine)' : '(root)') : i.path}: ${i.message[lang]}`))
      expect(text).not.toContain('undefined')
    }
  })

  it('formats a 0.2-style string message as is, and prefixes interop issues keeping their type (prefixIssues)', () => {
    const legacy = [{ path: '/0', message: 'Expected a row (an object).' }] as unknown as ReadonlyArray<FormattableIssue>
    expect(formatIssues(legacy, 'fr')).toBe('/0: Expected a row (an object).')
    const prefixed = prefixIssues('/3', issuesOf(decodeAccessModeCode('NOPE')))
    expectTypeOf(prefixed).toEqualTypeOf<ReadonlyArray<InteropIssue>>()
    expect(prefixed.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_CODE', '/3']])
  })
})
