// Human output of the command: one block per decision. Pure: strings in, strings out.
import type { Decision, Obligation, Reason, Remedy } from '../decision/decision.js'
import type { Actor, Request } from '../domain/types.js'
import type { Lang, Message } from '../messages/index.js'
import { basisText, labelsOf } from './labels.js'
import type { CliText } from './text.js'

/**
 * A decoding problem, as `decodeRequest` reports it: its stable code, where (JSON pointer) and what, in both
 * languages.
 *
 * @since 0.1.0
 */
export interface Issue {
  /** @since 0.2.0 */
  readonly code: string
  readonly path: string
  /** `{ fr, en }` since 0.2.0. */
  readonly message: Message
}

// What follows the actor's kind: their profession (named in the language), specialty and id; or the third party.
const actorDetail = (a: Actor, lang: Lang): string => {
  const l = labelsOf(lang)
  switch (a.kind) {
    case 'patient':
      return ''
    case 'legal-representative':
      return a.id
    case 'professional':
      return [l.profession[a.profession] ?? a.profession, a.specialty, a.id].filter((x) => x !== undefined && x !== '').join(' ')
    case 'third-party':
      return l.thirdParty[a.party] ?? a.party
  }
}

/**
 * One line that says what was asked: action, actor, document, date — named in the language of `t` (since 0.3.0;
 * `lang` defaults to English).
 *
 * @example
 * import { renderRequestLine } from './render.js'
 * // renderRequestLine(request, textOf('fr'), 'fr') → 'voir · professionnel infirmier 10101112131 · document doc-1 (11490-0) · le 2025-03-21'
 *
 * @since 0.1.0
 */
export const renderRequestLine = (r: Request, t: CliText, lang: Lang = 'en'): string => {
  const l = labelsOf(lang)
  const doc = r.document !== undefined ? ` · ${t.document} ${r.document.id} (${r.document.typeCode})` : ''
  const mode = r.accessMode !== undefined && r.accessMode !== 'normal' ? ` [${l.accessMode[r.accessMode] ?? r.accessMode}]` : ''
  return `${l.action[r.action] ?? r.action}${mode} · ${t.actor(l.actorKind[r.actor.kind] ?? r.actor.kind, actorDetail(r.actor, lang))}${doc} · ${t.at} ${r.at}`
}

const reasonLines = (r: Reason, lang: Lang, t: CliText): ReadonlyArray<string> => [
  `  - ${r.rule}  ${r.code}`,
  `      ${r.message[lang]}`,
  `      ${r.basis.length > 0 ? `${t.basis}${t.colon} ${r.basis.map((b) => basisText(b, lang)).join(lang === 'fr' ? ' ; ' : '; ')}` : t.noBasis}`,
]

const itemLines = (o: Obligation | Remedy, lang: Lang): ReadonlyArray<string> => [`  - ${o.rule}  ${o.code}`, `      ${o.message[lang]}`]

const section = <A>(title: string, items: ReadonlyArray<A>, lines: (a: A) => ReadonlyArray<string>, t: CliText): ReadonlyArray<string> =>
  items.length === 0 ? [`${title}${t.colon} ${t.none}`] : [`${title}${t.colon}`, ...items.flatMap(lines)]

/**
 * The human rendering of one decision: the verdict, every reason with its rule id and legal basis, then the
 * obligations (allowed) or the remedies (denied).
 *
 * @example
 * import { renderDecision } from './render.js'
 * // renderDecision(request, decide(request), 'en', textOf('en')) → 'consult · patient · on 2025-03-14\nDENIED\n…'
 *
 * @since 0.1.0
 */
export const renderDecision = (request: Request, d: Decision, lang: Lang, t: CliText): string => {
  const lines: Array<string> = [renderRequestLine(request, t, lang), d.allowed ? t.allowed : t.denied]
  lines.push(...section(t.reasons, d.reasons, (r) => reasonLines(r, lang, t), t))
  if (d.allowed) lines.push(...section(t.obligations, d.obligations, (o) => itemLines(o, lang), t))
  else lines.push(...section(t.remedies, d.remedies, (o) => itemLines(o, lang), t))
  return lines.join('\n') + '\n'
}

/**
 * Decoding issues, one per line, each with its JSON path (`(root)` for the whole input) and its message in the
 * chosen language.
 *
 * @since 0.1.0
 */
export const renderIssues = (issues: ReadonlyArray<Issue>, lang: Lang, t: CliText): string =>
  issues.map((i) => `  ${i.path === '' ? t.root : i.path}: ${i.message[lang]}`).join('\n') + '\n'
