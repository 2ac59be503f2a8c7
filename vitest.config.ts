import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (p: string): string => fileURLToPath(new URL(`./src/${p}`, import.meta.url))

export default defineConfig({
  // Docs examples import the package by its public name; tests resolve it to the sources.
  resolve: {
    alias: [
      { find: /^dmp-rules\/codecs$/, replacement: src('codecs.ts') },
      { find: /^dmp-rules\/testing$/, replacement: src('testing.ts') },
      { find: /^dmp-rules\/interop$/, replacement: src('interop.ts') },
      { find: /^dmp-rules\/render$/, replacement: src('render.ts') },
      { find: /^dmp-rules\/xds$/, replacement: src('xds.ts') },
      { find: /^dmp-rules\/fhir$/, replacement: src('fhir.ts') },
      { find: /^dmp-rules$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // .ci/run asks for a JSON report as well, to print "N passed, N failed".
    reporters: process.env['VITEST_JSON_REPORT'] ? ['default', 'json'] : ['default'],
    ...(process.env['VITEST_JSON_REPORT'] ? { outputFile: { json: process.env['VITEST_JSON_REPORT'] } } : {}),
  },
})
