// The wording of decoding issues: every code and every description of what a decoder expects has its English
// and its French text (the types refuse a missing one; this checks it at run time too, e.g. against a cast),
// and every message says what was expected and what was found in both languages.
import { describe, expect, it } from 'vitest'
import { DECODE_ISSUE_CODES, decodeIssueMessage } from '../../src/messages/decoding.js'
import { DECODING_EN, EXPECTED_EN, describe as describeEn } from '../../src/messages/en/decoding.js'
import { DECODING_FR, EXPECTED_FR, describeFr } from '../../src/messages/fr/decoding.js'
import { MES_STATUS_KINDS } from '../../src/domain/types.js'
import { SAMPLE_DECODE_PARAMS } from '../messages/samples.js'

const CODES = DECODE_ISSUE_CODES

describe('decoding issues in French and English', () => {
  it('gives every issue code an English and a French message, and no French message without its code', () => {
    expect(Object.keys(DECODING_FR).sort()).toEqual([...CODES].sort())
    expect(Object.keys(SAMPLE_DECODE_PARAMS).sort()).toEqual([...CODES].sort())
    for (const code of CODES) {
      expect(typeof DECODING_EN[code], code).toBe('function')
      expect(typeof DECODING_FR[code], code).toBe('function')
    }
  })

  it.each(CODES)('words %s in both languages: expected … got …, attendu … reçu …', (code) => {
    const m = decodeIssueMessage(code, SAMPLE_DECODE_PARAMS[code])
    expect(m.en).toMatch(/^expected .+, got /s)
    expect(m.fr).toMatch(/^attendu .+, reçu /s)
    expect(m.fr).not.toBe(m.en)
  })

  it('describes every expected shape in both languages, under the same keys', () => {
    expect(Object.keys(EXPECTED_FR).sort()).toEqual(Object.keys(EXPECTED_EN).sort())
    for (const [key, text] of Object.entries(EXPECTED_FR)) {
      expect(text, key).not.toBe('')
      expect(text, key).not.toBe(EXPECTED_EN[key as keyof typeof EXPECTED_EN])
    }
  })

  it('lists every status kind in the wording of a status, in both languages', () => {
    for (const k of MES_STATUS_KINDS) {
      expect(EXPECTED_EN.mesStatus).toContain(JSON.stringify(k))
      expect(EXPECTED_FR.mesStatus).toContain(JSON.stringify(k))
    }
  })

  it('suggests the closest word in both languages', () => {
    const m = decodeIssueMessage('INVALID_ENUM', SAMPLE_DECODE_PARAMS.INVALID_ENUM)
    expect(m.en).toContain('(did you mean "consult"?)')
    expect(m.fr).toContain('(vouliez-vous dire "consult" ?)')
  })

  it.each([
    ['x'.repeat(100), 'a string of 100 characters', 'une chaîne de 100 caractères'],
    [Number.NaN, 'NaN (a number)', 'NaN (un nombre)'],
    [10n, '10n (a bigint)', '10n (un bigint)'],
    [Symbol('s'), 'a symbol', 'un symbole'],
    [() => 1, 'a function', 'une fonction'],
    [[], 'an empty array', 'un tableau vide'],
    [[1], 'an array of 1 item', 'un tableau de 1 élément'],
    [[1, 2], 'an array of 2 items', 'un tableau de 2 éléments'],
    [{}, 'an object', 'un objet'],
    [new Date(0), 'an object that is not a plain object', "un objet qui n'est pas un objet simple"],
    [null, 'null', 'null'],
    [undefined, 'undefined', 'undefined'],
    ['abc', '"abc"', '"abc"'],
  ])('describes %o as found, in both languages', (value, english, french) => {
    expect(describeEn(value)).toContain(english)
    expect(describeFr(value)).toContain(french)
  })
})
