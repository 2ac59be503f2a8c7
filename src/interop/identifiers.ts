// National identifiers of professionals (IDNPS) and structures (IDNST) → the ids the library compares.
// Sources: ANS IG PDSM4DMP (P4D) `PSIdNat.fsh`, `StructIdNat.fsh`; INTEROP-SOURCES.md §2.

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** OID of the national identifiers of health professionals (IDNPS, *identifiant national de PS*). @since 0.3.0 */
export const IDNPS_OID = '1.2.250.1.71.4.2.1'

/** OID of the national identifiers of structures (IDNST, *identifiant national de structure*). @since 0.3.0 */
export const IDNST_OID = '1.2.250.1.71.4.2.2'

/** OID of the patient's national health identifier (INS-NIR), the root of a patient author's id. @since 0.3.0 */
export const INS_NIR_OID = '1.2.250.1.213.1.4.8'

/** @internal Why an IDNPS gives no professional id: an internal id within a structure, or not an IDNPS at all. */
export type IdnpsReading = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly why: 'internal' | 'malformed' }

// `8`+RPPS (11 digits) and `0`+ADELI name a person nationally; `1`, `3`, `4`, `5`, `6` + a structure's id + `/` +
// an internal number name a person inside a structure only (P4D PSIdNat: ADELI cabinet, FINESS, SIREN, SIRET, RPPS
// cabinet). Anything else is not an IDNPS.
const RPPS = /^8(\d{11})$/
const ADELI = /^0[0-9A-Za-z]{9}$/
const INTERNAL = /^[13456][^/\s]+\/\S+$/

/** @internal */
export const readIdnps = (idnps: string): IdnpsReading => {
  if (typeof idnps !== 'string') return { ok: false, why: 'malformed' }
  const rpps = RPPS.exec(idnps)
  if (rpps !== null) return { ok: true, id: rpps[1] as string }
  if (ADELI.test(idnps)) return { ok: true, id: idnps }
  if (INTERNAL.test(idnps)) return { ok: false, why: 'internal' }
  return { ok: false, why: 'malformed' }
}

// -------------------------------------------------------------------------------------
// readers
// -------------------------------------------------------------------------------------

/**
 * The library's professional id of a national professional identifier (IDNPS, the id on a CPS or e-CPS card and
 * in an XDS `authorPerson`): an RPPS `8` + 11 digits gives the 11 digits (the RPPS number); an ADELI `0` + 9
 * characters is kept whole, so that it never equals an RPPS. An internal id within a structure (`3` + FINESS +
 * `/` + number, and the other `…/…` forms) is no national id: `undefined`, as for anything that is not an IDNPS.
 * The document readers (`dmp-rules/xds`, `dmp-rules/fhir`) apply the same rule to authors, so that an actor built
 * with this id matches the documents they authored.
 *
 * @param idnps - the identifier, with its one-character type prefix
 * @returns the professional id, or `undefined` when the identifier names no professional nationally
 *
 * @example
 * import { professionalIdFromIdnps } from 'dmp-rules/interop'
 * professionalIdFromIdnps('810001234567') // '10001234567'
 * professionalIdFromIdnps('0751234567') // '0751234567' (ADELI, kept whole)
 * professionalIdFromIdnps('3750100125/9762') // undefined (an internal id at FINESS 750100125)
 *
 * @see R-MASK-2, R-FEED-1, R-DEL-1 (the author is compared with the actor by this id)
 * @since 0.3.0
 */
export const professionalIdFromIdnps = (idnps: string): string | undefined => {
  const r = readIdnps(idnps)
  return r.ok ? r.id : undefined
}

// `1`+FINESS (9 characters, digits or 2A/2B), `2`+SIREN (9 digits), `3`+SIRET (14 digits), `4`+RPPS-rang,
// `0`+ADELI cabinet (P4D StructIdNat).
const FINESS = /^1([0-9]{2}|2A|2B)([0-9]{7})$/
const OTHER_STRUCTURE = /^[0234][0-9A-Za-z]+$/

/**
 * The library's establishment id of a national structure identifier (IDNST, XON10 of an XDS `authorInstitution`,
 * an Organization's identifier `urn:oid:1.2.250.1.71.4.2.2`): `1` + FINESS gives the FINESS; the other kinds
 * (`2` + SIREN, `3` + SIRET, `4` + RPPS-rang, `0` + ADELI) are kept whole, so that they never equal a FINESS by
 * accident; anything else is `undefined`.
 *
 * @param idnst - the identifier, with its one-character type prefix
 * @returns the establishment id, or `undefined` when it is not an IDNST
 *
 * @example
 * import { establishmentIdFromIdnst } from 'dmp-rules/interop'
 * establishmentIdFromIdnst('1750100125') // '750100125'
 * establishmentIdFromIdnst('401234567890009') // '401234567890009'
 *
 * @see R-MASK-2 (the author's establishment)
 * @since 0.3.0
 */
export const establishmentIdFromIdnst = (idnst: string): string | undefined => {
  if (typeof idnst !== 'string') return undefined
  if (FINESS.test(idnst)) return idnst.slice(1)
  return OTHER_STRUCTURE.test(idnst) ? idnst : undefined
}
