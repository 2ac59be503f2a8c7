import { defineConfig, type Options } from 'tsup'

type TsupPlugin = NonNullable<Options['plugins']>[number]

// fp-ts and io-ts have no `exports` map: a subpath such as `fp-ts/Either` is a directory with a package.json,
// which `require` follows but Node's ESM loader refuses (ERR_UNSUPPORTED_DIR_IMPORT): the ESM build would fail
// to load in Node. So the built chunks import the file that both module systems load, `fp-ts/lib/Either.js`
// (CommonJS; Node's ESM loader reads its named exports). It is also the copy io-ts itself requires, so a
// bundle gets one fp-ts, not two. Sources keep the idiomatic `fp-ts/Either`; types are untouched.
const SUBPATH_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])(fp-ts|io-ts)\/([A-Za-z]+)\2/g
const nodeLoadableSubpaths: TsupPlugin = {
  name: 'node-loadable-subpaths',
  renderChunk(code, chunk) {
    if (!/\.c?js$/.test(chunk.path)) return undefined
    const rewritten = code.replace(SUBPATH_IMPORT, (_m, lead: string, q: string, pkg: string, mod: string) => `${lead}${q}${pkg}/lib/${mod}.js${q}`)
    return rewritten === code ? undefined : { code: rewritten, map: chunk.map ?? null }
  },
}

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      codecs: 'src/codecs.ts',
      testing: 'src/testing.ts',
      interop: 'src/interop.ts',
      render: 'src/render.ts',
      xds: 'src/xds.ts',
      fhir: 'src/fhir.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    external: ['fast-check', 'fp-ts', 'io-ts', 'fast-xml-parser'],
    plugins: [nodeLoadableSubpaths],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // The command is one self-contained file: its dependencies are bundled in, so it resolves nothing at run
    // time but Node's own modules, and no missing or mis-resolved module can end in a stack trace.
    noExternal: ['fp-ts', 'io-ts', 'fast-xml-parser', /^@nodable\//, 'fast-xml-builder', 'is-unsafe', 'path-expression-matcher', 'strnum', 'xml-naming'],
  },
])
