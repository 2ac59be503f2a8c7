// The policy of the action 'share-profile'.
import { notImplemented, type Policy } from './policy.js'

/**
 * Policy of `share-profile`: not built yet, it denies `NOT_IMPLEMENTED`.
 *
 * @since 0.1.0
 */
export const shareProfilePolicy: Policy = notImplemented
