// The policy of the action 'consult'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `consult`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const consultPolicy: Policy = notImplemented
