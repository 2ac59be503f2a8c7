// `npm run demo`: runs the built `dmp-rules` command on every bundled example request (examples/*.json),
// with a header per example. Exit codes 0 (allowed) and 1 (denied) are both decisions; the demo fails
// only if an example could not be decided (exit 2: invalid example) or the command is not built.
// Usage: node scripts/demo.mjs [--lang fr] [--json]   (extra arguments are passed to the command)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const cli = 'dist/cli.js'
const dir = 'examples'
const extra = process.argv.slice(2)

if (!existsSync(cli)) {
  console.error(`demo: ${cli} is missing; run \`npm run build\` first (\`npm run demo\` does).`)
  process.exit(2)
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
const verdict = { 0: 'allowed', 1: 'denied', 2: 'INVALID INPUT' }
const failures = []
for (const f of files) {
  const title = f.replace(/\.json$/, '').replace(/^(\d+)-/, '$1 · ').replaceAll('-', ' ')
  const rule = '─'.repeat(Math.max(8, 100 - title.length - 4))
  process.stdout.write(`\n── ${title} ${rule}\n$ dmp-rules decide ${join(dir, f)}${extra.length ? ' ' + extra.join(' ') : ''}\n\n`)
  const r = spawnSync(process.execPath, [cli, 'decide', join(dir, f), ...extra], { stdio: 'inherit' })
  const status = r.status ?? 2
  process.stdout.write(`\n(exit ${status}: ${verdict[status] ?? 'error'})\n`)
  if (status !== 0 && status !== 1) failures.push(f)
}

// The bundled matrix grants no document type (no official cell could be confirmed: docs/matrix.md), so the
// examples that depend on a document type are also shown with an illustrative matrix passed by --matrix.
const illustrative = join(dir, 'matrices', 'illustrative.json')
const withMatrix = ['04-physiotherapist-lab-report.json', '11-masked-report-three-readers.json'].filter((f) => files.includes(f))
for (const f of withMatrix) {
  const title = `${f.replace(/\.json$/, '').replace(/^(\d+)-/, '$1 · ').replaceAll('-', ' ')} · with an illustrative matrix`
  const rule = '─'.repeat(Math.max(8, 100 - title.length - 4))
  const args = ['decide', join(dir, f), '--matrix', illustrative, ...extra]
  process.stdout.write(`\n── ${title} ${rule}\n$ dmp-rules ${args.join(' ')}\n\n`)
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' })
  const status = r.status ?? 2
  process.stdout.write(`\n(exit ${status}: ${verdict[status] ?? 'error'})\n`)
  if (status !== 0 && status !== 1) failures.push(`${f} --matrix`)
}

process.stdout.write(`\n${files.length} examples, ${files.length - failures.length} decided`)
if (failures.length > 0) {
  process.stdout.write(`, not decided: ${failures.join(', ')}\n`)
  process.exitCode = 1
} else process.stdout.write('\n')
