// The policy of the action 'delete'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `delete`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const deletePolicy: Policy = notImplemented
