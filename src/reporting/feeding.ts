// Which documents must be fed (R-FEED-4) and which structure sends a report (R-FEED-5).
import type { Reason } from '../decision/decision.js'
import { compareDates, isIsoDate, type IsoDate } from '../domain/dates.js'
import { reasonMessage } from '../messages/index.js'
import { BASIS } from '../catalogue/basis.js'
import { deepFreeze } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// R-FEED-4: documents that must be fed
// -------------------------------------------------------------------------------------

/**
 * One line of the annex of the arrêté of 26 April 2022: a kind of document that must be fed to the DMP,
 * from a date, with the XDS type codes (JDV_J07) that carry it.
 *
 * @since 0.1.0
 */
export interface FeedingObligation {
  /** Our English wording of the annex line. */
  readonly item: string
  /** The type codes of JDV_J07 whose label names this kind of document. */
  readonly typeCodes: ReadonlyArray<string>
  /** The date the obligation applies from (inclusive). */
  readonly from: IsoDate
  /** The annex leaves out documents produced during a hospital stay for this line. */
  readonly excludesHospitalStay: boolean
  /** Where the line and the type codes come from. */
  readonly source: string
}

const ANNEX =
  'Arrêté du 26 avril 2022 fixant la liste des documents soumis à l’obligation prévue à l’article L. 1111-15 du CSP (JORF n°0101 du 30 avril 2022), annex as reproduced at https://www.hopitalex.com/donnees-juridiques?action=affichedoc&doc=11729 (text: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045726627)'
const J07 = 'type codes: ANS JDV_J07-XdsTypeCode-CISIS, https://mos.esante.gouv.fr/NOS/JDV_J07-XdsTypeCode-CISIS/FHIR/JDV-J07-XdsTypeCode-CISIS'
const src = (note = ''): string => `${ANNEX}; ${J07}${note}`

/**
 * The lines of the annex of the arrêté of 26 April 2022, with the type codes that carry them. Lines whose
 * kind of document no type code names exactly are mapped to the closest code only where its label says
 * the same thing; see docs/matrix.md for what is left unmapped.
 *
 * @since 0.1.0
 */
export const FEEDING_OBLIGATIONS: ReadonlyArray<FeedingObligation> = [
  { item: 'Medical biology report (CSP R.6211-4)', typeCodes: ['11502-2'], from: '2022-12-31', excludesHospitalStay: true, source: src() },
  { item: 'Diagnostic radiology report', typeCodes: ['18748-4'], from: '2022-12-31', excludesHospitalStay: true, source: src() },
  {
    item: 'Prescription of health products (except those needing prior approval)',
    typeCodes: ['57833-6'],
    from: '2022-12-31',
    excludesHospitalStay: true,
    source: src(),
  },
  { item: 'Operative report', typeCodes: ['34874-8'], from: '2023-12-31', excludesHospitalStay: false, source: src() },
  { item: 'Prescription of medical biology tests', typeCodes: ['PRESC-BIO'], from: '2023-12-31', excludesHospitalStay: true, source: src() },
  { item: 'Request for a radiology examination', typeCodes: ['55115-0'], from: '2023-12-31', excludesHospitalStay: true, source: src() },
  { item: 'Other certificates and declarations (CSP R.4127-76)', typeCodes: ['CERT_DECL'], from: '2023-12-31', excludesHospitalStay: false, source: src() },
  {
    item: 'Letters to a health professional',
    typeCodes: ['96349-6'],
    from: '2023-12-31',
    excludesHospitalStay: true,
    source: src('; only the referral letter (96349-6) is mapped: no type code names letters in general'),
  },
]
deepFreeze(FEEDING_OBLIGATIONS)

/**
 * The context of {@link mustBeFed}.
 *
 * @since 0.1.0
 */
export interface FeedingContext {
  /** The day of the feeding; absent (or not a valid date) = every line, whatever its date (fail closed). */
  readonly at?: IsoDate | undefined
  /** Was the document produced during a hospital stay? Absent = no (the lines then apply). */
  readonly hospitalStay?: boolean | undefined
}

/**
 * Whether feeding a document type is mandatory, and under which lines of the annex.
 *
 * @since 0.1.0
 */
export interface FeedingRequirement {
  readonly mandatory: boolean
  readonly rule: 'R-FEED-4'
  /** The lines that make it mandatory (empty when it is not). */
  readonly obligations: ReadonlyArray<FeedingObligation>
}

/**
 * Must a document of this type be fed to the DMP (arrêté of 26 April 2022)? A line applies from its date
 * (inclusive), and not to a document produced during a hospital stay when the line leaves those out. When
 * unsure — no date, or a malformed one — it answers as if every line were in force (fail closed: it never
 * hides an obligation).
 *
 * @example
 * import { mustBeFed } from 'dmp-rules/interop'
 * mustBeFed('34874-8', { at: '2023-12-30' }).mandatory // false: operative reports from 2023-12-31
 * mustBeFed('34874-8', { at: '2023-12-31' }).mandatory // true
 *
 * @see R-FEED-4
 * @since 0.1.0
 */
export const mustBeFed = (typeCode: string, context: FeedingContext = {}): FeedingRequirement => {
  const at = context.at
  const dated = at !== undefined && isIsoDate(at)
  const obligations = FEEDING_OBLIGATIONS.filter(
    (o) =>
      o.typeCodes.includes(typeCode) &&
      (!dated || compareDates(at, o.from) >= 0) &&
      !(o.excludesHospitalStay && context.hospitalStay === true),
  )
  return { mandatory: obligations.length > 0, rule: 'R-FEED-4', obligations }
}

// -------------------------------------------------------------------------------------
// R-FEED-5: who sends a report
// -------------------------------------------------------------------------------------

/**
 * How a report came to be produced.
 *
 * @since 0.1.0
 */
export interface ReportProduction {
  /** The structure that produced the report (ran the examination and wrote the report). */
  readonly producer: string
  /**
   * When the producer is a subcontracting laboratory doing an analysis for another laboratory (e.g. a
   * specialised analysis): that originating laboratory.
   */
  readonly subcontractedBy?: string | undefined
  /** The structure that ordered the examination: by that fact alone, never the one that sends. */
  readonly orderedBy?: string | undefined
}

/**
 * The structure that must send a report to the DMP, and why.
 *
 * @since 0.1.0
 */
export interface SubmissionResponsibility {
  readonly structure: string
  readonly reason: Reason
}

const nonEmpty = (s: unknown): s is string => typeof s === 'string' && s.trim() !== ''

/**
 * Which structure sends a report to the DMP: the one that produced it — even when another structure
 * ordered the examination — except for an analysis subcontracted by a laboratory, which the originating
 * laboratory sends. `undefined` when the production is malformed (no producer, or an empty subcontractor):
 * the library names nobody rather than a wrong structure.
 *
 * @example
 * import { responsibleForSubmission } from 'dmp-rules/interop'
 * responsibleForSubmission({ producer: 'lab-B', orderedBy: 'hospital-A' })?.structure // 'lab-B'
 * responsibleForSubmission({ producer: 'lab-special', subcontractedBy: 'lab-B' })?.structure // 'lab-B'
 *
 * @see R-FEED-5
 * @since 0.1.0
 */
export const responsibleForSubmission = (production: ReportProduction): SubmissionResponsibility | undefined => {
  if (typeof production !== 'object' || production === null || !nonEmpty(production.producer)) return undefined
  const sub: unknown = production.subcontractedBy
  if (sub !== undefined && !nonEmpty(sub)) return undefined
  const [structure, code] = nonEmpty(sub)
    ? [sub, 'ORIGINATING_LABORATORY_SENDS_REPORT' as const]
    : [production.producer, 'PRODUCER_SENDS_REPORT' as const]
  return { structure, reason: { code, rule: 'R-FEED-5', basis: BASIS['R-FEED-5'], message: reasonMessage(code) } }
}
