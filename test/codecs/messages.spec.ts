// The wording of decoding issues: every code and every description of what a decoder expects has its English
// and its French text (the types refuse a missing one; this checks it at run time too, e.g. against a cast),
// and every message says what was expected and what was found in both languages.
import { describe, expect, it } from 'vitest'
import { messageOf } from '../../src/codecs/decoder.js'
import { EXPECTED_EN, describe as describeEn, en, type ArgsOf, type Code } from '../../src/messages/en/decoding.js'
import { EXPECTED_FR, describeFr, fr } from '../../src/messages/fr/decoding.js'
import { MES_STATUS_KINDS } from '../../src/domain/types.js'

/** Arguments of every code's message, as the decoders pass them. */
const SAMPLE_ARGS: { readonly [C in Code]: ArgsOf<C> } = {
  INVALID_TYPE: ['record', 42],
  ACCESSOR: ['boolean'],
  EMPTY_STRING: ['id'],
  INVALID_ENUM: [['consult', 'feed'], 'consul'],
  INVALID_DATE: ['2023-02-30'],
  MISSING_KEY: ['actor', 'actor'],
  UNKNOWN_KEY: ['explicitConsnet', ['explicitConsent', 'careTeam']],
  DUPLICATE_DOCUMENT_ID: ['doc-1', '/record/documents/0/id'],
  DUPLICATE_REPRESENTATIVE_ID: ['rl-1', '/record/legalRepresentatives/0/id'],
  UNLISTED_REPRESENTATIVE: ['rl-9', []],
  MISSING_DOCUMENT: ['mask'],
  DOCUMENT_NOT_IN_RECORD: ['consult', 'doc-9'],
  DOCUMENT_DIFFERS_FROM_RECORD: ['/record/documents/0/maskedFromProfessionals', true],
  FED_DOCUMENT_ID_EXISTS: ['doc-1', '/record/documents/0/id'],
  FED_DOCUMENT_NOT_ADDED_AT: ['2025-03-14', '2026-03-14'],
  INDIRECT_WITHOUT_ESTABLISHMENT: [],
  EMANCIPATED_UNDER_16: [13, '2025-03-14'],
  PROTECTION_MEASURE_MISSING: [],
  PROTECTION_WITHOUT_PROTECTED_ADULT: [],
  REPRESENTATION_NOT_CARRIED_BY_MEASURE: ['curatelle', ['tutelle', 'habilitation-familiale', 'mandat-protection-future']],
  AT_BEFORE_BIRTH: ['2010-06-14', '2010-06-15'],
  UNREADABLE_INPUT: [],
  TOO_MANY_ISSUES: [123_000],
}

const CODES = Object.keys(en) as ReadonlyArray<Code>

describe('decoding issues in French and English', () => {
  it('gives every issue code an English and a French message, and no French message without its code', () => {
    expect(Object.keys(fr).sort()).toEqual([...CODES].sort())
    expect(Object.keys(SAMPLE_ARGS).sort()).toEqual([...CODES].sort())
    for (const code of CODES) {
      expect(typeof en[code], code).toBe('function')
      expect(typeof fr[code], code).toBe('function')
    }
  })

  it.each(CODES)('words %s in both languages: expected … got …, attendu … reçu …', (code) => {
    const m = messageOf(code, ...(SAMPLE_ARGS[code] as ArgsOf<typeof code>))
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
    const m = messageOf('INVALID_ENUM', ['consult', 'feed'], 'consul')
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
