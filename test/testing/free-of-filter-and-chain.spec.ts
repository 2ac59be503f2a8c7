// The arbitraries are built from records, constants, oneofs and maps only — no `filter`, no `chain` — so that they
// shrink well and never spin on a rejected value (issue 23 item 4, the design note of src/testing/index.ts).
import * as fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const DIR = join(__dirname, '../../src/testing')
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'))

describe('src/testing/ uses no filter and no chain', () => {
  it('finds the area files', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'dates.ts', 'record.ts', 'request.ts', 'tampered.ts']))
  })

  for (const file of files)
    it(`${file} has no .filter( and no .chain( (not even on arrays: the rule is kept by reading)`, () => {
      const text = readFileSync(join(DIR, file), 'utf8')
      expect(text.match(/\.(filter|chain)\s*\(/g) ?? []).toEqual([])
    })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('building and sampling every exported arbitrary calls no Arbitrary#filter nor Arbitrary#chain', async () => {
    const filter = vi.spyOn(fc.Arbitrary.prototype, 'filter')
    const chain = vi.spyOn(fc.Arbitrary.prototype, 'chain')
    vi.resetModules() // evaluate the module-level arbitraries (arbAt, recordAround…) under the spies
    const t = await import('../../src/testing/index.js')
    const arbitraries: ReadonlyArray<fc.Arbitrary<unknown>> = [
      t.arbIsoDate(),
      t.arbIsoDate({ min: '0001-01-01', max: '0099-12-31' }),
      t.arbProfession(),
      t.arbAuthentication(),
      t.arbProfessionalActor(),
      t.arbActor(),
      t.arbDocumentAuthor(),
      t.arbDocument(),
      t.arbMesStatus(),
      t.arbMesStatus({ around: '2024-01-01' }),
      t.arbRecord(),
      t.arbRecord({ around: '2024-01-01' }),
      t.arbRequest(),
      t.arbRequest({ action: 'view', actorKind: ['professional', 'patient'] }),
      t.arbPostMortemRequest(),
      t.arbMatrix(),
      t.arbDeepFrozen(t.arbRequest()),
      t.arbTamperedRequest(),
    ]
    for (const arb of arbitraries) expect(fc.sample(arb, { numRuns: 50, seed: 1 })).toHaveLength(50)
    expect(filter).not.toHaveBeenCalled()
    expect(chain).not.toHaveBeenCalled()
    // The spies are live: a filter or a chain would be seen.
    fc.sample(fc.nat().filter((n) => n >= 0), 1)
    fc.sample(fc.nat().chain((n) => fc.constant(n)), 1)
    expect(filter).toHaveBeenCalledTimes(1)
    expect(chain).toHaveBeenCalledTimes(1)
  })
})
