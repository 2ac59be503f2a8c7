// The access map of a record: for each actor of a cast, the consultation's decision and each document's `view`
// decision. Pure: the rendering lives in the `dmp-rules/render` entry, the file writing in the command.
import type { Decision } from '../decision/decision.js'
import type { IsoDate } from '../domain/dates.js'
import type { ActionlessRequest, HealthDocument, HealthRecord } from '../domain/types.js'
import { decide, visibleDocuments, type Options } from '../engine/api.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One actor of an access map: who (`actor`), the context of their request (`careTeam`, `participatesInCare`,
 * `explicitConsent`, `accessMode`…) and the `label` a rendering shows for them. The record, the date, the action
 * and the document come from the map.
 *
 * @since 0.2.0
 */
export type MapActor = Omit<ActionlessRequest, 'record' | 'at' | 'action' | 'document'> & {
  /** What a rendering shows for this actor, e.g. `'Treating GP'`. */
  readonly label: string
}

/**
 * One row of an {@link AccessMap}: an actor, the decision on `consult` (may they open the record) and, for each
 * document of the record in record order, the decision on `view`.
 *
 * @since 0.2.0
 */
export interface AccessMapRow {
  readonly label: string
  /** The actor as given, label and context included. */
  readonly who: MapActor
  /** Exactly `decide({ action: 'consult', … })`. */
  readonly consult: Decision
  /** One per document of the record, in record order: exactly `decide({ action: 'view', document, … })`. */
  readonly documents: ReadonlyArray<Decision>
}

/**
 * Who may open a record and see which of its documents, at one date: actors × documents.
 *
 * @since 0.2.0
 */
export interface AccessMap {
  readonly at: IsoDate
  /** The record's documents, in record order: the columns. */
  readonly documents: ReadonlyArray<HealthDocument>
  /** One per actor, in the order given: the rows. */
  readonly rows: ReadonlyArray<AccessMapRow>
}

// -------------------------------------------------------------------------------------
// constructor
// -------------------------------------------------------------------------------------

/**
 * The access map of a record: for each actor, the decision on `consult` and, for each document, the decision on
 * `view` — each exactly what {@link decide} gives. The record-level rules of `view` are evaluated once per actor
 * ({@link visibleDocuments}), not once per cell.
 *
 * @param record - the record (its documents are the columns)
 * @param actors - the rows: each actor with its label and request context
 * @param at - the date of every decision
 * @param options - the matrix (R-AUTH-7)…
 * @returns the map; render it with `renderAccessMap` of `dmp-rules/render`
 *
 * @example
 * import { accessMap, buildDocument, buildRecord } from 'dmp-rules'
 * const note = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] })
 * const map = accessMap(record, [{ label: 'Patient', actor: { kind: 'patient' } }], '2024-06-01')
 * // map.rows[0]?.consult.allowed === true; map.rows[0]?.documents[0]?.allowed === true
 *
 * @see R-AUTH-7, R-MASK-2, R-INVIS-1, R-MINOR-5
 * @since 0.2.0
 */
export const accessMap = (record: HealthRecord, actors: ReadonlyArray<MapActor>, at: IsoDate, options?: Options): AccessMap => {
  // Total (since 0.3.0): a record or an actor that cannot be read is decided as decide decides it, never thrown.
  let documents: ReadonlyArray<HealthDocument> = []
  try {
    const listed: unknown = record?.documents
    documents = Array.isArray(listed) ? [...(listed as ReadonlyArray<HealthDocument>)] : []
  } catch {
    documents = []
  }
  let listed: ReadonlyArray<MapActor> = []
  try {
    listed = Array.isArray(actors) ? [...actors] : []
  } catch {
    listed = []
  }
  const rows = listed.map((who): AccessMapRow => {
    let request: ActionlessRequest
    try {
      // The label, and an action or document a plain-JS caller may have left in, are not part of the request.
      const { label: _label, action: _action, document: _document, ...context } = who as MapActor & { readonly action?: unknown; readonly document?: unknown }
      request = { ...context, record, at }
    } catch {
      request = { actor: undefined as never, record, at }
    }
    const consult = decide({ ...request, action: 'consult' }, options)
    const views = visibleDocuments(request, options).map((d) => d.decision)
    return Object.freeze({
      label: labelOf(who),
      who,
      consult,
      // One decision per column, whatever the row's reading of the record gave (an unreadable one: consult's).
      documents: Object.freeze(documents.map((_d, i) => views[i] ?? consult)),
    })
  })
  return Object.freeze({ at, documents, rows: Object.freeze(rows) })
}

const labelOf = (who: MapActor): string => {
  try {
    return String(who.label)
  } catch {
    return ''
  }
}
