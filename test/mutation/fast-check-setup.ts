// Setup for the mutation run only (vitest.stryker.config.ts): a property that fails under a mutant
// has killed it, so fast-check stops at the first counterexample instead of shrinking it. Run
// counts are untouched (the specs read DMP_RULES_DEEP themselves).
import fc from 'fast-check'

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true })
