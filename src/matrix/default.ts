// The bundled authorisation matrix. It grants nothing it cannot source: a gap denies (R-AUTH-7).
import type { AuthorizationMatrix } from './types.js'

/**
 * The default matrix used when `options.matrix` is absent.
 *
 * @since 0.1.0
 */
export const DEFAULT_MATRIX: AuthorizationMatrix = {
  version: 'unsourced-0',
  grants: [],
}
