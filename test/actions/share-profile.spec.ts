// The `share-profile` action (issue 4): R-MINOR-4.
import { describe, expect, it } from 'vitest'
import type { HealthRecord } from '../../src/domain/types.js'
import { adultRecord, decideOn, doctor, expectAllowed, expectDenied, minorRecord, mum, patient, thirdParties, tutor } from './document-actions.fixtures.js'

describe('share-profile (R-MINOR-4)', () => {
  const share = (actor: Parameters<typeof decideOn>[1], record: HealthRecord = minorRecord, rest: Parameters<typeof decideOn>[3] = { shareWith: { role: 'parent' } }) =>
    decideOn('share-profile', actor, record, rest)

  it('lets a legal representative of a minor share with the other parent or a guardian (R-MINOR-4)', () => {
    expectAllowed(share(mum), 'R-MINOR-4:REPRESENTATIVE_SHARES_CHILD_PROFILE')
    expectAllowed(share(tutor, minorRecord, { shareWith: { role: 'guardian' } }), 'R-MINOR-4:REPRESENTATIVE_SHARES_CHILD_PROFILE')
  })

  it('denies sharing with anybody else, or with nobody named (R-MINOR-4)', () => {
    expectDenied(share(mum, minorRecord, { shareWith: { role: 'other' } }), 'R-MINOR-4:SHARE_ONLY_WITH_PARENT_OR_GUARDIAN')
    expectDenied(share(mum, minorRecord, {}), 'R-MINOR-4:SHARE_TARGET_MISSING')
  })

  it('denies the holder, professionals and third parties (R-MINOR-4)', () => {
    expectDenied(share(patient, adultRecord), 'R-MINOR-4:SHARE_ONLY_BY_REPRESENTATIVE')
    expectDenied(share(patient), 'R-MINOR-4:SHARE_ONLY_BY_REPRESENTATIVE')
    expectDenied(share(doctor), 'R-MINOR-4:SHARE_ONLY_BY_REPRESENTATIVE')
    for (const actor of thirdParties) expectDenied(share(actor), 'R-MINOR-4:NOT_A_CARE_ACTOR')
  })

  it('shares up to the eve of the 18th birthday, not on it; not for an emancipated minor nor a protected adult (R-MINOR-4)', () => {
    expect(share(mum, minorRecord, { at: '2030-08-31', shareWith: { role: 'parent' } }).allowed).toBe(true)
    expectDenied(share(mum, minorRecord, { at: '2030-09-01', shareWith: { role: 'parent' } }), 'R-MINOR-4:SHARE_ONLY_FOR_MINOR')
    const emancipated = { ...minorRecord, patient: { ...minorRecord.patient, emancipated: true } }
    expectDenied(share(mum, emancipated), 'R-MINOR-4:SHARE_ONLY_FOR_MINOR')
    const protectedAdult = { ...minorRecord, patient: { ...adultRecord.patient, protectedAdult: true } }
    expectDenied(share(tutor, protectedAdult), 'R-MINOR-4:SHARE_ONLY_FOR_MINOR')
  })

  it('lists both obstacles when both the actor and the target are wrong (R-MINOR-4)', () => {
    const d = share(patient, adultRecord, { shareWith: { role: 'other' } })
    expectDenied(d, 'R-MINOR-4:SHARE_ONLY_BY_REPRESENTATIVE')
    expectDenied(d, 'R-MINOR-4:SHARE_ONLY_WITH_PARENT_OR_GUARDIAN')
  })
})
