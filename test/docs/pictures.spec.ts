// The pictures of the docs (issue 15): each committed picture is what `npm run docs:pictures` would draw now —
// the same command lines (scripts/pictures.json), run through `run` with the real files and an in-memory output.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run.js'

const root = join(__dirname, '..', '..')
const pictures = JSON.parse(readFileSync(join(root, 'scripts', 'pictures.json'), 'utf8')) as ReadonlyArray<{ readonly argv: ReadonlyArray<string> }>

describe('the pictures of the docs', () => {
  it('are listed, and the README shows the access map by a relative link', () => {
    expect(pictures.length).toBeGreaterThan(0)
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/pictures/access-map.svg)')
  })

  for (const { argv } of pictures) {
    it(`are up to date: dmp-rules ${argv.join(' ')} (else run npm run docs:pictures)`, async () => {
      const written: Record<string, string> = {}
      let stderr = ''
      const code = await run(argv, {
        readFile: async (path) => readFileSync(join(root, path), 'utf8'),
        readStdin: async () => '',
        stdout: () => undefined,
        stderr: (s) => {
          stderr += s
        },
        writeFile: async (path, text) => {
          written[path] = text
        },
      })
      expect(stderr).toBe('')
      expect(code).toBe(0)
      const [out, text] = Object.entries(written)[0] ?? ['', '']
      expect(Object.keys(written)).toHaveLength(1)
      expect(readFileSync(join(root, out), 'utf8')).toBe(text)
    })
  }
})
