// Publishing from a clean checkout (issue 22 item 1): a fresh clone of this repository's HEAD has no `dist/`;
// `npm pack` must build it (the `prepack` script) and the tarball must hold every file that `exports`, `main`,
// `module`, `types` and `bin` name. The clone borrows this checkout's node_modules (a symlink): no network.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const sh = (cmd: string, args: ReadonlyArray<string>, cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 })

const must = (r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> => {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
  return r
}

/** Every string leaf of `exports` (conditions nested at any depth), relative, without the leading `./`. */
const targetsOf = (value: unknown): ReadonlyArray<string> =>
  typeof value === 'string' ? [value.replace(/^\.\//, '')] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(targetsOf) : []

interface PackageJson {
  readonly main: string
  readonly module: string
  readonly types: string
  readonly exports: unknown
  readonly bin: Readonly<Record<string, string>>
  readonly scripts: Readonly<Record<string, string>>
}

let work = ''
let clone = ''
let pkg: PackageJson
let packed: ReadonlyArray<string> = []

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dmp-rules-clone-'))
  clone = join(work, 'repo')
  const head = must(sh('git', ['rev-parse', 'HEAD'], root), 'git rev-parse').stdout.trim()
  must(sh('git', ['clone', '--quiet', '--no-checkout', root, clone], work), 'git clone')
  must(sh('git', ['checkout', '--quiet', head], clone), 'git checkout')
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir')
  pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as PackageJson
  const out = must(sh(npm, ['pack', '--json', '--pack-destination', work], clone), 'npm pack').stdout
  // npm prints the prepack script's output before the JSON; the JSON is the last top-level array.
  const info = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1)) as ReadonlyArray<{ readonly files: ReadonlyArray<{ readonly path: string }> }>
  packed = info[0]?.files.map((f) => f.path) ?? []
}, 180_000) // a build with declarations: ~20 s on an idle machine, more when the machine is shared

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

describe('npm pack on a fresh clone (issue 22 item 1)', () => {
  it('starts from a clone without dist/: what the tarball holds, the pack built', () => {
    expect(pkg.scripts['prepack']).toMatch(/\bnpm run build\b/)
    // Every checked-in path is the repository's; dist/ is git-ignored, so only prepack can have made it.
    expect(sh('git', ['ls-files', 'dist'], clone).stdout).toBe('')
    expect(existsSync(join(clone, 'dist', 'index.js'))).toBe(true)
  })

  it('holds every target of exports, main, module, types and bin', () => {
    const targets = [...targetsOf(pkg.exports), pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)].map((t) => t.replace(/^\.\//, ''))
    expect(targets.length).toBeGreaterThan(20)
    expect(targets.filter((t) => !packed.includes(t))).toEqual([])
    expect(packed.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(20)
  })
})
