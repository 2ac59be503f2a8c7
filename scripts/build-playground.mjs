// `npm run build:playground`: the static playground, docs/playground/index.html (committed, hand-written) and
// docs/playground/dmp-rules.js (git-ignored), the library bundled for the browser as one IIFE (global `DmpRules`)
// with the examples (examples/*.json) and the anchors of docs/rules.md embedded: the page works from file://.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'tsup'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (p) => `${root}${p}`

const examples = readdirSync(at('examples'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, request: JSON.parse(readFileSync(at(`examples/${name}`), 'utf8')) }))

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters, digits, `-`, `_` and spaces kept), spaces as `-`. */
export const githubAnchor = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')

const anchors = {}
for (const line of readFileSync(at('docs/rules.md'), 'utf8').split('\n')) {
  const m = /^## (R-[A-Z]+-\d+) — /.exec(line)
  if (m !== null) anchors[m[1]] = githubAnchor(line.slice(3))
}

if (!existsSync(at('docs/playground/index.html'))) throw new Error('docs/playground/index.html is missing')

await build({
  config: false,
  entry: { 'dmp-rules': at('scripts/playground/entry.ts') },
  outDir: at('docs/playground'),
  format: ['iife'],
  globalName: 'DmpRules',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: false,
  dts: false,
  clean: false,
  splitting: false,
  treeshake: false,
  noExternal: [/.*/],
  silent: true,
  outExtension: () => ({ js: '.js' }),
  define: {
    __DMP_PLAYGROUND_EXAMPLES__: JSON.stringify(examples),
    __DMP_PLAYGROUND_ANCHORS__: JSON.stringify(anchors),
  },
})
console.log(`wrote docs/playground/dmp-rules.js (${examples.length} examples, ${Object.keys(anchors).length} rule anchors); open docs/playground/index.html`)
