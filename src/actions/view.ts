// The policy of the action 'view'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `view`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const viewPolicy: Policy = notImplemented
