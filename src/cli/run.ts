// The `dmp-rules` command as a function: arguments and injected I/O in, exit code out.
// `main.ts` wires it to the process; tests call it directly.
// INVARIANT: `run` never rejects and never lets an exception (or a stack trace) reach the user:
// every failure becomes a message on stderr and exit code 2.
import { decodeMatrix, decodeRequest } from '../codecs/index.js'
import type { Decision } from '../decision/decision.js'
import type { Request } from '../domain/types.js'
import { decide, type Options } from '../engine.js'
import { matrixFromMesJsonApi } from '../matrix/mes-jsonapi.js'
import { parseArgs } from './args.js'
import { parseJson } from './json.js'
import { renderDecision, renderIssues, type Issue } from './render.js'
import { textOf, type CliText } from './text.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The outside world, injected: `main.ts` passes the process's, tests pass their own.
 *
 * @since 0.1.0
 */
export interface Io {
  /** Reads a file as UTF-8 text; rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot. */
  readonly readFile: (path: string) => Promise<string>
  /** Reads all of standard input as UTF-8 text. */
  readonly readStdin: () => Promise<string>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * `0`: every request allowed; `1`: at least one denied; `2`: invalid input or usage (nothing decided).
 *
 * @since 0.1.0
 */
export type ExitCode = 0 | 1 | 2

const PROGRAM = 'dmp-rules'

// -------------------------------------------------------------------------------------
// steps
// -------------------------------------------------------------------------------------

type Step<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly error: string }

const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined

const errorMessage = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string' ? e.message : String(e)

const readInput = async (file: string, io: Io, t: CliText): Promise<Step<string>> => {
  try {
    return { ok: true, value: file === '-' ? await io.readStdin() : await io.readFile(file) }
  } catch (e) {
    const source = file === '-' ? t.stdin : file
    switch (errorCode(e)) {
      case 'ENOENT':
        return { ok: false, error: t.fileNotFound(source) }
      case 'EISDIR':
        return { ok: false, error: t.isDirectory(source) }
      case 'EACCES':
      case 'EPERM':
        return { ok: false, error: t.permissionDenied(source) }
      default:
        return { ok: false, error: t.cannotRead(source, errorMessage(e)) }
    }
  }
}

/** Decodes one request, or each element of an array, prefixing the issues' paths with the element's index. */
const decodeAll = (
  u: unknown,
): { readonly ok: true; readonly many: boolean; readonly requests: ReadonlyArray<Request> } | { readonly ok: false; readonly issues: ReadonlyArray<Issue> } => {
  const elements: ReadonlyArray<unknown> = Array.isArray(u) ? u : [u]
  const requests: Array<Request> = []
  const issues: Array<Issue> = []
  elements.forEach((element, i) => {
    const prefix = Array.isArray(u) ? `/${i}` : ''
    const r = decodeRequest(element)
    if (r._tag === 'Right') requests.push(r.right)
    else for (const issue of r.left) issues.push({ path: prefix + issue.path, message: issue.message.en })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, many: Array.isArray(u), requests }
}

/**
 * Reads the `--matrix` file: an {@link AuthorizationMatrix} (`{ version, grants }`, decoded by `decodeMatrix`), or
 * the JSON:API rows of Mon espace santé (an object with `data`, or an array of such pages: `matrixFromMesJsonApi`).
 * Prints every issue and fails (exit 2, nothing decided) when it is not a valid matrix.
 */
const readMatrix = async (file: string, t: CliText, io: Io): Promise<{ readonly ok: true; readonly options: Options } | { readonly ok: false }> => {
  const input = await readInput(file, io, t)
  if (!input.ok) {
    io.stderr(`${PROGRAM}: ${input.error}\n`)
    return { ok: false }
  }
  const parsed = parseJson(input.value)
  if (!parsed.ok) {
    io.stderr(`${PROGRAM}: ${t.invalidJson(file, parsed.error)}\n`)
    return { ok: false }
  }
  const u = parsed.value
  const jsonApi = Array.isArray(u) || (typeof u === 'object' && u !== null && 'data' in u)
  const r = jsonApi ? matrixFromMesJsonApi(u) : decodeMatrix(u)
  if (r._tag === 'Right') return { ok: true, options: { matrix: r.right } }
  const issues: ReadonlyArray<Issue> = r.left.map((i) => ({ path: i.path, message: typeof i.message === 'string' ? i.message : i.message.en }))
  io.stderr(`${PROGRAM}: ${t.invalidMatrix(file, issues.length)}\n${renderIssues(issues, t)}`)
  return { ok: false }
}

const decideCommand = async (
  file: string,
  json: boolean,
  t: CliText,
  lang: 'fr' | 'en',
  io: Io,
  matrixFile: string | undefined,
): Promise<ExitCode> => {
  const source = file === '-' ? t.stdin : file
  let options: Options = {}
  if (matrixFile !== undefined) {
    const m = await readMatrix(matrixFile, t, io)
    if (!m.ok) return 2
    options = m.options
  }
  const input = await readInput(file, io, t)
  if (!input.ok) {
    io.stderr(`${PROGRAM}: ${input.error}\n`)
    return 2
  }
  const parsed = parseJson(input.value)
  if (!parsed.ok) {
    io.stderr(`${PROGRAM}: ${t.invalidJson(source, parsed.error)}\n`)
    return 2
  }
  if (Array.isArray(parsed.value) && parsed.value.length === 0) {
    io.stderr(`${PROGRAM}: ${source}: ${t.emptyArray}\n`)
    return 2
  }
  const decoded = decodeAll(parsed.value)
  if (!decoded.ok) {
    io.stderr(`${PROGRAM}: ${source}: ${t.invalidRequest(decoded.issues.length)}\n${renderIssues(decoded.issues, t)}`)
    return 2
  }
  const decisions: ReadonlyArray<Decision> = decoded.requests.map((r) => decide(r, options))
  if (json) io.stdout(JSON.stringify(decoded.many ? decisions : decisions[0], null, 2) + '\n')
  else if (!decoded.many) io.stdout(renderDecision(decoded.requests[0] as Request, decisions[0] as Decision, lang, t))
  else {
    const n = decisions.length
    const blocks = decisions.map((d, i) => `${t.request(i, n)}\n${renderDecision(decoded.requests[i] as Request, d, lang, t)}`)
    const allowed = decisions.filter((d) => d.allowed).length
    io.stdout(blocks.join('\n') + '\n' + t.summary(n, allowed, n - allowed) + '\n')
  }
  return decisions.every((d) => d.allowed) ? 0 : 1
}

// -------------------------------------------------------------------------------------
// run
// -------------------------------------------------------------------------------------

/**
 * Runs the command: `dmp-rules decide FILE.json [--json] [--lang fr|en] [--matrix MATRIX.json]`.
 *
 * Prints each decision (human text, or JSON with `--json`) on stdout; problems on stderr.
 * Resolves to the exit code; never rejects.
 *
 * @example
 * import { run } from './run.js'
 * const out: Array<string> = []
 * const code = await run(['decide', 'request.json'], {
 *   readFile: async () => JSON.stringify(request),
 *   readStdin: async () => '',
 *   stdout: (s) => out.push(s),
 *   stderr: (s) => out.push(s),
 * })
 *
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  let t = textOf('en')
  try {
    const cmd = parseArgs(argv)
    t = textOf(cmd.lang)
    switch (cmd.kind) {
      case 'usage-error':
        io.stderr(`${PROGRAM}: ${cmd.message(t)}\n\n${t.usage}`)
        return 2
      case 'help':
        io.stdout(t.usage)
        return 0
      case 'decide':
        return await decideCommand(cmd.file, cmd.json, t, cmd.lang, io, cmd.matrix)
    }
  } catch (e) {
    try {
      io.stderr(`${PROGRAM}: ${t.internalError(errorMessage(e))}\n`)
    } catch {
      // nothing more can be said
    }
    return 2
  }
}
