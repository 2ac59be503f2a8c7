// `npm run sizes`: what each entry of the package, and the main single imports, cost in a browser bundle — esbuild
// (the one tsup brings), platform browser, ESM, minified, tree-shaken, then gzip (level 9). Bundled from the built
// dist/ (what a user installs; run `npm run build` first, `npm run sizes` does), dependencies included (fp-ts,
// io-ts), fast-check left out (a peer dependency of dmp-rules/testing). Prints a Markdown table (docs/sizes.md).
// Usage: node scripts/sizes.mjs [--json]
import { build } from 'esbuild'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = (entry) => join(root, 'dist', `${entry}.js`)

if (!existsSync(dist('index'))) {
  console.error('sizes: dist/ is missing; run `npm run build` first (`npm run sizes` does).')
  process.exit(2)
}

/** What is measured: a name, the code of the entry module that imports it, the packages left out. */
const CASES = [
  { name: 'dmp-rules (the whole core entry)', code: `export * from ${JSON.stringify(dist('index'))}` },
  { name: 'dmp-rules/codecs (whole entry)', code: `export * from ${JSON.stringify(dist('codecs'))}` },
  { name: 'dmp-rules/testing (whole entry; fast-check left out)', code: `export * from ${JSON.stringify(dist('testing'))}`, external: ['fast-check'] },
  { name: 'dmp-rules/interop (whole entry)', code: `export * from ${JSON.stringify(dist('interop'))}` },
  { name: 'dmp-rules/render (whole entry)', code: `export * from ${JSON.stringify(dist('render'))}` },
  { name: '`isVisibleTo` alone', code: `export { isVisibleTo } from ${JSON.stringify(dist('index'))}` },
  { name: '`decide` alone', code: `export { decide } from ${JSON.stringify(dist('index'))}` },
  { name: '`buildDocument` alone', code: `export { buildDocument } from ${JSON.stringify(dist('index'))}` },
  { name: '`decodeRequest` alone (dmp-rules/codecs)', code: `export { decodeRequest } from ${JSON.stringify(dist('codecs'))}` },
  { name: '`fromXdsConfidentialityCodes` alone (dmp-rules/interop)', code: `export { fromXdsConfidentialityCodes } from ${JSON.stringify(dist('interop'))}` },
]

const measure = async ({ name, code, external = [] }) => {
  const out = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    logLevel: 'silent',
  })
  const bytes = out.outputFiles[0].contents
  return { name, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const rows = []
for (const c of CASES) rows.push(await measure(c))

const kB = (n) => `${(n / 1000).toFixed(1)} kB`
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
else {
  process.stdout.write('| what is imported | minified | min + gzip |\n|---|---:|---:|\n')
  for (const r of rows) process.stdout.write(`| ${r.name} | ${kB(r.minified)} | ${kB(r.gzip)} |\n`)
}
