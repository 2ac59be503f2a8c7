// The names the command shows for the library's ids (actions, actor kinds, professions, third parties, access
// modes) and the rendering of legal references, in English and French. The ids themselves (what a request file
// holds, what `--json` prints) never change; only their human rendering does. Pure.
import type { Lang } from '../messages/index.js'

// The wording itself is in src/messages/en/labels.ts and fr/labels.ts, typed by `Labels` (messages/cli.ts).
import { labelsTextOf, type BasisWord, type Labels } from '../messages/cli.js'

export type { BasisWord, Labels }

/**
 * The human names of the library's ids in a language.
 *
 * @example
 * import { labelsOf } from './labels.js'
 * labelsOf('fr').action.view // 'voir'
 *
 * @since 0.3.0
 */
export const labelsOf = (lang: Lang): Labels => labelsTextOf(lang)

const BASIS_WORD = /\b(last|and)\b/g

/**
 * A stored legal reference (`'CSP R.1111-46 last al.'`) as shown in a language: its words (`last`, `and`) in that
 * language, the codes' names and numbers as stored.
 *
 * @example
 * import { basisText } from './labels.js'
 * basisText('CSP R.1111-46 last al.', 'fr') // 'CSP R.1111-46 dernier al.'
 *
 * @since 0.3.0
 */
export const basisText = (reference: string, lang: Lang): string =>
  reference.replace(BASIS_WORD, (w) => labelsOf(lang).basisWords[w as BasisWord])
