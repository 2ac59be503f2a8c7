// Every @example of the TSDoc in src/ compiles (a strict user's compiler options) and runs, asserting the results
// it states (issue 22 item 3): the examples of the declarations cannot rot, as the docs blocks cannot
// (test/docs/docs.spec.ts). The convention that turns a stated result into an assertion is in test/docs/examples.ts.
// src/cli/ is left out: the command's internals are no part of the declarations (dmp-rules --help documents it).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { freshDir, root, typeErrors } from './blocks.js'
import { examplesOf, leadingValue, moduleOf, type Example } from './examples.js'

const sourceFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return name === 'cli' ? [] : sourceFiles(p)
    return name.endsWith('.ts') ? [p] : []
  })

const examples: ReadonlyArray<Example> = [...sourceFiles(join(root, "src"))]
  .sort()
  .flatMap((p) => examplesOf(relative(root, p), readFileSync(p, 'utf8')))

const outDir = freshDir('.generated-examples')
const generated = examples.map((e, n) => {
  const module = moduleOf(e.code)
  const path = join(outDir, `${String(n + 1).padStart(3, '0')}_${e.file.replace(/[^A-Za-z0-9]+/g, '_')}_${e.line}.ts`)
  writeFileSync(path, module.text)
  return { ...e, path, assertions: module.assertions }
})

let errors: ReadonlyMap<string, ReadonlyArray<string>> = new Map()
beforeAll(() => {
  errors = typeErrors(generated.map((g) => g.path))
}, 300_000) // one program over the sources and every example: seconds on an idle machine

describe('the convention of stated results (test/docs/examples.ts)', () => {
  it('reads a value at the start of a comment, and nothing from prose', () => {
    expect(leadingValue(` 'Left': SECRET is unknown`)).toBe('"Left"')
    expect(leadingValue(' 0: of age')).toBe('0')
    expect(leadingValue(" { kind: 'created', on: '2024-02-13' }")).toBe('{ "kind": "created", "on": "2024-02-13" }')
    expect(leadingValue(" right('infirmier')")).toBe(`{ _tag: 'Right', right: "infirmier" }`)
    expect(leadingValue(' e.g. [1, 2]')).toBeUndefined()
    expect(leadingValue(' never throws, whatever the matrix')).toBeUndefined()
  })

  it('turns a stated result into an assertion that fails when the result differs', async () => {
    const wrong = moduleOf('const n = 1 + 1\nn * 2 // 5\n')
    expect(wrong.assertions).toBe(1)
    const right = moduleOf('const d = { allowed: true }\n// d.allowed === true; prose here\nd.allowed // true (R-X)\n')
    expect(right.assertions).toBe(2)
    const path = join(outDir, '000_convention.ts')
    writeFileSync(path, wrong.text)
    await expect(import(/* @vite-ignore */ path)).rejects.toThrow(/expected 4 to deeply equal 5/)
    writeFileSync(join(outDir, '000_convention_ok.ts'), right.text)
    await import(/* @vite-ignore */ join(outDir, '000_convention_ok.ts'))
  })
})

describe('the @example blocks of src/ compile and run', () => {
  it('finds them', () => {
    expect(examples.length).toBeGreaterThan(80)
    // Most state a result, which is asserted.
    expect(generated.filter((g) => g.assertions > 0).length).toBeGreaterThan(examples.length / 2)
  })
  for (const g of generated) {
    it(`${g.file}:${g.line} (${g.name}) compiles and runs${g.assertions > 0 ? `, ${g.assertions} stated result(s) hold` : ''}`, async () => {
      expect(errors.get(g.path) ?? []).toEqual([])
      await import(/* @vite-ignore */ g.path)
    })
  }
})
