// The policy of the action 'feed'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `feed`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const feedPolicy: Policy = notImplemented
