// The policy of the action 'block'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `block`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const blockPolicy: Policy = notImplemented
