// The decisions' wording: the message of each reason, obligation and remedy code, in every language. The words are
// in en/reasons.ts and fr/reasons.ts; this file holds only the lookup (adding a language touches no logic here but
// the one line of `MESSAGES`). The issues' wording is in decoding.ts, interop.ts and metadata.ts, beside this file.
import { REASONS_EN, type ReasonCode } from './en/reasons.js'
import { REASONS_FR } from './fr/reasons.js'
import { deepFreeze } from '../domain/frozen.js'
import type { Lang, Message } from './message.js'

export type { Lang, Message, ReasonCode }

/**
 * A stable SCREAMING_SNAKE code of a reason, obligation or remedy.
 *
 * @deprecated since 0.3.0: read {@link ReasonCode} (the same type), a name no issue code shares.
 * @since 0.1.0
 */
export type Code = ReasonCode

/** Every code that has a message. @since 0.1.0 */
export const CODES: ReadonlyArray<ReasonCode> = Object.keys(REASONS_EN) as ReadonlyArray<ReasonCode>
deepFreeze(CODES)

// INVARIANT: one frozen message object per code, built once at load; decisions share them (no per-call string work).
const MESSAGES: { readonly [C in ReasonCode]: Message } = Object.freeze(
  Object.fromEntries(CODES.map((c) => [c, Object.freeze({ fr: REASONS_FR[c], en: REASONS_EN[c] })])),
) as { readonly [C in ReasonCode]: Message }

/**
 * The message of a reason, obligation or remedy code, in both languages.
 *
 * @example
 * import { reasonMessage } from 'dmp-rules'
 * reasonMessage('NO_GRANTING_RULE').en // 'No rule grants this action to this actor; the library denies by default.'
 *
 * @since 0.3.0
 */
export const reasonMessage = (code: ReasonCode): Message => MESSAGES[code]

/**
 * The message of a code, in both languages.
 *
 * @deprecated since 0.3.0: call {@link reasonMessage} (the same function), a name no issue function shares.
 * @since 0.1.0
 */
export const messageOf: (code: ReasonCode) => Message = reasonMessage

/**
 * Is it a reason, obligation or remedy code?
 *
 * @example
 * import { isReasonCode } from 'dmp-rules'
 * isReasonCode('NO_GRANTING_RULE') // true
 *
 * @since 0.3.0
 */
export const isReasonCode = (u: unknown): u is ReasonCode => typeof u === 'string' && Object.prototype.hasOwnProperty.call(REASONS_EN, u)

/** Is it a reason, obligation or remedy code? (the same function as {@link isReasonCode}). @since 0.1.0 */
export const isCode: (u: unknown) => u is ReasonCode = isReasonCode
