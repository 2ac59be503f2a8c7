// The type of an access map's wording (`renderAccessMap`, `dmp-rules map`): each language gives one value of it
// (en/render.ts, fr/render.ts), so a missing or extra entry fails to compile.
import { RENDER_EN } from './en/render.js'
import { RENDER_FR } from './fr/render.js'
import type { Lang } from './message.js'

/** The headings and legend of an access map in one language. @since 0.3.0 */
export interface RenderText {
  readonly title: string
  readonly at: string
  readonly actor: string
  readonly record: string
  readonly allowed: string
  readonly denied: string
  readonly legend: string
  /** Said after the legend when a document type is named in French in an English map (it has no English name). */
  readonly frenchNames: string
}

const RENDER: { readonly [L in Lang]: RenderText } = { en: RENDER_EN, fr: RENDER_FR }

/** The headings and legend of an access map in a language (English for an unknown one). @since 0.3.0 */
export const renderTextOf = (lang: Lang): RenderText => (Object.prototype.hasOwnProperty.call(RENDER, lang) ? RENDER[lang] : RENDER.en)
