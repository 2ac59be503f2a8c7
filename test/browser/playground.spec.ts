// The playground (docs/playground/) in a real browser: the OS's Chromium, driven by playwright-core (which never
// downloads a browser). Builds the page, opens it from file://, and checks that what it shows is what the library
// decides: an allowed request, a denied one with remedies, and an invalid one (edited JSON). In CI a missing
// Chromium fails; elsewhere the test is skipped, loudly.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from './chromium.js'
import { decodeRequest } from '../../src/codecs/index.js'
import { decide, type Options } from '../../src/engine.js'
import { NO_GRANT_MATRIX } from '../../src/index.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// How Chromium is found: test/browser/chromium.ts (CHROMIUM_PATH, then the usual paths, then the PATH), as the README says.
const found = findChromium()
const CHROMIUM = found.path ?? found.tried
const CI = process.env['CI'] === 'true'
const present = found.path !== undefined

if (!present && !CI)
  console.warn(
    `\n!!! test/browser/playground.spec.ts NOT RUN: no Chromium found (tried ${found.tried}; apt-get install -y chromium, or set CHROMIUM_PATH).\n` +
      '!!! The playground was not tested in a browser on this machine.\n',
  )

const example = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'))

/** What the library decides for a request (decoded as the page decodes it), with the default matrix. */
const expected = (
  u: unknown,
  options: Options = {},
): { readonly allowed: boolean; readonly rules: ReadonlyArray<string>; readonly follow: ReadonlyArray<string> } => {
  const r = decodeRequest(u)
  if (r._tag === 'Left') throw new Error('expected a valid request')
  const d = decide(r.right, options)
  return { allowed: d.allowed, rules: d.reasons.map((x) => x.rule), follow: (d.allowed ? d.obligations : d.remedies).map((x) => x.rule) }
}

/** What the page shows. */
const shown = async (page: Page) => ({
  allowed: (await page.locator('#verdict').getAttribute('data-allowed')) === 'true',
  rules: await page.locator('#reasons > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule') ?? '')),
  follow: await page.locator('#follow > li[data-rule]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule') ?? '')),
})

// In CI a missing browser is a failed test (counted in "N failed"), not a skip.
it.runIf(CI && !present)('Chromium is installed (CI=true)', () => {
  expect.fail(`CI=true and no Chromium found (tried ${found.tried}): the browser test cannot run (apt-get install -y chromium, or set CHROMIUM_PATH)`)
})

describe.skipIf(!present)('the playground in Chromium', () => {
  let browser: BrowserContext | undefined
  let profile: string | undefined
  let page: Page

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-playground.mjs')], { cwd: ROOT, stdio: 'pipe' })
    profile = mkdtempSync(join(tmpdir(), 'dmp-rules-chromium-'))
    // A fresh profile (--user-data-dir) each run: playwright-core takes it as the persistent context's directory.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 1000 },
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      timeout: 60_000,
    })
    page = browser.pages()[0] ?? (await browser.newPage())
    const errors: Array<string> = []
    page.on('pageerror', (e) => errors.push(e.message))
    // Nothing but file:// may be asked for: no CDN, no font, no fetch.
    await page.route(/^(?!file:)/, (route) => {
      errors.push(`request to ${route.request().url()}`)
      return route.abort()
    })
    await page.goto(pathToFileURL(join(ROOT, 'docs/playground/index.html')).href)
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
  })

  it('shows the decision of an allowed example: the rules and obligations the library gives, linked to docs/rules.md', async () => {
    await page.selectOption('#example', { label: '01-gp-care-team.json' })
    const want = expected(example('01-gp-care-team.json'))
    expect(want.allowed).toBe(true)
    await page.locator('#verdict[data-allowed="true"]').waitFor()
    expect(await shown(page)).toEqual(want)
    expect(await page.locator('#follow').getAttribute('data-kind')).toBe('obligations')
    const href = await page.locator('#reasons > li a').first().getAttribute('href')
    expect(href).toMatch(/^\.\.\/rules\.md#r-[a-z]+-\d+--/)
    // the access map of the record, in the frame
    const map = page.frameLocator('#map')
    await expect.poll(() => map.locator('tbody tr').count()).toBeGreaterThan(3)
  })

  it('shows a denied example with its remedies, in French when asked', async () => {
    await page.selectOption('#lang', 'fr')
    await page.selectOption('#example', { label: '02-specialist-outside-care-team.json' })
    const want = expected(example('02-specialist-outside-care-team.json'))
    expect(want.allowed).toBe(false)
    expect(want.follow.length).toBeGreaterThan(0)
    await page.locator('#verdict[data-allowed="false"]').waitFor()
    expect(await shown(page)).toEqual(want)
    expect(await page.locator('#follow').getAttribute('data-kind')).toBe('remedies')
    expect(await page.locator('#verdict').textContent()).toBe('Refusé')
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    mkdirSync(join(ROOT, 'reports'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'reports/playground.png'), fullPage: true })
  })

  it('shows the decoding issues, with their paths, of an edited request — using only the keyboard', async () => {
    await page.selectOption('#lang', 'en')
    await page.selectOption('#example', { label: '01-gp-care-team.json' })
    const edited = example('01-gp-care-team.json') as { actor: { profession: string } }
    edited.actor.profession = 'doctor'
    const r = decodeRequest(edited)
    if (r._tag === 'Right') throw new Error('expected issues')
    await page.locator('#request').fill(JSON.stringify(edited, null, 2))
    // Tab from the request to the Decide button, and press Enter.
    await page.locator('#request').focus()
    await page.keyboard.press('Tab')
    expect(await page.locator('#decide:focus').count()).toBe(1)
    await page.keyboard.press('Enter')
    await page.locator('#problem:not([hidden])').waitFor()
    expect(await page.locator('#decision').isHidden()).toBe(true)
    const issues = await page.locator('#issues > li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-path'), li.getAttribute('data-code')]))
    expect(issues).toEqual(r.left.map((i) => [i.path, i.code]))
    expect(await page.locator('#issues').textContent()).toContain(r.left[0]?.message.en ?? '?')
    await page.screenshot({ path: join(ROOT, 'reports/playground-invalid.png'), fullPage: true })
  })
  it('decides with the matrix chosen: NO_GRANT_MATRIX as the library does', async () => {
    await page.selectOption('#example', { label: '04-physiotherapist-lab-report.json' })
    await page.selectOption('#matrix', 'none')
    const want = expected(example('04-physiotherapist-lab-report.json'), { matrix: NO_GRANT_MATRIX })
    await page.locator(`#verdict[data-allowed="${String(want.allowed)}"]`).waitFor()
    expect(await shown(page)).toEqual(want)
    expect(want.rules).toContain('R-AUTH-7')
    await page.selectOption('#matrix', 'default')
    const withDefault = expected(example('04-physiotherapist-lab-report.json'))
    await page.locator(`#verdict[data-allowed="${String(withDefault.allowed)}"]`).waitFor()
    expect(await shown(page)).toEqual(withDefault)
  })
})
