// Attack class "matrix changed in place" (issue 19): 0.2.0 compiled a matrix once per object and kept its old grants
// and version after the caller changed it in place (also through createRules).
import { describe, expect, it } from 'vitest'
import { createRules, decide, type AuthorizationMatrix, type MatrixGrant } from '../../src/index.js'
import { requestAs } from './fixtures.js'

const mutableMatrix = (): { version: string; grants: Array<MatrixGrant> } => ({ version: 'v1', grants: [{ profession: 'medecin', typeCodes: '*' }] })

describe('a matrix the library did not build is read on every call (R-AUTH-7)', () => {
  it('decides on the grants and the version the matrix holds now', () => {
    const matrix = mutableMatrix()
    const request = requestAs('masseur-kinesitherapeute')
    for (let i = 0; i < 3; i++) expect(decide(request, { matrix }).allowed).toBe(false)
    matrix.grants.push({ profession: 'masseur-kinesitherapeute', typeCodes: '*' })
    expect(decide(request, { matrix }).allowed).toBe(true)
    matrix.grants.pop()
    matrix.version = 'v2'
    const d = decide(request, { matrix })
    expect(d.allowed).toBe(false)
    expect(d.matrixVersion).toBe('v2')
    expect(d).toEqual(decide(request, { matrix: { version: 'v2', grants: [{ profession: 'medecin', typeCodes: '*' }] } }))
  })

  it('through createRules too', () => {
    const matrix = mutableMatrix()
    const rules = createRules({ matrix: matrix as AuthorizationMatrix })
    const request = requestAs('masseur-kinesitherapeute')
    for (let i = 0; i < 3; i++) expect(rules.decide(request).allowed).toBe(false)
    matrix.grants.push({ profession: 'masseur-kinesitherapeute', typeCodes: '*' })
    expect(rules.decide(request).allowed).toBe(true)
  })
})
