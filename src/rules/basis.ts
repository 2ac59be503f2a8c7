// The legal basis of every rule id: one table, so that a rule id always cites the same texts, whichever of its
// codes fired. Filled from the last column of the catalogue (design/RULES.md, revision 2): the legal texts only
// (never `faq:N`), one string per text, each with its code's name. A rule the catalogue sources from the FAQ
// only keeps an empty list (docs/rules.md says "FAQ only" for it); assumptions `A-…` cite no text.
// test/rules/legal-basis-catalogue.spec.ts checks this table against design/RULES.md.
import type { RuleId } from './ids.js'

/**
 * The legal references of each rule id, e.g. `BASIS['R-MASK-2']`. An empty list means no legal text was found
 * (the rule rests on the official FAQ only, or is an assumption of the library).
 *
 * References the catalogue read only in a secondary source (marked *(s)* there) are listed like the others;
 * docs/rules.md flags them: `CSP L.1111-14 al. 3` (R-STATUS-5), `CSP L.1111-13-1 IV 3°` (R-STATUS-9),
 * `CSP L.1470-5` (R-AUTH-1), `CSP L.1111-19` (R-CONSENT-5), `CSP L.1111-8-1` (R-FEED-1), `Décret 2021-1047`
 * (R-DEL-2).
 *
 * @since 0.2.0
 */
export const BASIS: { readonly [R in RuleId]: ReadonlyArray<string> } = {
  'R-ACTOR-1': ['CSP L.1111-18 al. 1-2, 4', 'Code pénal 226-13'],
  'R-ACTOR-2': [],
  'R-ACTOR-3': ['CSP L.1111-17 III', 'CSP L.1110-4 II-III', 'CSP R.1111-46'],
  'R-ACTOR-4': ['CSP L.1111-17 III', 'CSP R.1111-46', 'CSP R.1110-2', 'Cons. const. 2024-1101 QPC', 'CE 2025-10-15 n° 490409'],
  'R-ACTOR-5': [],
  'R-ACTOR-6': ['CSP L.1111-18 al. 6', 'CSP L.1110-4 V', 'CSP R.1111-7'],
  'R-ACTOR-7': ['CSP L.1111-17 IV', 'Code du travail L.4624-8-1'],
  'R-STATUS-1': ['CSP L.1111-13-1 I', 'CSP R.1111-28', 'CSP R.1111-40'],
  'R-STATUS-2': [],
  'R-STATUS-3': ['CSP L.1111-13-1 IV 3°', 'CSP R.1111-36 al. 2'],
  'R-STATUS-4': ['CSP R.1111-36 al. 3'],
  'R-STATUS-5': ['CSP L.1111-14 al. 3'],
  'R-STATUS-6': ['CSP R.1111-28'],
  'R-STATUS-7': ['CSP L.1111-14 al. 3', 'CSP R.1111-40 al. 4'],
  'R-STATUS-8': ['CSP R.1111-36 al. 2', 'CSP L.1111-18 al. 5'],
  'R-STATUS-9': ['CSP L.1111-13-1 IV 3°'],
  'R-AUTH-1': ['CSP L.1470-2', 'CSP L.1470-5'],
  'R-AUTH-2': [],
  'R-AUTH-3': [],
  'R-AUTH-4': [],
  'R-AUTH-5': [],
  'R-AUTH-6': ['CSP L.1111-19'],
  'R-AUTH-7': ['CSP R.1111-46 last al.', 'Arrêté du 26 octobre 2023'],
  'R-AUTH-8': ['CSP R.1111-49'],
  'R-CONSENT-1': ['CSP L.1110-4 III', 'CSP L.1110-12', 'CSP R.1111-46 al. 1-2', 'CE 2025-10-15 n° 490409'],
  'R-CONSENT-2': ['CSP R.1111-46 al. 3', 'CSP L.1110-4 III'],
  'R-CONSENT-3': [],
  'R-CONSENT-4': [],
  'R-CONSENT-5': ['CSP L.1110-4', 'CSP L.1111-19'],
  'R-CONSENT-6': ['CSP L.1111-17 III', 'CSP R.1111-47'],
  'R-CONSENT-7': ['CSP R.1111-47'],
  'R-CONSENT-8': ['CSP R.1111-40', 'CSP L.1111-2', 'C. civ. 371-1'],
  'R-FEED-1': ['CSP R.1111-47', 'CSP L.1111-8-1'],
  'R-FEED-2': [],
  'R-FEED-3': ['CSP R.1111-42 1° c'],
  'R-FEED-4': ['CSP L.1111-15 al. 1', 'Arrêté du 26 avril 2022'],
  'R-FEED-5': [],
  'R-MASK-1': ['CSP L.1111-15 last al.', 'CSP R.1111-49'],
  'R-MASK-2': ['CSP R.1111-49', 'CSP L.1111-16 al. 2'],
  'R-MASK-3': [],
  'R-MASK-4': ['CSP R.1111-49'],
  'R-INVIS-1': ['CSP R.1111-53'],
  'R-INVIS-2': ['CSP R.1111-53'],
  'R-INVIS-3': ['CSP R.1111-53'],
  'R-DEL-1': [],
  'R-DEL-2': ['Décret 2021-1047'],
  'R-MINOR-1': ['CSP L.1111-2', 'CSP L.1111-7', 'CSP L.1111-13-1 II and IV', 'CSP R.1111-40', 'C. civ. 371-1'],
  'R-MINOR-2': [],
  'R-MINOR-3': ['C. civ. 413-1', 'C. civ. 413-2', 'C. civ. 413-6'],
  'R-MINOR-4': [],
  'R-MINOR-5': ['CSP R.1111-50', 'CSP R.1111-33'],
  'R-MINOR-6': ['CSP L.1111-7', 'CSP R.1111-6'],
  'R-MINOR-7': [],
  'R-MINOR-8': ['C. civ. 459', 'CSP L.1111-14 al. 4', 'CSP L.1111-16 al. 1', 'CSP L.1111-7'],
  'R-EMERG-1': ['CSP L.1111-17 I al. 1', 'CSP R.1111-48'],
  'R-EMERG-2': ['CSP L.1111-17 I al. 2'],
  'R-EMERG-3': [],
  'R-PATIENT-1': ['CSP R.1111-43', 'CSP L.1111-19'],
  'R-PATIENT-2': ['CSP L.1111-19'],
  'R-PATIENT-3': ['CSP L.1111-15 al. 3', 'CSP R.1111-42 1° f-g'],
  'R-PATIENT-4': ['CSP R.1111-36', 'CSP L.1111-13-1 IV'],
  'R-REPORT-1': [],
  'A-1': [],
  'A-2': [],
  'A-3': [],
  'A-4': [],
  'A-6': [],
  'A-7': [],
  'A-8': [],
}
