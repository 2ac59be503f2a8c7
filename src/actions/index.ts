// Every action and its policy. To see every rule that can change one answer, open the action's file.
import type { Action } from '../domain/types.js'
import { blockPolicy } from './block.js'
import { closePolicy } from './close.js'
import { consultPolicy } from './consult.js'
import { deletePolicy } from './delete.js'
import { feedPolicy } from './feed.js'
import { hideFromRepresentativesPolicy } from './hide-from-representatives.js'
import { makeInvisibleToPatientPolicy } from './make-invisible-to-patient.js'
import { makeVisibleToPatientPolicy } from './make-visible-to-patient.js'
import { maskPolicy } from './mask.js'
import { modifyPolicy } from './modify.js'
import type { Policy } from './policy.js'
import { requireDoctorPresencePolicy } from './require-doctor-presence.js'
import { shareProfilePolicy } from './share-profile.js'
import { unmaskPolicy } from './unmask.js'
import { viewHistoryPolicy } from './view-history.js'
import { viewPolicy } from './view.js'

/**
 * The policy of each action.
 *
 * @since 0.1.0
 */
export const POLICIES: { readonly [A in Action]: Policy } = {
  consult: consultPolicy,
  view: viewPolicy,
  mask: maskPolicy,
  unmask: unmaskPolicy,
  delete: deletePolicy,
  feed: feedPolicy,
  'make-visible-to-patient': makeVisibleToPatientPolicy,
  'make-invisible-to-patient': makeInvisibleToPatientPolicy,
  'view-history': viewHistoryPolicy,
  block: blockPolicy,
  'share-profile': shareProfilePolicy,
  modify: modifyPolicy,
  close: closePolicy,
  'hide-from-representatives': hideFromRepresentativesPolicy,
  'require-doctor-presence': requireDoctorPresencePolicy,
}

export type { Policy }
