import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { AuthorizationMatrixCodec, MatrixGrantCodec, decodeMatrix, type DecodeIssue } from '../../src/codecs/index.js'
import { PROFESSIONS } from '../../src/domain/profession.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import { deepFreeze } from '../../src/testing/index.js'
import { REMOVE, resolve, setAt } from '../fuzz/json-pointer.js'

const VALID = {
  version: '2023-10-26',
  grants: [
    { profession: 'medecin', typeCodes: '*', source: 'Arrêté du 26 octobre 2023, annexe' },
    { profession: 'infirmier', specialty: 'SM26', typeCodes: ['11488-4', '57833-6'] },
    { profession: 'medico-social', typeCodes: [] },
  ],
} as const

const issuesOfMatrix = (u: unknown): ReadonlyArray<DecodeIssue> => {
  const r = decodeMatrix(u)
  if (E.isRight(r)) throw new Error(`expected issues, decoded ${JSON.stringify(r.right)}`)
  return r.left
}

const single = (input: unknown, path: string, code: DecodeIssue['code']): DecodeIssue => {
  const issues = issuesOfMatrix(input)
  expect(issues.map((i) => [i.path, i.code])).toEqual([[path, code]])
  const issue = issues[0] as DecodeIssue
  expect(resolve(input, issue.path).tag).not.toBe('nowhere')
  expect(issue.message.en).toMatch(/^expected .*, got /)
  expect(issue.message.fr).toMatch(/^attendu .*, reçu /)
  return issue
}

describe('decodeMatrix: valid input (R-AUTH-7)', () => {
  it('decodes a valid matrix to an equal, fresh value', () => {
    const input = deepFreeze(JSON.parse(JSON.stringify(VALID)) as unknown)
    const r = decodeMatrix(input)
    expect(r).toEqual(E.right(VALID))
    if (E.isRight(r)) {
      expect(r.right).not.toBe(input)
      expect(r.right.grants[1]?.typeCodes).not.toBe(VALID.grants[1].typeCodes)
    }
  })

  it('decodes the bundled default matrix', () => {
    expect(decodeMatrix(DEFAULT_MATRIX)).toEqual(E.right(DEFAULT_MATRIX))
  })

  it('accepts every profession', () => {
    for (const profession of PROFESSIONS)
      expect(E.isRight(decodeMatrix({ version: '1', grants: [{ profession, typeCodes: '*' }] })), profession).toBe(true)
  })

  it('the io-ts codecs agree', () => {
    expect(AuthorizationMatrixCodec.decode(VALID)).toEqual(E.right(VALID))
    expect(MatrixGrantCodec.is(VALID.grants[1])).toBe(true)
    expect(MatrixGrantCodec.is({ ...VALID.grants[1], typeCodes: 'all' })).toBe(false)
  })
})

describe('decodeMatrix: issues', () => {
  it.each([[null], [7], ['matrix'], [[]]])('reports a non-object %j at the root', (input) => {
    const issue = single(input, '', 'INVALID_TYPE')
    expect(issue.message.en).toContain('expected an authorisation matrix object')
  })

  it('reports a missing version and missing grants', () => {
    expect(issuesOfMatrix({}).map((i) => [i.path, i.code])).toEqual([
      ['/version', 'MISSING_KEY'],
      ['/grants', 'MISSING_KEY'],
    ])
  })

  it('reports an empty version', () => {
    single(setAt(VALID, '/version', ''), '/version', 'EMPTY_STRING')
  })

  it('reports grants that are not an array', () => {
    expect(single(setAt(VALID, '/grants', { medecin: '*' }), '/grants', 'INVALID_TYPE').message.en).toBe(
      'expected an array of grants, got an object',
    )
  })

  it('reports an unknown profession, listing the allowed ones', () => {
    const issue = single(setAt(VALID, '/grants/1/profession', 'nurse'), '/grants/1/profession', 'INVALID_ENUM')
    for (const p of PROFESSIONS) expect(issue.message.en).toContain(JSON.stringify(p))
    expect(issue.message.en).toContain('got "nurse"')
  })

  it('reports typeCodes that are neither "*" nor an array', () => {
    for (const junk of ['all', 3, null, { '11488-4': true }]) {
      const issue = single(setAt(VALID, '/grants/0/typeCodes', junk), '/grants/0/typeCodes', 'INVALID_TYPE')
      expect(issue.message.en).toContain('expected "*" (every document type) or an array of LOINC type codes')
    }
  })

  it('reports a bad type code inside the list', () => {
    single(setAt(VALID, '/grants/1/typeCodes/1', 57833), '/grants/1/typeCodes/1', 'INVALID_TYPE')
    single(setAt(VALID, '/grants/1/typeCodes/0', ''), '/grants/1/typeCodes/0', 'EMPTY_STRING')
  })

  it('reports a missing profession and an empty specialty', () => {
    single(setAt(VALID, '/grants/2/profession', REMOVE), '/grants/2/profession', 'MISSING_KEY')
    single(setAt(VALID, '/grants/1/specialty', ''), '/grants/1/specialty', 'EMPTY_STRING')
  })

  it('rejects unknown keys at every level (e.g. a typo of typeCodes would otherwise grant nothing silently)', () => {
    const issue = single(setAt(VALID, '/grants/0/typecodes', ['x']), '/grants/0/typecodes', 'UNKNOWN_KEY')
    expect(issue.message.en).toContain('did you mean "typeCodes"?')
    single(setAt(VALID, '/name', 'x'), '/name', 'UNKNOWN_KEY')
  })

  it('reports every issue at once', () => {
    let input: unknown = setAt(VALID, '/version', 1)
    input = setAt(input, '/grants/0/profession', 'Medecin')
    input = setAt(input, '/grants/1/typeCodes', 'x')
    input = setAt(input, '/grants/2/extra', true)
    const issues = issuesOfMatrix(input)
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/version', 'INVALID_TYPE'],
      ['/grants/0/profession', 'INVALID_ENUM'],
      ['/grants/1/typeCodes', 'INVALID_TYPE'],
      ['/grants/2/extra', 'UNKNOWN_KEY'],
    ])
    expect(issues[1]?.message.en).toContain('did you mean "medecin"?')
  })
})
