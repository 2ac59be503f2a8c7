// dmp-rules/testing — the identifier pools every arbitrary draws from, and the two small helpers they share.
import * as fc from 'fast-check'
import { deepFreeze as freezeDeeply } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// pools
// -------------------------------------------------------------------------------------

/**
 * The identifiers the arbitraries draw from. They are few on purpose: a generated actor is then often the
 * author of a document, a treating doctor, blocked or authorised on the generated record. Use them to build
 * your own related values (e.g. a block on `SAMPLE_IDS.professionals[0]`).
 *
 * @example
 * import { SAMPLE_IDS } from 'dmp-rules/testing'
 * SAMPLE_IDS.professionals.includes('ps-1') // true
 *
 * @since 0.1.0
 */
export const SAMPLE_IDS = {
  professionals: ['ps-1', 'ps-2', 'ps-3', 'ps-4'],
  establishments: ['est-1', 'est-2'],
  representatives: ['rl-1', 'rl-2', 'rl-3'],
  documents: ['doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5', 'doc-6'],
  /** LOINC document types: consultation note, discharge summary, lab report, imaging, prescription, patient summary. */
  typeCodes: ['11488-4', '34133-9', '11502-2', '18748-4', '57833-6', '60591-5'],
  /** Specialty codes (TRE_R38 style). */
  specialties: ['SM26', 'SM04', 'SM15'],
} as const
freezeDeeply(SAMPLE_IDS)

/** Internal: an id from a pool, now and then any short non-empty string (ids with `/`, `~`, spaces… must work too). */
export const arbId = (pool: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 12 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 6 }), weight: 1 },
  )

/** Internal: a boolean, `true` `t` times for `f` times `false` (shrinks to `false`). */
export const often = (t: number, f: number): fc.Arbitrary<boolean> =>
  fc.oneof({ arbitrary: fc.constant(false), weight: f }, { arbitrary: fc.constant(true), weight: t })
