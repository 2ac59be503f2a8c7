// The policy of the action 'make-visible-to-patient'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `make-visible-to-patient`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const makeVisibleToPatientPolicy: Policy = notImplemented
