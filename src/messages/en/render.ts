// The headings and legend of an access map, in English. Typed by `RenderText` (messages/render.ts).
import type { RenderText } from '../render.js'

/** The headings and legend of an access map, in English. */
export const RENDER_EN: RenderText = {
  title: 'Access map',
  at: 'on',
  actor: 'Actor',
  record: 'Open the record',
  allowed: 'allowed',
  denied: 'denied',
  legend: 'In each cell, the rules that decided (docs/rules.md); a document is seen only by an actor who may open the record.',
  frenchNames: 'Document types with no English name in LOINC\'s document ontology keep their French name.',
}
