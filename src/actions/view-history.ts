// The policy of the action 'view-history'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `view-history`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const viewHistoryPolicy: Policy = notImplemented
