// `npm run demo`: runs the built `dmp-rules` command on every bundled example request.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = 'examples'
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
for (const f of files) {
  console.log(`\n=== ${f}`)
  const r = spawnSync(process.execPath, ['dist/cli.js', 'decide', join(dir, f)], { stdio: 'inherit' })
  console.log(`(exit ${r.status})`)
}
