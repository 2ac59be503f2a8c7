// The command's pure core `run(argv, io)` with an in-memory file system and stdin, shared by the command's specs.
import { run, type Io } from '../../src/cli/run.js'

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /** What the command wrote through `io.writeFile` (`--html`, `--svg`), by path. */
  readonly written: Readonly<Record<string, string>>
}

/** The error Node's file system throws for a missing file. */
export const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })

/** A stack frame line: the command must never print one, whatever it is given. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m

/**
 * Runs the command on `argv` with `files` as its file system (a missing file throws ENOENT; writing under `/nope/`
 * throws too) and `stdin` as its standard input.
 */
export const runCli = async (argv: ReadonlyArray<string>, files: Readonly<Record<string, string>> = {}, stdin = ''): Promise<CliResult> => {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string> = {}
  const io: Io = {
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw enoent(path)
      return text
    },
    readStdin: async () => stdin,
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/nope/')) throw enoent(path)
      written[path] = text
    },
  }
  const code = await run(argv, io)
  return { code, stdout, stderr, written }
}
