import type { RunnerTestCase, RunnerTestFile } from 'vitest'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, experimental_getRunnerTask, type Reporter, type TestModule, type TestSpecification } from 'vitest/node'
import base from './vitest.config.js'

// Mutation run (`npm run mutation`, see stryker.config.json): same resolve aliases and test
// options as vitest.config.ts, but only the fast suites that exercise src/rules, src/actions,
// src/decision and src/engine.ts. Tests mirror src/ (test/README.md): each suite below is the
// folder of one of those modules, or a purpose folder that decides through them; test/mutation/
// holds no spec, only this run's setup and its notes on the mutants that survive. The slow suites
// (package builds and packs, docs, cli, fuzz, codecs, testing) are left out. Property run counts
// stay at their defaults: DMP_RULES_DEEP is not set here. (The include list replaces the base one:
// mergeConfig would concatenate them.)

const suites = [
  'test/decision/',
  'test/catalogue/',
  'test/rules/',
  'test/actions/',
  'test/engine/',
  'test/regressions/',
  'test/lifecycle/',
  'test/reference/',
  'test/properties/',
] as const

const rank = (spec: TestSpecification): number => {
  const i = suites.findIndex((dir) => spec.moduleId.includes(`/${dir}`))
  return i === -1 ? suites.length : i
}

// Stryker bails at the first failing test, so the example-based suites run before the property
// and differential suites: a mutant they kill never pays for the slower ones.
class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0))
  }
}

// A mutant that makes a source module throw when it is imported (e.g. `documentRule = () => undefined`)
// fails every test file at load time, before any test is collected. Stryker's vitest runner (9.6.1)
// builds its result from the collected tests only, so it would score that mutant Survived with
// 0 tests. This reporter gives each test file that failed to load one failed test carrying the
// load error, so that such a mutant counts as Killed. A file that loaded is left as it is.
const loadFailureAsFailedTest: Reporter = {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    for (const testModule of testModules) {
      const file = experimental_getRunnerTask(testModule) as RunnerTestFile
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue
      const name = 'loads the test file'
      const failed: Partial<RunnerTestCase> = {
        type: 'test',
        id: `${file.id}_load`,
        name,
        fullName: `${file.name} > ${name}`,
        mode: 'run',
        meta: {},
        file,
        suite: file,
        result: { state: 'fail', errors: file.result.errors ?? [] },
      }
      file.tasks.push(failed as RunnerTestCase)
    }
  },
}

const baseReporters = base.test?.reporters ?? ['default']

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: suites.map((dir) => `${dir}**/*.spec.ts`),
    setupFiles: ['test/mutation/fast-check-setup.ts'],
    sequence: { sequencer: FastFirstSequencer },
    reporters: [...(Array.isArray(baseReporters) ? baseReporters : [baseReporters]), loadFailureAsFailedTest],
  },
})
