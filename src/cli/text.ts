// The command's own wording: the decisions' messages come from the library; what the command adds around them
// (headings, usage, errors) is in src/messages/en/cli.ts and fr/cli.ts, typed by `CliText` (messages/cli.ts).
import type { Lang } from '../messages/index.js'
import { cliTextOf, type CliText } from '../messages/cli.js'

export type { CliText }

/**
 * The command's wording in a language.
 *
 * @since 0.1.0
 */
export const textOf = (lang: Lang): CliText => cliTextOf(lang)
