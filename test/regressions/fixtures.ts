// Shared fixtures of the regression tests: each test keeps one counterexample found by the differential
// test (test/reference/differential.spec.ts) or the invariants (test/properties/), minimised, and checks the
// answer RULES.md gives against both the engine and the reference model.
import { expect } from 'vitest'
import { decide } from '../../src/engine/api.js'
import type { HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { modelDecide } from '../reference/model.js'

/** An adult, active record with a qualified INS and nothing else. */
export const adultRecord: HealthRecord = {
  patient: { birthDate: '1990-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [],
}

export const doctor: ProfessionalActor = { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' }

/** A plain document fed by `dr-1`. */
export const reportByDoctor: HealthDocument = {
  id: 'doc-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-1' },
  addedOn: '2024-01-10',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}

/** Asserts the engine and the model both give `allowed` and exactly these deciding rule ids. */
export const expectDecision = (
  request: Request,
  expected: { readonly allowed: boolean; readonly rules: ReadonlyArray<string> },
  matrix: AuthorizationMatrix = DEFAULT_MATRIX,
): void => {
  const engine = decide(request, { matrix })
  const model = modelDecide(request, matrix)
  const want = { allowed: expected.allowed, rules: [...expected.rules].sort() }
  expect({ allowed: engine.allowed, rules: [...new Set(engine.reasons.map((r) => r.rule))].sort() }, 'engine').toEqual(want)
  expect({ allowed: model.allowed, rules: [...model.rules].sort() }, 'reference model').toEqual(want)
}
