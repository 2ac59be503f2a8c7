// The policy of the action 'make-invisible-to-patient'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `make-invisible-to-patient`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const makeInvisibleToPatientPolicy: Policy = notImplemented
