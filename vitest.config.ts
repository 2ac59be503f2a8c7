import { defineConfig } from 'vitest/config'

export default defineConfig({
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
