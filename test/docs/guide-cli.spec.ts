// The guide's command-line section covers every command and option that `dmp-rules --help` lists (issue 22
// item 3: it used to leave out `map`). The help is the command's own (src/cli), in both languages.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run, type Io } from '../../src/cli/run.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const help = async (argv: ReadonlyArray<string>): Promise<string> => {
  let out = ''
  const io: Io = {
    readFile: async () => '',
    readStdin: async () => '',
    stdout: (s) => {
      out += s
    },
    stderr: () => undefined,
  }
  expect(await run(argv, io)).toBe(0)
  return out
}

/** The guide's section "The command line", up to the next second-level heading. */
const section = (): string => {
  const guide = readFileSync(join(root, 'docs', 'guide.md'), 'utf8')
  const start = guide.indexOf('\n## The command line')
  expect(start).toBeGreaterThan(0)
  const end = guide.indexOf('\n## ', start + 1)
  return guide.slice(start, end < 0 ? undefined : end)
}

describe("the guide's command-line section (issue 22 item 3)", () => {
  it('names every command of --help, with a heading of its own', async () => {
    const text = await help(['--help'])
    const commands = [...text.matchAll(/^(?:Usage:)?\s+dmp-rules ([a-z][a-z-]*)\b/gm)].map((m) => m[1] ?? '')
    expect(commands).toEqual(expect.arrayContaining(['decide', 'map']))
    const guide = section()
    for (const c of new Set(commands)) {
      expect(guide, c).toMatch(new RegExp(`dmp-rules ${c} FILE\\.(json|xml)`))
      expect(guide, c).toMatch(new RegExp(`^### \`dmp-rules ${c}\``, 'm'))
    }
  })

  it('explains every option of --help', async () => {
    const options = new Set([...(await help(['--help'])).matchAll(/(?<![\w-])(--[a-z]+)\b/g)].map((m) => m[1] ?? ''))
    expect(options.size).toBeGreaterThanOrEqual(8)
    const guide = section()
    const mentions = (o: string): boolean => new RegExp(`(^|[\\s\`(|\\[])${o}([\\s\`),.|=\\]]|$)`, 'm').test(guide)
    expect([...options].filter((o) => !mentions(o))).toEqual([])
  })
})
