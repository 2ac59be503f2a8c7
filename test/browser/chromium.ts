// Where the browser test finds Chromium (README, "The browser test"): `CHROMIUM_PATH` when set (and only it), else
// the first of the usual install paths that exists, else `chromium`, `chromium-browser`, `google-chrome` or
// `google-chrome-stable` on the PATH. playwright-core drives it and never downloads a browser. Absent: the test is
// skipped with a warning, except with CI=true, where the absence is a failed test.
import { existsSync, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The usual install paths, in the order they are tried (Debian/Ubuntu, snap, Fedora/Arch, macOS). */
export const CHROMIUM_PATHS: ReadonlyArray<string> = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** The command names looked up on the PATH, in order. */
export const CHROMIUM_COMMANDS: ReadonlyArray<string> = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

/** Where Chromium is, and how it was found; `path` is `undefined` when it is nowhere. */
export interface ChromiumLookup {
  readonly path: string | undefined
  /** What was tried, for the skip warning and the CI failure. */
  readonly tried: string
}

export const findChromium = (env: Readonly<Record<string, string | undefined>> = process.env): ChromiumLookup => {
  const explicit = env['CHROMIUM_PATH']
  if (explicit !== undefined && explicit !== '')
    return { path: existsSync(explicit) ? explicit : undefined, tried: `CHROMIUM_PATH=${explicit}` }
  const known = CHROMIUM_PATHS.find(isFile)
  if (known !== undefined) return { path: known, tried: known }
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '')
  for (const command of CHROMIUM_COMMANDS)
    for (const dir of dirs) if (isFile(join(dir, command))) return { path: join(dir, command), tried: `${command} on the PATH` }
  return { path: undefined, tried: `${CHROMIUM_PATHS.join(', ')}, and ${CHROMIUM_COMMANDS.join(', ')} on the PATH (or set CHROMIUM_PATH)` }
}
