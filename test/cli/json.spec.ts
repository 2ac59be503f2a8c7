// The command's JSON reader: it agrees with JSON.parse on what is valid, and places each error
// at a line and column inside the text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, parseJson } from '../../src/cli/json.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 500

const parses = (s: string): boolean => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

// Texts close to JSON: valid documents, cut or with one character changed, and strings over JSON's alphabet.
const jsonish = fc.oneof(
  fc.json(),
  fc.tuple(fc.json(), fc.nat(), fc.constantFrom(...'{}[]:,"\\ -+.eE0123456789tfnul\n\t\u0001x')).map(([j, k, c]) => {
    const i = j.length === 0 ? 0 : k % j.length
    return j.slice(0, i) + c + j.slice(i + 1)
  }),
  fc.tuple(fc.json(), fc.nat()).map(([j, k]) => j.slice(0, j.length === 0 ? 0 : k % j.length)),
  fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ -.e019tfnrul\n') }),
)

describe('the JSON reader of the command', () => {
  it('finds an error exactly when JSON.parse rejects the text', () => {
    fc.assert(
      fc.property(jsonish, (s) => {
        expect(findJsonSyntaxError(s) === undefined).toBe(parses(s))
      }),
      { numRuns: runs },
    )
  })

  it('places every error inside the text (line and column exist)', () => {
    fc.assert(
      fc.property(jsonish, (s) => {
        const e = findJsonSyntaxError(s)
        if (e === undefined) return
        const lines = s.split('\n')
        expect(e.line).toBeGreaterThanOrEqual(1)
        expect(e.line).toBeLessThanOrEqual(lines.length)
        expect(e.column).toBeGreaterThanOrEqual(1)
        expect(e.column).toBeLessThanOrEqual((lines[e.line - 1] ?? '').length + 1)
        if (e.found !== undefined) expect(lines[e.line - 1]?.[e.column - 1] ?? '\n').toBe(e.found)
      }),
      { numRuns: runs },
    )
  })

  it('returns the value JSON.parse returns for valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (s) => {
        expect(parseJson(s)).toEqual({ ok: true, value: JSON.parse(s) })
      }),
      { numRuns: runs },
    )
  })

  it.each([
    ['', 1, 1, 'empty'],
    ['  \n ', 2, 2, 'empty'],
    ['{"a": }', 1, 7, 'unexpected-character'],
    ['{\n  "a": 1,\n}', 3, 1, 'unexpected-character'],
    ['[1, 2', 1, 6, 'unexpected-end'],
    ['{"a": 1} x', 1, 10, 'trailing-content'],
    ['"\\u12"', 1, 6, 'bad-string'],
    ['-x', 1, 2, 'bad-number'],
    ['{"a": tru}', 1, 7, 'unexpected-character'],
  ])('locates the error of %j at line %i, column %i (%s)', (text, line, column, problem) => {
    const r = parseJson(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ line, column, problem })
  })

  it('ignores a leading byte-order mark', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('does not overflow on deeply nested input', () => {
    const deep = '['.repeat(200_000)
    const r = parseJson(deep)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.problem).toBe('unexpected-end')
  })
})
