// §1 of the catalogue: who may ever touch the record (R-ACTOR-1..5). These rules apply to every action.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { isProfession } from '../domain/profession.js'
import { THIRD_PARTIES } from '../domain/types.js'
import { representativeOf } from './facts.js'
import { recordRule, type Rule } from './rule.js'

/**
 * R-ACTOR-1 — the State, the health-insurance fund as an organisation, insurers, banks and employers
 * never access anything.
 *
 * @since 0.1.0
 */
export const thirdPartiesNever: Rule = recordRule('R-ACTOR-1', ({ request: { actor } }) =>
  actor.kind === 'third-party' &&
  (actor.party === 'state' ||
    actor.party === 'health-insurance' ||
    actor.party === 'insurer' ||
    actor.party === 'bank' ||
    actor.party === 'employer')
    ? deny('THIRD_PARTY_NEVER')
    : notApplicable,
)

/**
 * R-ACTOR-2 — a caregiver (*aidant*) has no delegated access (none exists yet).
 *
 * @since 0.1.0
 */
export const caregiverNoDelegation: Rule = recordRule('R-ACTOR-2', ({ request: { actor } }) =>
  actor.kind === 'third-party' && actor.party === 'caregiver' ? deny('CAREGIVER_NO_DELEGATION') : notApplicable,
)

/**
 * R-ACTOR-3 — only the patient, their listed legal representatives and professionals taking part in
 * the care may access: any other third party, or a legal representative not listed on the record, is denied.
 *
 * @since 0.1.0
 */
export const onlyCareActors: Rule = recordRule('R-ACTOR-3', ({ request: { actor, record } }) => {
  // 'other', and any party the library does not know (fail closed); the known ones are denied by R-ACTOR-1, 2, 5.
  if (actor.kind === 'third-party')
    return actor.party === 'other' || !THIRD_PARTIES.includes(actor.party) ? deny('NOT_A_CARE_ACTOR') : notApplicable
  if (actor.kind === 'legal-representative' && representativeOf(record, actor) === undefined)
    return deny('LEGAL_REPRESENTATIVE_NOT_ON_RECORD')
  return notApplicable
})

/**
 * R-ACTOR-3 (professionals) — only health professionals taking part in the care (and the médico-social
 * staff the matrix admits, R-ACTOR-4) may access: a professional of a profession the library does not know
 * (a value outside `PROFESSIONS`, sent by a caller who bypassed the codecs) is denied, fail closed.
 *
 * @see R-ACTOR-3 (faq:180), A-6
 * @since 0.1.0
 */
export const knownProfession: Rule = recordRule('R-ACTOR-3', ({ request: { actor } }) =>
  actor.kind === 'professional' && !isProfession(actor.profession) ? deny('UNKNOWN_PROFESSION') : notApplicable,
)

/**
 * R-ACTOR-4 — médico-social professionals have no access until the matrix grants them some.
 *
 * @since 0.1.0
 */
export const medicoSocialUntilGranted: Rule = recordRule('R-ACTOR-4', ({ request: { actor }, matrix }) =>
  actor.kind === 'professional' && actor.profession === 'medico-social'
    ? matrix.grantsAny('medico-social', actor.specialty)
      ? grant('MEDICO_SOCIAL_GRANTED_BY_MATRIX')
      : deny('MEDICO_SOCIAL_NOT_GRANTED')
    : notApplicable,
)

/**
 * R-ACTOR-5 — heirs (*ayants droit*) cannot consult; they may ask the health-insurance fund to close the space.
 *
 * @since 0.1.0
 */
export const heirsCannotConsult: Rule = recordRule('R-ACTOR-5', ({ request: { actor } }) =>
  actor.kind === 'third-party' && actor.party === 'heir' ? deny('HEIR_CANNOT_ACCESS', ['HEIR_ASK_FUND_TO_CLOSE']) : notApplicable,
)

/**
 * The actor rules, applied to every action.
 *
 * @since 0.1.0
 */
export const actorRules: ReadonlyArray<Rule> = [
  thirdPartiesNever,
  caregiverNoDelegation,
  onlyCareActors,
  knownProfession,
  medicoSocialUntilGranted,
  heirsCannotConsult,
]
