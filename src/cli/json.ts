// Parsing the command's input: JSON text → value, or a syntax error with its line and column.
// `JSON.parse` does the work; when it fails, a small scanner finds where, because V8's messages differ
// between Node versions and some of them quote the whole input back.

import type { JsonProblem, JsonSyntaxError } from '../messages/cli.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// The syntax error's shape is in messages/cli.ts (the command's wording is keyed by its problems); re-exported here.
export type { JsonProblem, JsonSyntaxError }

/**
 * The result of parsing: a value, or the first syntax error.
 *
 * @since 0.1.0
 */
export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError }

// -------------------------------------------------------------------------------------
// scanner (runs only on text that JSON.parse rejected)
// -------------------------------------------------------------------------------------

interface Failure {
  readonly offset: number
  readonly problem: JsonProblem
}

const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r'
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)

/**
 * Finds the first syntax error of a JSON text, or `undefined` if the scanner accepts it.
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
const firstError = (s: string): Failure | undefined => {
  let i = 0
  const ws = (): void => {
    while (isWs(s[i])) i++
  }
  const fail = (problem: JsonProblem): Failure => ({ offset: Math.min(i, s.length), problem: i >= s.length ? 'unexpected-end' : problem })

  const str = (): Failure | undefined => {
    // at '"'
    i++
    for (;;) {
      const c = s[i]
      if (c === undefined) return fail('unexpected-end')
      if (c === '"') {
        i++
        return undefined
      }
      if (c === '\\') {
        const e = s[i + 1]
        if (e === undefined) {
          i++
          return fail('unexpected-end')
        }
        if ('"\\/bfnrt'.includes(e)) i += 2
        else if (e === 'u') {
          for (let k = 2; k < 6; k++)
            if (!isHex(s[i + k])) {
              i += k
              return fail('bad-string')
            }
          i += 6
        } else {
          i++
          return fail('bad-string')
        }
      } else if (c < ' ') return fail('bad-string')
      else i++
    }
  }

  const num = (): Failure | undefined => {
    if (s[i] === '-') i++
    if (s[i] === '0') i++
    else if (isDigit(s[i])) while (isDigit(s[i])) i++
    else return fail('bad-number')
    if (s[i] === '.') {
      i++
      if (!isDigit(s[i])) return fail('bad-number')
      while (isDigit(s[i])) i++
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i++
      if (s[i] === '+' || s[i] === '-') i++
      if (!isDigit(s[i])) return fail('bad-number')
      while (isDigit(s[i])) i++
    }
    return undefined
  }

  // A value is expected at i; scalars are consumed, containers push a frame.
  type Frame = { kind: 'array' | 'object'; count: number }
  const stack: Array<Frame> = []

  const value = (): Failure | 'open' | undefined => {
    ws()
    const c = s[i]
    if (c === undefined) return fail('unexpected-end')
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', count: 0 })
      i++
      return 'open'
    }
    if (c === '"') return str()
    if (c === '-' || isDigit(c)) return num()
    for (const lit of ['true', 'false', 'null'])
      if (s.startsWith(lit, i)) {
        i += lit.length
        return undefined
      }
    return fail('unexpected-character')
  }

  // Object member key and colon; the value follows.
  const key = (): Failure | undefined => {
    ws()
    if (s[i] !== '"') return fail('unexpected-character')
    const e = str()
    if (e !== undefined) return e
    ws()
    if (s[i] !== ':') return fail('unexpected-character')
    i++
    return undefined
  }

  ws()
  if (i >= s.length) return { offset: i, problem: 'empty' }
  const first = value()
  if (first !== undefined && first !== 'open') return first
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame
    ws()
    const close = top.kind === 'object' ? '}' : ']'
    if (top.count === 0 && s[i] === close) {
      i++
      stack.pop()
      continue
    }
    if (top.count > 0) {
      if (s[i] === close) {
        i++
        stack.pop()
        continue
      }
      if (s[i] !== ',') return fail('unexpected-character')
      i++
    }
    top.count++
    if (top.kind === 'object') {
      const k = key()
      if (k !== undefined) return k
    }
    const v = value()
    if (v !== undefined && v !== 'open') return v
  }
  ws()
  if (i < s.length) return { offset: i, problem: 'trailing-content' }
  return undefined
}

const locate = (s: string, offset: number): { readonly line: number; readonly column: number } => {
  let line = 1
  let column = 1
  for (let k = 0; k < offset && k < s.length; k++) {
    if (s[k] === '\n') {
      line++
      column = 1
    } else column++
  }
  return { line, column }
}

// -------------------------------------------------------------------------------------
// parse
// -------------------------------------------------------------------------------------

/**
 * The first syntax error of a JSON text with its line and column, or `undefined` if the text is valid JSON.
 * Agrees with `JSON.parse` on which texts are valid (a property test checks it).
 *
 * @example
 * import { findJsonSyntaxError } from './json.js'
 * findJsonSyntaxError('{"a": }') // { line: 1, column: 7, problem: 'unexpected-character', found: '}' }
 *
 * @since 0.1.0
 */
export const findJsonSyntaxError = (text: string): JsonSyntaxError | undefined => {
  const f = firstError(text)
  if (f === undefined) return undefined
  const found = text[f.offset]
  const located = f.problem === 'unexpected-character' || f.problem === 'trailing-content' || f.problem === 'bad-string' || f.problem === 'bad-number'
  return { ...locate(text, f.offset), problem: f.problem, ...(found !== undefined && located ? { found } : {}) }
}

/**
 * Parses a JSON text (a leading byte-order mark is ignored). Never throws.
 *
 * @example
 * import { parseJson } from './json.js'
 * parseJson('{"a": }') // { ok: false, error: { line: 1, column: 7, problem: 'unexpected-character', found: '}' } }
 *
 * @since 0.1.0
 */
export const parseJson = (text: string): JsonParse => {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(s) as unknown }
  } catch {
    return { ok: false, error: findJsonSyntaxError(s) ?? { line: 1, column: 1, problem: 'unparseable' } }
  }
}
