// The shape of every message of the library, and the languages it speaks.

/** A message in both languages. @since 0.1.0 */
export interface Message {
  readonly fr: string
  readonly en: string
}

/** The languages the library speaks. @since 0.1.0 */
export type Lang = keyof Message
