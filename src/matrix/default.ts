// The bundled authorisation matrix. It grants nothing it cannot source: a gap denies (R-AUTH-7).
import type { AuthorizationMatrix } from './types.js'

/**
 * The default matrix used when `options.matrix` is absent.
 *
 * The official matrix is the annex of the arrêté of 26 October 2023 (19 profession columns × the document
 * types of 11 categories; structure in `MATRIX_COLUMNS` (dmp-rules/interop), `DOCUMENT_CATEGORIES` (dmp-rules/interop),
 * `DOCUMENT_TYPES` (dmp-rules/interop)). No public text of the annex's cells could be found, only a third party's
 * transcription of the dmp.fr spreadsheet (`TRANSCRIBED_MATRIX_2023` (dmp-rules/interop)). A cell that cannot be confirmed
 * is not granted, so this matrix grants nothing: every document type is hidden from professionals by R-AUTH-7
 * until you pass a matrix you trust (`options.matrix`), for instance one read from Mon espace santé with
 * `matrixFromMesJsonApi` (dmp-rules/interop). docs/matrix.md lists what was found and what was not.
 *
 * @see R-AUTH-7
 * @since 0.1.0
 */
export const DEFAULT_MATRIX: AuthorizationMatrix = {
  version: 'arrete-2023-10-26/no-confirmed-cell',
  grants: [],
}
