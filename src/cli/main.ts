// The `dmp-rules` command: wires `run` to the process (argv, files, stdin, stdout, stderr, exit code).
// Built by tsup to dist/cli.js with a shebang; package.json `bin` points there.
import { readFile, writeFile } from 'node:fs/promises'
import { run, type Io } from './run.js'

const readStdin = async (): Promise<string> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

// A closed pipe (`dmp-rules decide x.json | head -1`) is not an error worth a stack trace.
const quietOnEpipe = (e: NodeJS.ErrnoException): void => {
  if (e.code !== 'EPIPE') process.stderr.write(`dmp-rules: ${e.message}\n`)
}
process.stdout.on('error', quietOnEpipe)
process.stderr.on('error', () => undefined)

const io: Io = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  readStdin,
  stdout: (s) => {
    process.stdout.write(s)
  },
  stderr: (s) => {
    process.stderr.write(s)
  },
}

// INVARIANT: no stack trace reaches the user: `run` never rejects, and this catch is the last net.
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`dmp-rules: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
  },
)
