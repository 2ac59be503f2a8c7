// The type of an access map's wording (`renderAccessMap`, `dmp-rules map`): each language gives one value of it
// (en/render.ts, fr/render.ts), so a missing or extra entry fails to compile.

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
