// docs/rules.md has one section per rule id the library knows (RULE_IDS of src/catalogue/ids.ts, the catalogue's
// R-… ids and its assumptions A-…), in catalogue order, each with at least one runnable ```ts example; no
// section for an id the library does not know; every code it names is a code of the library.
// (The examples themselves are run by docs.spec.ts.)
// Its table "The rules of each action" is the action × rule-id table of the policies: the expected table is
// derived here from POLICIES (src/actions) and compared with the page's, both ways. So is the "**Decided by.**"
// paragraph of every section: the actions it names are those whose policy holds the section's id (issue 23).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { POLICIES } from '../../src/actions/index.js'
import { commonRules } from '../../src/actions/policy.js'
import { ACTIONS, DOCUMENT_ACTIONS, RECORD_DOCUMENT_ACTIONS, type Action } from '../../src/index.js'
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

// The rows of the table under `## The rules of each action`: first cell (an action in backticks, or the common
// rules' row), second cell the ids as written, split on commas.
const COMMON_ROW = 'every action (the common rules)'

const tableOf = (markdown: string): ReadonlyArray<{ readonly row: string; readonly ids: ReadonlyArray<string> }> => {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l === '## The rules of each action')
  if (start < 0) return []
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((l) => l.startsWith('| ') && !l.startsWith('| action |'))
    .map((l) => {
      const [row = '', ids = ''] = l.slice(2, -2).split(' | ')
      return { row: row.replace(/^`(.*)`$/, '$1'), ids: ids.split(',').map((id) => id.trim()).filter((id) => id !== '') }
    })
}

// What the policies say: the ids of the common rules, and each action's ids beyond them, in catalogue order.
const inCatalogueOrder = (ids: ReadonlySet<string>): ReadonlyArray<string> => RULE_IDS.filter((id) => ids.has(id))
const commonIds: ReadonlySet<string> = new Set(commonRules.map((rule) => rule.id))
const derived: ReadonlyArray<{ readonly row: string; readonly ids: ReadonlyArray<string> }> = [
  { row: COMMON_ROW, ids: inCatalogueOrder(commonIds) },
  ...ACTIONS.map((action) => ({
    row: action,
    ids: inCatalogueOrder(new Set(POLICIES[action].rules.map((rule) => rule.id).filter((id) => !commonIds.has(id)))),
  })),
]
const documented = tableOf(text)

describe('docs/rules.md gives the rule ids of every policy (table "The rules of each action")', () => {
  it('has one row for the common rules, then one per action, in the order of ACTIONS', () => {
    expect(documented.map((r) => r.row)).toEqual(derived.map((r) => r.row))
  })

  it('starts every policy with the common rules it lists (each action adds ids, never removes one)', () => {
    for (const action of ACTIONS) {
      const ids: ReadonlySet<string> = new Set(POLICIES[action].rules.map((rule) => rule.id))
      expect([...commonIds].filter((id) => !ids.has(id)), action).toEqual([])
    }
  })

  for (const { row, ids } of derived) {
    it(`lists exactly the ids of the policy, in catalogue order, for ${row}`, () => {
      const written = documented.find((r) => r.row === row)?.ids
      expect(written, `no row for ${row}`).toBeDefined()
      // Both ways: an id a policy holds that the page misses, and an id the page writes that the policy lacks.
      expect((written ?? []).filter((id) => !ids.includes(id)), `written for ${row}, not in its policy`).toEqual([])
      expect(ids.filter((id) => !(written ?? []).includes(id)), `in the policy of ${row}, not written`).toEqual([])
      expect(written).toEqual(ids)
    })
  }
})

// ------------------------------------------------------------------------------------------------------------
// The "**Decided by.**" paragraph of each section names the actions whose policy holds its id (issue 23).
// ------------------------------------------------------------------------------------------------------------

const isAction = (word: string): word is Action => (ACTIONS as ReadonlyArray<string>).includes(word)

// The paragraph that starts with `**Decided by.**`, up to the next bold paragraph or blank line, on one line.
const decidedByOf = (body: string): string | undefined => {
  const lines = body.split('\n')
  const start = lines.findIndex((l) => l.startsWith('**Decided by.**'))
  if (start < 0) return undefined
  const rest = lines.slice(start)
  const end = rest.findIndex((l, i) => i > 0 && (l.startsWith('**') || l.trim() === ''))
  return rest.slice(0, end < 0 ? undefined : end).join(' ')
}

// What a paragraph names. Every backticked action name (other backticked words are ignored), and the phrases:
// - "every action" (ACTIONS), "every document action" or "every action on a document" (DOCUMENT_ACTIONS), each
//   maybe followed by "but `a`, `b`" (those taken out); "every action of …" and "every action the …" are
//   qualified (the patient's side is no list of the domain) and not read;
// - "the same actions as R-…": what that section's paragraph names;
// - "by contrast, `a`, `b`": actions that do NOT hold the id (`contrasted`, checked so), not named.
const NAME_LIST = '`[^`]+`(?:(?:,? and |,? or |, )`[^`]+`)*'
const EVERY = new RegExp(`\\bevery (document action|action on a document|action)\\b(?! of\\b| the\\b)(?: but (${NAME_LIST}))?`, 'gi')
const CONTRAST = new RegExp(`\\bby contrast, (${NAME_LIST})`, 'gi')
const SAME_AS = /\bthe same actions as ([A-Z]+(?:-[A-Z]+)*-\d+)/gi
const actionsIn = (text: string): ReadonlyArray<Action> => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter(isAction)

interface Named {
  readonly named: ReadonlySet<Action>
  readonly contrasted: ReadonlySet<Action>
}

const readDecidedBy = (paragraph: string, sameAs: (id: string) => ReadonlySet<Action> | undefined): Named => {
  const named = new Set<Action>()
  const contrasted = new Set<Action>()
  let rest = paragraph.replace(CONTRAST, (_, list: string) => {
    for (const a of actionsIn(list)) contrasted.add(a)
    return ''
  })
  rest = rest.replace(EVERY, (_, which: string, but: string | undefined) => {
    const all: ReadonlyArray<Action> = which.toLowerCase() === 'action' ? ACTIONS : DOCUMENT_ACTIONS
    const out = actionsIn(but ?? '')
    for (const a of all) if (!out.includes(a)) named.add(a)
    return ''
  })
  rest = rest.replace(SAME_AS, (whole, id: string) => {
    const other = sameAs(id)
    if (other === undefined) return whole
    for (const a of other) named.add(a)
    return ''
  })
  for (const a of actionsIn(rest)) named.add(a)
  return { named, contrasted }
}

const paragraphs: ReadonlyMap<string, string | undefined> = new Map(sections.map((s) => [s.id, decidedByOf(s.body)]))
// "the same actions as X" reads X's paragraph, one level deep (a chain is not a clear phrase).
const namedBy = (id: string): Named =>
  readDecidedBy(paragraphs.get(id) ?? '', (other) => (other === id ? undefined : readDecidedBy(paragraphs.get(other) ?? '', () => undefined).named))

// The engine, not a policy, decides every document action but `feed` on the record's copy of its document
// and refuses a document added after `at`, before the policy's document rules (src/engine/evaluate.ts: not for
// `plan.isFeed`); test/actions/policy-docs.spec.ts reads them the same way.
const ENGINE_IDS: ReadonlyArray<string> = ['A-7', 'A-8']

// The actions that hold an id: those whose policy (common rules included) holds it, and the engine's.
const holders = (id: string): ReadonlyArray<Action> =>
  ACTIONS.filter(
    (action) =>
      POLICIES[action].rules.some((rule) => rule.id === id) ||
      (ENGINE_IDS.includes(id) && (RECORD_DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(action)),
  )

// Sections whose paragraph names, on purpose, other actions than those holding the id: what it names instead.
const NAMED_INSTEAD: { readonly [id: string]: ReadonlyArray<Action> } = {
  // No rule of its own (the library never emits it): the paragraph says which actions the old documents go through.
  'R-STATUS-7': DOCUMENT_ACTIONS,
  // No rule of its own (never emitted): the paragraph says a contact is refused on every action, by the actor rules.
  'R-PATIENT-3': ACTIONS,
}

describe('docs/rules.md names, in each "Decided by." paragraph, the actions whose policy holds the id', () => {
  it('reads action names and phrases as written', () => {
    const none = (): undefined => undefined
    const read = (p: string): ReadonlyArray<Action> => ACTIONS.filter((a) => readDecidedBy(p, none).named.has(a))
    expect(read('`view` (`isVisibleTo`, `options.matrix`) and `make-visible-to-patient`')).toEqual(['view', 'make-visible-to-patient'])
    expect(read('Every action (`close` included).')).toEqual([...ACTIONS])
    expect(read('Every document action but `feed` (a fed document is new).')).toEqual([...RECORD_DOCUMENT_ACTIONS])
    expect(read('Every action but `make-invisible-to-patient` and `require-doctor-presence`.')).toEqual(
      ACTIONS.filter((a) => a !== 'make-invisible-to-patient' && a !== 'require-doctor-presence'),
    )
    expect(read("Every action of the patient's side; every action the patient's side may take; `block`.")).toEqual(['block'])
    const contrast = readDecidedBy('`feed` (and, by contrast, `consult`, `view`, `delete`).', none)
    expect([...contrast.named]).toEqual(['feed'])
    expect([...contrast.contrasted]).toEqual(['consult', 'view', 'delete'])
    const same = readDecidedBy('The same actions as R-X-1, and `close`.', (id) => (id === 'R-X-1' ? new Set<Action>(['block']) : undefined))
    expect([...same.named]).toEqual(['block', 'close'])
  })

  it('has a "Decided by." paragraph in every section', () => {
    expect(sections.filter((s) => paragraphs.get(s.id) === undefined).map((s) => s.id)).toEqual([])
  })

  for (const id of RULE_IDS) {
    it(`names the actions that hold ${id}, and only those`, () => {
      const held = holders(id)
      const instead = NAMED_INSTEAD[id]
      const want: ReadonlyArray<Action> = instead ?? held
      const { named, contrasted } = namedBy(id)
      // Both ways: an action that holds the id and is not named, and an action named that does not hold it.
      expect(want.filter((a) => !named.has(a)), `hold ${id}, not named in its "Decided by."`).toEqual([])
      expect([...named].filter((a) => !want.includes(a)), `named in the "Decided by." of ${id}, do not hold it`).toEqual([])
      expect([...contrasted].filter((a) => held.includes(a)), `named by contrast in ${id}, yet hold it`).toEqual([])
      // An exception the policies come to agree with goes away.
      if (instead !== undefined) expect(ACTIONS.filter((a) => instead.includes(a) !== held.includes(a)).length, `${id} is no longer an exception`).toBeGreaterThan(0)
    })
  }
})
