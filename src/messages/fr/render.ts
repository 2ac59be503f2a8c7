// Les titres et la légende d'une carte des accès, en français. Typed by `RenderText` (messages/render.ts).
import type { RenderText } from '../render.js'

/** Les titres et la légende d'une carte des accès, en français. */
export const RENDER_FR: RenderText = {
  title: 'Carte des accès',
  at: 'au',
  actor: 'Acteur',
  record: 'Ouvrir le dossier',
  allowed: 'autorisé',
  denied: 'refusé',
  legend: 'Dans chaque case, les règles qui ont décidé (docs/rules.md) ; un document n’est vu que par un acteur qui peut ouvrir le dossier.',
  frenchNames: '',
}
