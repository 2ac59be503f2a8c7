// Document flags ⇄ XDS confidentialityCode values (TRE_A07-StatutVisibiliteDocument, HL7 N).
import * as E from 'fp-ts/Either'
import type { HealthDocument } from '../domain/types.js'
import { issue, pointer, type InteropIssue, type InteropIssues } from './issues.js'
import { HL7_CONFIDENTIALITY_OID, TRE_A07_OID } from './oids.js'
import { deepFreeze } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The three visibility flags of a document (R-MASK, R-INVIS, R-MINOR-5).
 *
 * @since 0.1.0
 */
export type VisibilityFlags = Pick<
  HealthDocument,
  'maskedFromProfessionals' | 'invisibleToPatient' | 'hiddenFromLegalRepresentatives'
>

/**
 * One XDS `confidentialityCode`: a code and the OID of its code system.
 *
 * @since 0.1.0
 */
export interface XdsConfidentialityCode {
  readonly code: string
  readonly codeSystem: string
}

/**
 * What {@link fromXdsConfidentialityCodes} accepts for each code: a bare code (its system is then
 * inferred from the code), or a code with its system (an OID, with or without the `urn:oid:` prefix).
 *
 * @since 0.1.0
 */
export type XdsConfidentialityInput = string | { readonly code: string; readonly codeSystem?: string | undefined }

/**
 * The TRE_A07 code of each flag.
 *
 * @since 0.1.0
 */
export const VISIBILITY_CODES: { readonly [K in keyof VisibilityFlags]: string } = {
  maskedFromProfessionals: 'MASQUE_PS',
  invisibleToPatient: 'INVISIBLE_PATIENT',
  hiddenFromLegalRepresentatives: 'INVISIBLE_REPRESENTANTS_LEGAUX',
}
deepFreeze(VISIBILITY_CODES)

/** The flag each TRE_A07 code of JDV_J58 sets (the inverse of {@link VISIBILITY_CODES}). @internal */
export const FLAG_OF_CODE: ReadonlyMap<string, keyof VisibilityFlags> = new Map(
  (Object.keys(VISIBILITY_CODES) as ReadonlyArray<keyof VisibilityFlags>).map((k) => [VISIBILITY_CODES[k], k]),
)

// Real codes that the library's model cannot carry: reported as UNSUPPORTED_CODE, never dropped.
// MASQUE_PSOCIAL and MASQUE_PT are in TRE_A07 but not in the DMP's value set JDV_J58; R and V are HL7
// restriction levels of JDV_J58 that have no flag here.
/** TRE_A07 codes outside JDV_J58: real, but the model cannot carry them. @internal */
export const UNSUPPORTED_A07: ReadonlySet<string> = new Set(['MASQUE_PSOCIAL', 'MASQUE_PT'])
const UNSUPPORTED_HL7: ReadonlySet<string> = new Set(['R', 'V'])

const NORMAL = 'N'

const stripUrn = (oid: string): string => (oid.startsWith('urn:oid:') ? oid.slice('urn:oid:'.length) : oid)

// -------------------------------------------------------------------------------------
// encoding
// -------------------------------------------------------------------------------------

/**
 * The XDS confidentiality codes of a document: HL7 `N` always, then the TRE_A07 code of each flag set,
 * in a fixed order.
 *
 * @example
 * import { toXdsConfidentialityCodes } from 'dmp-rules/interop'
 * toXdsConfidentialityCodes({ maskedFromProfessionals: true, invisibleToPatient: false, hiddenFromLegalRepresentatives: false })
 * // [{ code: 'N', codeSystem: '2.16.840.1.113883.5.25' }, { code: 'MASQUE_PS', codeSystem: '1.2.250.1.213.1.1.4.13' }]
 *
 * @see R-MASK-1, R-INVIS-1, R-MINOR-5
 * @since 0.1.0
 */
export const toXdsConfidentialityCodes = (flags: VisibilityFlags): ReadonlyArray<XdsConfidentialityCode> => {
  const out: Array<XdsConfidentialityCode> = [{ code: NORMAL, codeSystem: HL7_CONFIDENTIALITY_OID }]
  if (flags.maskedFromProfessionals === true) out.push({ code: VISIBILITY_CODES.maskedFromProfessionals, codeSystem: TRE_A07_OID })
  if (flags.invisibleToPatient === true) out.push({ code: VISIBILITY_CODES.invisibleToPatient, codeSystem: TRE_A07_OID })
  if (flags.hiddenFromLegalRepresentatives === true)
    out.push({ code: VISIBILITY_CODES.hiddenFromLegalRepresentatives, codeSystem: TRE_A07_OID })
  return out
}

// -------------------------------------------------------------------------------------
// decoding
// -------------------------------------------------------------------------------------

/**
 * Reads a document's XDS confidentiality codes into its flags. Total: anything it cannot read exactly is an
 * issue — an unknown code or code system, a real code the model cannot express (`R`, `V`, `MASQUE_PSOCIAL`,
 * `MASQUE_PT`), a missing HL7 `N` — and every issue is reported, never only the first. Repeated codes are
 * accepted (the codes form a set).
 *
 * @example
 * import { fromXdsConfidentialityCodes } from 'dmp-rules/interop'
 * fromXdsConfidentialityCodes(['N', { code: 'INVISIBLE_PATIENT', codeSystem: '1.2.250.1.213.1.1.4.13' }])
 * // right({ maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false })
 * fromXdsConfidentialityCodes(['N', 'SECRET'])._tag // 'Left': SECRET is unknown
 *
 * @see R-MASK-1, R-INVIS-1, R-MINOR-5
 * @since 0.1.0
 */
export const fromXdsConfidentialityCodes = (
  codes: ReadonlyArray<XdsConfidentialityInput>,
): E.Either<InteropIssues, VisibilityFlags> => {
  const issues: Array<InteropIssue> = []
  if (!Array.isArray(codes)) return E.left([issue(
    'WRONG_TYPE',
    '',
    { expected: 'confidentialityCodes' },
  )])
  const flags = { maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
  let normal = false
  codes.forEach((raw: unknown, i) => {
    const at = pointer(i)
    let code: unknown
    let system: unknown
    if (typeof raw === 'string') code = raw
    else if (typeof raw === 'object' && raw !== null) {
      code = (raw as { code?: unknown }).code
      system = (raw as { codeSystem?: unknown }).codeSystem
    }
    if (typeof code !== 'string') {
      issues.push(issue(
        'WRONG_TYPE',
        at,
        { expected: 'confidentialityCode' },
      ))
      return
    }
    if (system !== undefined && typeof system !== 'string') {
      issues.push(issue(
        'WRONG_TYPE',
        pointer(i, 'codeSystem'),
        { expected: 'codeSystemOid' },
      ))
      return
    }
    const oid = system === undefined ? undefined : stripUrn(system)
    if (oid !== undefined && oid !== TRE_A07_OID && oid !== HL7_CONFIDENTIALITY_OID) {
      issues.push(issue(
        'UNKNOWN_CODE_SYSTEM',
        pointer(i, 'codeSystem'),
        { codeSystem: oid },
      ))
      return
    }
    const flag = FLAG_OF_CODE.get(code)
    if (flag !== undefined && oid !== HL7_CONFIDENTIALITY_OID) {
      flags[flag] = true
      return
    }
    if (code === NORMAL && oid !== TRE_A07_OID) {
      normal = true
      return
    }
    if (UNSUPPORTED_A07.has(code) && oid !== HL7_CONFIDENTIALITY_OID) {
      issues.push(issue(
        'UNSUPPORTED_CODE',
        at,
        { codeSystem: 'TRE_A07', received: code },
      ))
      return
    }
    if (UNSUPPORTED_HL7.has(code) && oid !== TRE_A07_OID) {
      issues.push(issue(
        'UNSUPPORTED_CODE',
        at,
        { codeSystem: 'HL7', received: code },
      ))
      return
    }
    issues.push(issue(
      'UNKNOWN_CODE',
      at,
      oid === undefined ? { nomenclature: 'confidentiality', received: code } : { nomenclature: 'confidentiality', received: code, codeSystem: oid },
    ))
  })
  if (!normal) issues.push(issue(
    'MISSING_NORMAL',
    '',
    {},
  ))
  const [first, ...rest] = issues
  return first === undefined ? E.right(flags) : E.left([first, ...rest])
}

// -------------------------------------------------------------------------------------
// FHIR
// -------------------------------------------------------------------------------------

/**
 * The FHIR code systems of a DocumentReference's `securityLabel` that the guides use (ANS PDSm, PDSM4DMP): HL7 v3
 * Confidentiality (`N`), the NOS rendering of TRE_A08 (the HL7 levels of JDV_J58), and TRE_A07 (the DMP's three
 * visibility codes).
 *
 * @since 0.3.0
 */
export const FHIR_CONFIDENTIALITY_SYSTEMS = {
  hl7: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  treA08: 'https://mos.esante.gouv.fr/NOS/TRE_A08-HL7Confidentiality/FHIR/TRE-A08-HL7Confidentiality',
  treA07: 'https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument',
} as const
deepFreeze(FHIR_CONFIDENTIALITY_SYSTEMS)

/**
 * One FHIR `securityLabel` (a CodeableConcept with one coding).
 *
 * @since 0.3.0
 */
export interface FhirSecurityLabel {
  readonly coding: readonly [{ readonly system: string; readonly code: string }]
}

/**
 * The FHIR `securityLabel`s of a document, the counterpart of {@link toXdsConfidentialityCodes}: HL7 `N`
 * (v3-Confidentiality) first, then the TRE_A07 code of each flag set, in a fixed order — what `dmp-rules/fhir`
 * reads back to the same flags.
 *
 * @example
 * import { toFhirSecurityLabels } from 'dmp-rules/interop'
 * toFhirSecurityLabels({ maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false })
 * // [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'N' }] },
 * //  { coding: [{ system: 'https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument', code: 'INVISIBLE_PATIENT' }] }]
 *
 * @see R-MASK-1, R-INVIS-1, R-MINOR-5
 * @since 0.3.0
 */
export const toFhirSecurityLabels = (flags: VisibilityFlags): ReadonlyArray<FhirSecurityLabel> =>
  toXdsConfidentialityCodes(flags).map(
    (c): FhirSecurityLabel => ({
      coding: [{ system: c.codeSystem === TRE_A07_OID ? FHIR_CONFIDENTIALITY_SYSTEMS.treA07 : FHIR_CONFIDENTIALITY_SYSTEMS.hl7, code: c.code }],
    }),
  )
