// Structural io-ts codecs of the parts of FHIR R4 resources the reader reads (DocumentReference, Bundle, List,
// Practitioner, PractitionerRole, Patient, Device, Organization). `t.partial` everywhere: FHIR elements are optional
// and resources carry many more; a present element of the wrong JSON type is an issue at its JSON pointer.
import * as t from 'io-ts'
import { readIssue, pointerOf, type ReadIssue } from '../metadata/issues.js'

/** @internal */
export const Coding = t.partial({ system: t.string, code: t.string })
/** @internal */
export const CodeableConcept = t.partial({ coding: t.array(Coding) })
/** @internal */
export const Identifier = t.partial({ system: t.string, value: t.string })
/** @internal */
export const Reference = t.partial({ reference: t.string })

/** @internal */
export const DocumentReference = t.partial({
  id: t.string,
  masterIdentifier: Identifier,
  status: t.string,
  type: CodeableConcept,
  category: t.array(CodeableConcept),
  date: t.string,
  author: t.array(Reference),
  securityLabel: t.array(CodeableConcept),
  contained: t.array(t.UnknownRecord),
  meta: t.partial({ security: t.array(Coding) }),
})
/** @internal */
export type DocumentReference = t.TypeOf<typeof DocumentReference>

/** @internal Practitioner, Patient, Organization: what identifies them. */
export const Identified = t.partial({ id: t.string, identifier: t.array(Identifier) })

/** @internal */
export const PractitionerRole = t.partial({ id: t.string, identifier: t.array(Identifier), practitioner: Reference, organization: Reference })

/** @internal A List (MHD SubmissionSet when its code is `submissionset`). */
export const List = t.partial({ id: t.string, code: CodeableConcept, date: t.string, entry: t.array(t.partial({ item: Reference })) })

/** @internal */
export const Bundle = t.partial({ type: t.string, entry: t.array(t.partial({ fullUrl: t.string, resource: t.UnknownRecord })) })

/** @internal A short description of a value found (never throws). */
export const describe = (u: unknown): string => {
  try {
    const s = JSON.stringify(u)
    if (s === undefined) return typeof u
    return s.length > 60 ? `${s.slice(0, 57)}…` : s
  } catch {
    return typeof u
  }
}

/**
 * @internal Decodes with a codec; its errors become INVALID_STRUCTURE issues at JSON pointers under `base` (the
 * path of the value decoded), each saying what was expected.
 */
export const decodeWith = <A>(codec: t.Decoder<unknown, A>, u: unknown, base: ReadonlyArray<string | number>): { readonly ok: true; readonly value: A } | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> } => {
  const r = codec.decode(u)
  if (r._tag === 'Right') return { ok: true, value: r.right }
  const issues = r.left.map((e) => {
    const keys = e.context.slice(1).map((c) => c.key)
    const last = e.context[e.context.length - 1]
    return readIssue('INVALID_STRUCTURE', pointerOf([...base, ...keys]), `expected ${last?.type.name ?? 'a value'}, got ${describe(e.value)}`)
  })
  return { ok: false, issues }
}
