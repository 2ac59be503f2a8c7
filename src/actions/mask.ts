// The policy of the action 'mask'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `mask`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const maskPolicy: Policy = notImplemented
