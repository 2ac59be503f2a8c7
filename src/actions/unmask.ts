// The policy of the action 'unmask'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `unmask`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const unmaskPolicy: Policy = notImplemented
