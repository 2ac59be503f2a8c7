// How the browser test finds Chromium (issue 22 item 8): what the README says, test/browser/chromium.ts does.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { CHROMIUM_COMMANDS, CHROMIUM_PATHS, findChromium } from './chromium.js'

const dir = mkdtempSync(join(tmpdir(), 'dmp-rules-chromium-lookup-'))
const fake = join(dir, 'chromium')
writeFileSync(fake, '#!/bin/sh\n')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('findChromium (the browser test, README)', () => {
  it('takes CHROMIUM_PATH when set, and only it', () => {
    expect(findChromium({ CHROMIUM_PATH: fake, PATH: '' })).toEqual({ path: fake, tried: `CHROMIUM_PATH=${fake}` })
    const missing = join(dir, 'nope')
    expect(findChromium({ CHROMIUM_PATH: missing, PATH: dir })).toEqual({ path: undefined, tried: `CHROMIUM_PATH=${missing}` })
  })

  it('else takes the first usual path that exists, else a command on the PATH', () => {
    const known = CHROMIUM_PATHS.find((p) => existsSync(p))
    expect(findChromium({ PATH: dir }).path).toBe(known ?? fake)
    if (known === undefined) {
      const none = findChromium({ PATH: join(dir, 'empty') })
      expect(none.path).toBeUndefined()
      expect(none.tried).toContain('CHROMIUM_PATH')
    }
  })

  it('is what the README says, path by path', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')
    const section = readme.slice(readme.indexOf('### The browser test'))
    expect(section.length).toBeGreaterThan(100)
    for (const p of [...CHROMIUM_PATHS, ...CHROMIUM_COMMANDS, 'CHROMIUM_PATH', 'CI=true']) expect(section, p).toContain(p)
  })
})
