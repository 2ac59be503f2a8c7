// `npm run docs:pictures`: draws the pictures of the docs with the built `dmp-rules` command, one run of
// `dmp-rules map … --svg FILE` per entry of scripts/pictures.json. test/docs/pictures.spec.ts runs the same
// command lines and checks that the committed pictures are what they give now, so that they cannot rot.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const cli = 'dist/cli.js'
if (!existsSync(cli)) {
  console.error(`docs:pictures: ${cli} is missing; run \`npm run build\` first (\`npm run docs:pictures\` does).`)
  process.exit(2)
}
const pictures = JSON.parse(readFileSync('scripts/pictures.json', 'utf8'))
let failed = 0
for (const { argv } of pictures) {
  const r = spawnSync(process.execPath, [cli, ...argv], { stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`docs:pictures: dmp-rules ${argv.join(' ')} exited with ${r.status}`)
    failed++
  }
}
process.exit(failed === 0 ? 0 : 1)
