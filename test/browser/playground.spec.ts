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
import { decide, type Options } from '../../src/engine/api.js'
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
): {
  readonly allowed: boolean
  readonly rules: ReadonlyArray<string>
  readonly codes: ReadonlyArray<string>
  readonly follow: ReadonlyArray<string>
} => {
  const r = decodeRequest(u)
  if (r._tag === 'Left') throw new Error('expected a valid request')
  const d = decide(r.right, options)
  return { allowed: d.allowed, rules: d.reasons.map((x) => x.rule), codes: d.reasons.map((x) => x.code), follow: (d.allowed ? d.obligations : d.remedies).map((x) => x.rule) }
}

/** What the page shows. */
const shown = async (page: Page) => ({
  allowed: (await page.locator('#verdict').getAttribute('data-allowed')) === 'true',
  rules: await page.locator('#reasons > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule') ?? '')),
  codes: await page.locator('#reasons > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code') ?? '')),
  follow: await page.locator('#follow > li[data-rule]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule') ?? '')),
})

// ---------------------------------------------------------------------------------------------
// the form, driven with the keyboard only: Tab to a control, then arrows, space or typing
// ---------------------------------------------------------------------------------------------

// Where Tab would go: the page's tabbable elements in document order (what the browser walks), and the focused one.
const TAB_ORDER = `(() => {
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, iframe')]
    .filter((e) => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0)
  return { ids: all.map((e) => e.id), at: all.indexOf(document.activeElement) }
})()`

/**
 * Presses Tab (or Shift+Tab, whichever way is shorter) until the control `#id` has the focus: the control is
 * reachable by keyboard. The count of presses is read from the page's tab order, and the focus checked after
 * each run of presses.
 */
const tabTo = async (page: Page, selector: string): Promise<void> => {
  const focused = (): Promise<boolean> => page.locator(`${selector}:focus`).count().then((n) => n === 1)
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await focused()) return
    const { ids, at } = (await page.evaluate(TAB_ORDER)) as { ids: ReadonlyArray<string>; at: number }
    const target = ids.indexOf(selector.replace(/^#/, ''))
    if (target < 0) throw new Error(`${selector} is not in the tab order`)
    const presses = at < 0 ? 1 : Math.abs(target - at)
    for (let i = 0; i < presses; i++) await page.keyboard.press(at < 0 || target > at ? 'Tab' : 'Shift+Tab')
  }
  if (!(await focused())) throw new Error(`${selector} is not reached by Tab`)
}

/** Chooses the option shown as `label` of a select with the keyboard (Home, then the arrow keys). */
const choose = async (page: Page, selector: string, label: string): Promise<void> => {
  await tabTo(page, selector)
  const options = page.locator(`${selector} option`)
  const labels = await options.allTextContents()
  const values = await options.evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''))
  const target = labels.indexOf(label)
  if (target < 0) throw new Error(`${selector} has no option ${label} (${labels.join(' | ')})`)
  if ((await page.locator(selector).inputValue()) !== values[target]) {
    await page.keyboard.press('Home')
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown')
  }
  expect(await page.locator(selector).inputValue()).toBe(values[target])
}

/** Ticks or unticks a checkbox with the space bar. */
const tick = async (page: Page, selector: string, on: boolean): Promise<void> => {
  await tabTo(page, selector)
  if ((await page.locator(selector).isChecked()) !== on) await page.keyboard.press('Space')
  expect(await page.locator(selector).isChecked()).toBe(on)
}

/** Replaces the text of a field by typing. */
const typeInto = async (page: Page, selector: string, text: string): Promise<void> => {
  await tabTo(page, selector)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

/** The request the page shows in its JSON view. */
const requestShown = async (page: Page): Promise<unknown> => JSON.parse(await page.locator('#request').inputValue())

/** The page's answer equals the library's on the request the page shows; returns it. */
const answerMatchesLibrary = async (page: Page): Promise<ReturnType<typeof expected>> => {
  const want = expected(await requestShown(page))
  await page.locator(`#verdict[data-allowed="${String(want.allowed)}"]`).waitFor()
  expect(await shown(page)).toEqual(want)
  return want
}

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
  it('builds a request from the form, keyboard only: a care-team nurse with consent is denied a masked document, its author sees it (R-MASK-2)', async () => {
    await page.locator('body').focus()
    await choose(page, '#lang', 'English')
    await choose(page, '#example', '01-gp-care-team.json')
    await choose(page, '#actor-profession', 'Nurse')
    await tick(page, '#actor-treating', false)
    await tick(page, '#actor-care-team', true)
    await tick(page, '#actor-consent', true)
    await choose(page, '#action', 'See a document')
    // documents are picked by type name, the code kept
    const target = await page.locator('#target option:checked').textContent()
    expect(target).toMatch(/^Lettre de liaison à la sortie d.un établissement de soins — doc-2025-0001$/)
    expect(await page.locator('#doc-0-type option:checked').textContent()).toMatch(/^Lettre de liaison .* \(11490-0\)$/)
    await tick(page, '#doc-0-masked', true)
    const request = (await requestShown(page)) as {
      action: string
      actor: { profession: string }
      careTeam?: boolean
      explicitConsent?: boolean
      document: { id: string; maskedFromProfessionals: boolean }
      record: { documents: ReadonlyArray<{ id: string; maskedFromProfessionals: boolean }> }
    }
    expect([request.action, request.actor.profession, request.careTeam, request.explicitConsent]).toEqual(['view', 'infirmier', true, true])
    // the request's document is the record's copy, masked in both
    expect(request.document).toEqual(request.record.documents[0])
    expect(request.document.maskedFromProfessionals).toBe(true)
    const denied = await answerMatchesLibrary(page)
    expect(denied.allowed).toBe(false)
    expect(denied.rules).toContain('R-MASK-2')
    // the access map follows: its first row is the form's actor
    const map = page.frameLocator('#map')
    await expect.poll(() => map.locator('tbody tr').first().textContent()).toMatch(/^This actor \(Nurse 10001234567\)/)
    mkdirSync(join(ROOT, 'reports'), { recursive: true })
    await page.evaluate('window.scrollTo(0, 0)') // the decision panel sticks to the top of the window
    await page.screenshot({ path: join(ROOT, 'reports/playground-form.png'), fullPage: true })
    if (process.env['DMP_PLAYGROUND_PICTURE'] === '1') await page.screenshot({ path: join(ROOT, 'docs/pictures/playground-form.png'), fullPage: true })

    // the same nurse wrote the document: the author sees it (R-MASK-2 no longer denies)
    await choose(page, '#doc-0-author', 'This actor')
    const mine = (await requestShown(page)) as { document: { author: unknown }; actor: { id: string } }
    expect(mine.document.author).toEqual({ kind: 'professional', id: mine.actor.id })
    const allowed = await answerMatchesLibrary(page)
    expect(allowed.allowed).toBe(true)
    // R-MASK-2 now grants: the author of a masked document sees it
    expect(allowed.codes[allowed.rules.indexOf('R-MASK-2')]).not.toBe(denied.codes[denied.rules.indexOf('R-MASK-2')])
  })

  it('follows the form when the actor becomes the patient, then a minor\'s parent, and when the action changes (R-MINOR-5)', async () => {
    await choose(page, '#actor-kind', 'The patient (holder of the record)')
    expect(await page.locator('#pro-fields').isHidden()).toBe(true)
    expect(((await requestShown(page)) as { actor: unknown }).actor).toEqual({ kind: 'patient' })
    await answerMatchesLibrary(page)
    await choose(page, '#action', 'Delete a document')
    expect(((await requestShown(page)) as { action: string }).action).toBe('delete')
    await answerMatchesLibrary(page)
    // feeding: a new document, picked by type name, dated the day of the request, written by the actor (R-FEED-1)
    await choose(page, '#action', 'Add a document (feed)')
    await choose(page, '#feed-type', 'Certificat médical (89601-9)')
    const fed = (await requestShown(page)) as { at: string; document: { id: string; typeCode: string; addedOn: string; author: unknown }; record: { documents: ReadonlyArray<{ id: string }> } }
    expect(fed.document.typeCode).toBe('89601-9')
    expect(fed.document.addedOn).toBe(fed.at)
    expect(fed.document.author).toEqual({ kind: 'patient' })
    expect(fed.record.documents.map((d) => d.id)).not.toContain(fed.document.id)
    await answerMatchesLibrary(page)
    await choose(page, '#action', 'See a document')

    // a child of 15 whose parent asks; the document is hidden from the legal representatives
    await typeInto(page, '#age', '15')
    const child = (await requestShown(page)) as { at: string; record: { patient: { birthDate: string } } }
    expect(child.record.patient.birthDate).toBe(`${Number(child.at.slice(0, 4)) - 15}${child.at.slice(4)}`)
    await choose(page, '#actor-kind', 'A legal representative')
    const withParent = (await requestShown(page)) as { actor: { kind: string; id: string }; record: { legalRepresentatives: ReadonlyArray<{ id: string; role: string }> } }
    expect(withParent.record.legalRepresentatives.map((r) => [r.id, r.role])).toContainEqual([withParent.actor.id, 'parent'])
    expect(await page.locator('#rep-0-id').inputValue()).toBe(withParent.actor.id)
    await answerMatchesLibrary(page)
    await tick(page, '#doc-0-hidden', true)
    const hidden = await answerMatchesLibrary(page)
    expect(hidden.allowed).toBe(false)
    expect(hidden.rules).toContain('R-MINOR-5')
    // the role of the representative, chosen in the actor's part, is the record's
    await choose(page, '#actor-rep-role', 'Guardian (tuteur)')
    expect(await page.locator('#rep-0-role').inputValue()).toBe('guardian')
    await answerMatchesLibrary(page)
  })

  it('labels every control of the form and gives every fieldset a legend', async () => {
    const controls = page.locator('#builder input, #builder select, #builder textarea, #settings select, #request')
    expect(await controls.count()).toBeGreaterThan(30)
    const unlabelled = await controls.evaluateAll((es) =>
      es
        .filter((e) => !Array.from((e as unknown as { labels: ArrayLike<{ textContent: string | null }> | null }).labels ?? []).some((l) => (l.textContent ?? '').trim() !== ''))
        .map((e) => e.id),
    )
    expect(unlabelled).toEqual([])
    const fieldsets = await page.locator('#builder fieldset').evaluateAll((fs) => fs.map((f) => f.querySelector(':scope > legend')?.textContent?.trim() ?? ''))
    expect(fieldsets.length).toBeGreaterThanOrEqual(5)
    expect(fieldsets.filter((l) => l === '')).toEqual([])
  })

  it('speaks French when asked: labels, decision and messages (the library\'s fr)', async () => {
    await choose(page, '#lang', 'Français')
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.locator('#fs-actor-legend').textContent()).toBe('Qui demande')
    expect(await page.locator('label[for="actor-kind"]').textContent()).toBe('Acteur')
    expect(await page.locator('#actor-kind option:checked').textContent()).toBe('Un représentant légal')
    const want = await answerMatchesLibrary(page)
    expect(await page.locator('#verdict').textContent()).toBe(want.allowed ? 'Autorisé' : 'Refusé')
    const r = decodeRequest(await requestShown(page))
    if (r._tag === 'Left') throw new Error('expected a valid request')
    const texts = await page.locator('#reasons > li').allTextContents()
    decide(r.right).reasons.forEach((reason, i) => expect(texts[i]).toContain(reason.message.fr))
    await choose(page, '#lang', 'English')
  })

  it('keeps the JSON view and the form in sync both ways; invalid JSON shows the issues with their paths (keyboard only)', async () => {
    await choose(page, '#example', '03-nurse-masked-report.json')
    await tabTo(page, '#advanced-summary')
    await page.keyboard.press('Enter')
    expect(await page.locator('#advanced').getAttribute('open')).not.toBeNull()
    // Editing a value of the JSON: select it, type over it.
    const typeOver = async (before: string, after: string): Promise<void> => {
      await tabTo(page, '#request')
      const text = await page.locator('#request').inputValue()
      const at = text.indexOf(before)
      expect(at).toBeGreaterThanOrEqual(0)
      await page.locator('#request').evaluate((e, [from, to]) => (e as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(from ?? 0, to ?? 0), [at, at + before.length])
      await page.keyboard.type(after)
    }
    await typeOver('"infirmier"', '"sage-femme"')
    await typeOver('"view"', '"consult"')
    // valid JSON: the form shows it
    expect(await page.locator('#actor-profession').inputValue()).toBe('sage-femme')
    expect(await page.locator('#action').inputValue()).toBe('consult')
    expect(await page.locator('#target-field').isHidden()).toBe(true)
    await answerMatchesLibrary(page)
    // invalid: the decoding issues, as the library reports them
    await typeOver('"sage-femme"', '"doctor"')
    const edited = (await requestShown(page)) as { actor: { profession: string } }
    expect(edited.actor.profession).toBe('doctor')
    const r = decodeRequest(edited)
    if (r._tag === 'Right') throw new Error('expected issues')
    await page.locator('#problem:not([hidden])').waitFor()
    expect(await page.locator('#decision').isHidden()).toBe(true)
    expect(await page.locator('#map-section').isHidden()).toBe(true)
    const issues = await page.locator('#issues > li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-path'), li.getAttribute('data-code')]))
    expect(issues).toEqual(r.left.map((i) => [i.path, i.code]))
    expect(issues.map((i) => i[0])).toContain('/actor/profession')
    expect(await page.locator('#issues').textContent()).toContain(r.left[0]?.message.en ?? '?')
    await page.screenshot({ path: join(ROOT, 'reports/playground-invalid.png'), fullPage: true })
    // the form writes over the JSON: choosing a profession makes the request valid again
    await choose(page, '#actor-profession', 'Midwife')
    expect(((await requestShown(page)) as { actor: { profession: string } }).actor.profession).toBe('sage-femme')
    await answerMatchesLibrary(page)
    await tabTo(page, '#advanced-summary')
    await page.keyboard.press('Enter')
  })
})
