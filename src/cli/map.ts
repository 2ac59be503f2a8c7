// `dmp-rules map`: the input of an access map (decoded, with issues at JSON paths) and the default cast. Pure.
import { decodeRequest } from '../codecs/index.js'
import type { IsoDate } from '../domain/dates.js'
import type { HealthRecord, Request } from '../domain/types.js'
import type { MapActor } from '../map/access-map.js'
import type { Lang, Message } from '../messages/index.js'
import { castLabelsOf } from '../messages/cli.js'
import { labelsOf } from './labels.js'
import type { Issue } from './render.js'
import { textOf } from './text.js'

type Decoded<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly issues: ReadonlyArray<Issue> }

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

const both = (f: (t: ReturnType<typeof textOf>) => string): Message => ({ fr: f(textOf('fr')), en: f(textOf('en')) })

// Any actor: the decoder needs one to decode the record and the date of a `{ record, at }` input.
const SOME_ACTOR = { kind: 'patient' } as const

/** The label of an actor of a request file: what they are and their id, named in `lang` (since 0.3.0; default English). */
export const labelOf = (r: Request, lang: Lang = 'en'): string => {
  const a = r.actor
  const l = labelsOf(lang)
  switch (a.kind) {
    case 'patient':
      return l.actorKind.patient
    case 'legal-representative':
      return `${l.actorKind['legal-representative']} ${a.id}`
    case 'professional':
      return [l.profession[a.profession] ?? a.profession, a.specialty, a.id].filter((x) => x !== undefined).join(' ')
    case 'third-party':
      return l.thirdParty[a.party] ?? a.party
  }
}

/**
 * The record and date of a map: FILE.json holds a request (its record and `at` are used, the rest ignored),
 * `{ record, at }`, or a non-empty array of requests — then the record and date are the first's, and the actors
 * of the requests, with their context, are the cast (`actors`), labelled in `lang` (since 0.3.0; default English).
 * Issues carry the JSON path in the file.
 *
 * @since 0.2.0
 */
export const decodeMapInput = (
  u: unknown,
  lang: Lang = 'en',
): Decoded<{ readonly record: HealthRecord; readonly at: IsoDate; readonly raw: unknown; readonly actors?: ReadonlyArray<MapActor> }> => {
  if (Array.isArray(u) && u.length > 0) {
    const requests: Array<Request> = []
    const issues: Array<Issue> = []
    u.forEach((element: unknown, i) => {
      const r = decodeRequest(element)
      if (r._tag === 'Right') requests.push(r.right)
      else for (const x of r.left) issues.push({ code: x.code, path: `/${i}${x.path}`, message: x.message })
    })
    const first = requests[0]
    if (issues.length > 0 || first === undefined) return { ok: false, issues }
    const actors = requests.map((r): MapActor => {
      const { action: _a, record: _r, at: _at, document: _d, ...context } = r
      return { label: labelOf(r, lang), ...context }
    })
    return { ok: true, value: { record: first.record, at: first.at, raw: (u[0] as Record<string, unknown>)['record'], actors } }
  }
  if (!isObject(u)) return { ok: false, issues: [{ code: 'INVALID_TYPE', path: '', message: both((t) => t.notAnObject) }] }
  const asRequest = 'action' in u || 'actor' in u ? u : { action: 'consult', actor: SOME_ACTOR, record: u['record'], at: u['at'] }
  const r = decodeRequest(asRequest)
  if (r._tag === 'Left') return { ok: false, issues: r.left.map((i) => ({ code: i.code, path: i.path, message: i.message })) }
  return { ok: true, value: { record: r.right.record, at: r.right.at, raw: u['record'] } }
}

/**
 * The actors of `--actors`: an array of `{ label, actor, careTeam?… }`, each decoded as a request's actor and
 * context on the map's record and date. Issues carry the JSON path in the actors file.
 *
 * @since 0.2.0
 */
export const decodeActors = (u: unknown, rawRecord: unknown, at: IsoDate): Decoded<ReadonlyArray<MapActor>> => {
  if (!Array.isArray(u)) return { ok: false, issues: [{ code: 'INVALID_TYPE', path: '', message: both((t) => t.notAnArray) }] }
  const actors: Array<MapActor> = []
  const issues: Array<Issue> = []
  u.forEach((entry: unknown, i) => {
    if (!isObject(entry)) {
      issues.push({ code: 'INVALID_TYPE', path: `/${i}`, message: both((t) => t.labelNeeded) })
      return
    }
    const { label, ...context } = entry
    if (typeof label !== 'string' || label.trim() === '')
      issues.push({ code: label === undefined ? 'MISSING_KEY' : 'INVALID_TYPE', path: `/${i}/label`, message: both((t) => t.labelNeeded) })
    const r = decodeRequest({ ...context, action: 'consult', record: rawRecord, at })
    if (r._tag === 'Left') for (const x of r.left) issues.push({ code: x.code, path: `/${i}${x.path}`, message: x.message })
    else if (typeof label === 'string') {
      const { action: _a, record: _r, at: _at, document: _d, ...rest } = r.right
      actors.push({ label, ...rest })
    }
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: actors }
}


// Professionals of the cast who are not in the record: ids that no record of the examples uses.
const CAST_IDS = { nurse: '10000000011', pharmacist: '10000000022', emergency: '10000000033' } as const

/**
 * The cast of a map when `--actors` is absent: the patient; each legal representative of the record; each
 * treating doctor (care team, with consent); a care-team nurse with consent; a pharmacist taking part in the
 * care, with consent; an emergency doctor in break-glass (*bris de glace*); an insurer (a third party).
 *
 * @since 0.2.0
 */
export const defaultCast = (record: HealthRecord, lang: Lang): ReadonlyArray<MapActor> => {
  const l = castLabelsOf(lang) // the names: src/messages/en|fr/cli.ts
  return [
    { label: l.patient, actor: { kind: 'patient' } },
    ...record.legalRepresentatives.map((r): MapActor => ({ label: l.representative(r.id), actor: { kind: 'legal-representative', id: r.id } })),
    ...record.treatingDoctorIds.map(
      (id): MapActor => ({
        label: l.treating(id),
        actor: { kind: 'professional', id, profession: 'medecin', authentication: 'cps' },
        careTeam: true,
        explicitConsent: true,
      }),
    ),
    { label: l.nurse, actor: { kind: 'professional', id: CAST_IDS.nurse, profession: 'infirmier', authentication: 'cps' }, careTeam: true, explicitConsent: true },
    {
      label: l.pharmacist,
      actor: { kind: 'professional', id: CAST_IDS.pharmacist, profession: 'pharmacien', authentication: 'cps' },
      participatesInCare: true,
      explicitConsent: true,
    },
    { label: l.emergency, actor: { kind: 'professional', id: CAST_IDS.emergency, profession: 'medecin', authentication: 'cps' }, accessMode: 'break-glass' },
    { label: l.insurer, actor: { kind: 'third-party', party: 'insurer' } },
  ]
}

