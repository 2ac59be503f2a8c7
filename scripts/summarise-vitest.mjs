// Prints one line "N passed, N failed" from vitest's JSON report (used by .ci/run).
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? 'reports/vitest.json'
let report
try {
  report = JSON.parse(readFileSync(file, 'utf8'))
} catch {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const passed = report.numPassedTests ?? 0
const failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || report.success === false ? 1 : 0)
