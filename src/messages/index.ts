import { en, type Code } from './en/reasons.js'
import { fr } from './fr/reasons.js'
import { deepFreeze } from '../domain/frozen.js'

export type { Code }

/** A message in both languages. @since 0.1.0 */
export interface Message {
  readonly fr: string
  readonly en: string
}

/** The languages the library speaks. @since 0.1.0 */
export type Lang = keyof Message

/** Every code that has a message. @since 0.1.0 */
export const CODES: ReadonlyArray<Code> = Object.keys(en) as ReadonlyArray<Code>
deepFreeze(CODES)

// INVARIANT: one frozen message object per code, built once at load; decisions share them (no per-call string work).
const MESSAGES: { readonly [C in Code]: Message } = Object.freeze(
  Object.fromEntries(CODES.map((c) => [c, Object.freeze({ fr: fr[c], en: en[c] })])),
) as { readonly [C in Code]: Message }

/**
 * The message of a code, in both languages.
 *
 * @since 0.1.0
 */
export const messageOf = (code: Code): Message => MESSAGES[code]

/** @since 0.1.0 */
export const isCode = (u: unknown): u is Code => typeof u === 'string' && Object.prototype.hasOwnProperty.call(en, u)

export { en, fr }
