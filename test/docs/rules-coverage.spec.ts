// docs/rules.md has one section per rule id the library knows (RULE_IDS of src/catalogue/ids.ts, the catalogue's
// R-… ids and its assumptions A-…), in catalogue order, each with at least one runnable ```ts example; no
// section for an id the library does not know; every code it names is a code of the library.
// (The examples themselves are run by docs.spec.ts.)
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isCode } from '../../src/messages/index.js'
import { RULE_IDS } from '../../src/catalogue/ids.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const text = readFileSync(join(root, 'docs', 'rules.md'), 'utf8')

interface Section {
  readonly id: string
  readonly body: string
}

// A level-2 heading whose first word looks like a rule id: `## R-MASK-2 — …`, `## A-4 — …`.
const ID_HEADING = /^## ([A-Z]+(?:-[A-Z]+)*-\d+)(?=\s|$)/

const sectionsOf = (markdown: string): ReadonlyArray<Section> => {
  const out: Array<{ id: string; lines: Array<string> }> = []
  let current: { id: string; lines: Array<string> } | undefined
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence
    if (!inFence && line.startsWith('## ')) {
      const m = ID_HEADING.exec(line)
      current = m?.[1] === undefined ? undefined : { id: m[1], lines: [] }
      if (current !== undefined) out.push(current)
      continue
    }
    current?.lines.push(line)
  }
  return out.map((s) => ({ id: s.id, body: s.lines.join('\n') }))
}

// Fenced blocks opened with ```ts or ```typescript and not marked no-run (the same test as docs.spec.ts).
const runnableBlocks = (body: string): number =>
  body.split('\n').filter((l) => {
    const m = /^```(ts|typescript)\b(.*)$/.exec(l)
    return m !== null && !/\bno-run\b/.test(m[2] ?? '')
  }).length

const sections = sectionsOf(text)
const ids = sections.map((s) => s.id)

describe('docs/rules.md covers the rule catalogue', () => {
  it('parses sections out of docs/rules.md', () => {
    expect(sections.length).toBeGreaterThan(0)
  })

  it('has a section for every rule id of RULE_IDS, in catalogue order', () => {
    expect(ids).toEqual([...RULE_IDS])
  })

  it('has no section for an id the library does not know', () => {
    const known: ReadonlyArray<string> = RULE_IDS
    expect(ids.filter((id) => !known.includes(id))).toEqual([])
  })

  it('has no id twice', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  for (const id of RULE_IDS) {
    it(`has at least one runnable ts example in the section of ${id}`, () => {
      const section = sections.find((s) => s.id === id)
      expect(section, `no "## ${id}" section`).toBeDefined()
      expect(runnableBlocks(section?.body ?? '')).toBeGreaterThan(0)
    })
  }

  it('lists its codes in a **Codes.** paragraph, and names only codes the library has', () => {
    const unknown: Array<string> = []
    for (const { id, body } of sections) {
      const start = body.split('\n').findIndex((l) => l.startsWith('**Codes.**'))
      expect(start, `no **Codes.** paragraph in ${id}`).toBeGreaterThanOrEqual(0)
      const rest = body.split('\n').slice(start)
      const end = rest.findIndex((l, i) => i > 0 && (l.startsWith('**') || l.trim() === ''))
      const paragraph = rest.slice(0, end < 0 ? undefined : end).join(' ')
      for (const m of paragraph.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)) if (!isCode(m[1])) unknown.push(`${id}: ${m[1]}`)
    }
    expect(unknown).toEqual([])
  })
})
