// Formatting the command's wording shares across languages (no words here).
import type { HealthDocument } from '../domain/types.js'

/** The names of the visibility flags a document has, joined by commas, or `none` (shared by every language). @since 0.3.0 */
export const flagsIn = (d: HealthDocument, names: readonly [string, string, string], none: string): string =>
  [d.maskedFromProfessionals ? names[0] : '', d.invisibleToPatient ? names[1] : '', d.hiddenFromLegalRepresentatives ? names[2] : ''].filter((x) => x !== '').join(', ') || none

/** A character as shown in a message: quoted when printable, else its code point (`U+0007`). @since 0.3.0 */
export const showChar = (c: string): string => (c >= ' ' ? `'${c}'` : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
