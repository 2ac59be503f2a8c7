// FHIR securityLabel → the three visibility flags (JDV_J58 codes, in the code systems the ANS guides use).
import { FHIR_CONFIDENTIALITY_SYSTEMS, FLAG_OF_CODE, UNSUPPORTED_A07, type VisibilityFlags } from '../interop/confidentiality.js'
import { readIssue, pointerOf, type ReadIssue } from '../metadata/issues.js'

// Real codes the model cannot carry: HL7 levels other than N (TRE_A07 codes outside JDV_J58: UNSUPPORTED_A07, shared
// with the XDS reading).
const HL7_OTHERS: ReadonlySet<string> = new Set(['U', 'L', 'M', 'R', 'V'])

/**
 * @internal Reads `securityLabel[]` into the flags. Every coding of every label is read: `N` (HL7 v3 or TRE_A08) is
 * accepted and not required (a PDSM4DMP PATCH replaces `securityLabel[0]`); the three TRE_A07 codes set their flag;
 * any other code or system is an issue — never ignored, since a dropped code could be a lost masking.
 */
export const flagsOfSecurityLabels = (
  labels: ReadonlyArray<{ readonly coding?: ReadonlyArray<{ readonly system?: string; readonly code?: string }> }>,
  base: ReadonlyArray<string | number>,
): { readonly ok: true; readonly flags: VisibilityFlags } | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> } => {
  const flags = { maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
  const issues: Array<ReadIssue> = []
  labels.forEach((label, i) => {
    const codings = label.coding ?? []
    if (codings.length === 0) issues.push(readIssue('UNKNOWN_CONFIDENTIALITY_CODE', pointerOf([...base, i]), '"coding": []'))
    codings.forEach((coding, j) => {
      const path = pointerOf([...base, i, 'coding', j])
      const code = coding.code ?? ''
      const found = `${JSON.stringify(code)} (${JSON.stringify(coding.system ?? '')})`
      if (coding.system === FHIR_CONFIDENTIALITY_SYSTEMS.hl7 || coding.system === FHIR_CONFIDENTIALITY_SYSTEMS.treA08) {
        if (code === 'N') return
        issues.push(readIssue(HL7_OTHERS.has(code) ? 'UNSUPPORTED_CONFIDENTIALITY_CODE' : 'UNKNOWN_CONFIDENTIALITY_CODE', path, found))
      } else if (coding.system === FHIR_CONFIDENTIALITY_SYSTEMS.treA07) {
        const flag = FLAG_OF_CODE.get(code)
        if (flag !== undefined) flags[flag] = true
        else issues.push(readIssue(UNSUPPORTED_A07.has(code) ? 'UNSUPPORTED_CONFIDENTIALITY_CODE' : 'UNKNOWN_CONFIDENTIALITY_CODE', path, found))
      } else issues.push(readIssue('UNKNOWN_CONFIDENTIALITY_SYSTEM', path, found))
    })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, flags }
}
