// The house shows its architecture (issue 23): the folders of src/ form layers, and an import may only point down
// (to a folder of a lower layer) or inside its own folder — type-only imports included. The src/ root holds only
// the package's entries. Every import of src/ is parsed here (`from '…'`, `import '…'`, `import('…')`), so a new
// arrow that runs back up fails this test.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src')

// The layer order, bottom first (issue 23's LAYERS: domain, catalogue, messages, decision, interop then matrix,
// rules, actions, engine, the record-level services, the readers and renderers, the tools, the entries). A folder
// may import a folder of a LOWER rank only. Within one line of that list the folders are ranked too, left to right,
// where one imports another: `interop` < `matrix` (the matrix reads interop's codes), and `codecs`, `metadata` <
// `xds`, `fhir` (both readers assemble metadata). A subfolder counts as its top folder (messages/en, testing/…).
const LAYERS: ReadonlyArray<ReadonlyArray<string>> = [
  ['domain'],
  ['catalogue'],
  ['messages'],
  ['decision'],
  ['interop'],
  ['matrix'],
  ['rules'],
  ['actions'],
  ['engine'],
  ['lifecycle', 'connection', 'reporting', 'map'],
  ['codecs', 'metadata'],
  ['xds', 'fhir', 'render'],
  ['testing', 'cli'],
]

/** The package's entries: all the src/ root holds (each a `dmp-rules…` export of package.json). */
const ENTRIES = ['codecs.ts', 'fhir.ts', 'index.ts', 'interop.ts', 'render.ts', 'testing.ts', 'xds.ts']

/**
 * Arrows that still run up, each with who removes it. Empty: none is known. (An entry here is `from -> to`.)
 */
const KNOWN_EXCEPTIONS: ReadonlyArray<string> = []

const ROOT = '(root)'
const rank = new Map<string, number>(LAYERS.flatMap((line, i) => line.map((folder): [string, number] => [folder, i])))
rank.set(ROOT, LAYERS.length)

const walk = (dir: string, out: Array<string> = []): Array<string> => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, out)
    else if (path.endsWith('.ts')) out.push(path)
  }
  return out
}

const folderOf = (file: string): string => {
  const parts = relative(root, file).split(sep)
  return parts.length > 1 ? (parts[0] as string) : ROOT
}

// `import x from '…'`, `import type { X } from '…'`, `export { x } from '…'`, `export * from '…'`, `import '…'`,
// `import('…')` (in code or in a type): every relative specifier.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g

interface Arrow {
  readonly file: string
  readonly from: string
  readonly to: string
}

const arrows: ReadonlyArray<Arrow> = walk(root).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => {
    const target = resolve(dirname(file), m[2] as string)
    return { file: relative(root, file), from: folderOf(file), to: folderOf(target) }
  }),
)

describe('the layers of src/ (issue 23)', () => {
  it('parses the imports of every folder (else the test proves nothing)', () => {
    expect(arrows.length).toBeGreaterThan(300)
    for (const folder of rank.keys()) if (folder !== ROOT) expect(arrows.some((a) => a.from === folder), folder).toBe(true)
    // A type-only import is an arrow too.
    expect(arrows.some((a) => a.file === join('decision', 'outcome.ts') && a.to === 'messages')).toBe(true)
  })

  it('ranks every folder of src/', () => {
    const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory())
    expect(folders.filter((f) => !rank.has(f))).toEqual([])
  })

  it('has no arrow running back up the layers', () => {
    const up = arrows
      .filter((a) => a.from !== a.to && (rank.get(a.to) ?? Infinity) >= (rank.get(a.from) ?? -1))
      .map((a) => `${a.from} -> ${a.to} (${a.file})`)
    const unexpected = up.filter((line) => !KNOWN_EXCEPTIONS.some((known) => line.startsWith(`${known} `)))
    expect(unexpected).toEqual([])
  })

  it('keeps the known exceptions real: each still occurs (remove it from the list once fixed)', () => {
    for (const known of KNOWN_EXCEPTIONS) expect(arrows.some((a) => `${a.from} -> ${a.to}` === known), known).toBe(true)
  })

  it('holds only the package entries at the src/ root', () => {
    const files = readdirSync(root).filter((name) => !statSync(join(root, name)).isDirectory())
    expect(files.sort()).toEqual(ENTRIES)
  })

  it('keeps decision/ free of rules/: the catalogue lies below both (R-… ids and BASIS in src/catalogue/)', () => {
    expect(arrows.filter((a) => a.from === 'decision' && a.to === 'rules')).toEqual([])
    expect(arrows.filter((a) => a.from === 'catalogue' && a.to !== 'catalogue' && a.to !== 'domain')).toEqual([])
  })

  describe('docs/architecture.md says what the code has', () => {
    const page = readFileSync(resolve(root, '..', 'docs', 'architecture.md'), 'utf8')

    it('lists the layers in this order, the folders of a line together', () => {
      const block = /## Layers, bottom first[\s\S]*?```text\n([\s\S]*?)```/.exec(page)?.[1] ?? ''
      const lines = block.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/))
      expect(lines).toEqual(LAYERS)
    })

    it('lists, for every folder, the folders it imports (both ways)', () => {
      const section = page.slice(page.indexOf('## What each folder imports'), page.indexOf('## Where a change goes'))
      const documented = new Map(
        [...section.matchAll(/^\| `([a-z]+)` \| (.*) \|$/gm)].map((m): [string, ReadonlyArray<string>] => [
          m[1] as string,
          [...(m[2] as string).matchAll(/`([a-z]+)`/g)].map((x) => x[1] as string).sort(),
        ]),
      )
      const computed = new Map<string, ReadonlyArray<string>>()
      for (const folder of rank.keys()) {
        if (folder === ROOT) continue
        computed.set(folder, [...new Set(arrows.filter((a) => a.from === folder && a.to !== folder).map((a) => a.to))].sort())
      }
      expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(computed))
    })
  })
})
