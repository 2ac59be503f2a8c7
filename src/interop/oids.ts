// Object identifiers (OIDs) of the nomenclatures the library speaks. Each one was read from the
// nomenclature's own publication by the ANS (Terminologies de santé); see docs/matrix.md.
import { TRE_G15_OID } from '../domain/profession.js'

export { TRE_G15_OID }

/**
 * OID of TRE_A07-StatutVisibiliteDocument (*statut de visibilité du document*): `MASQUE_PS`,
 * `INVISIBLE_PATIENT`, `INVISIBLE_REPRESENTANTS_LEGAUX` (and `MASQUE_PSOCIAL`, `MASQUE_PT`).
 * Source: https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument
 *
 * @since 0.1.0
 */
export const TRE_A07_OID = '1.2.250.1.213.1.1.4.13'

/**
 * OID of the HL7 confidentiality codes (TRE_A08-HL7Confidentiality: `N`, `R`, `V`).
 * Source: https://mos.esante.gouv.fr/NOS/TRE_A08-HL7Confidentiality/FHIR/TRE-A08-HL7Confidentiality
 *
 * @since 0.1.0
 */
export const HL7_CONFIDENTIALITY_OID = '2.16.840.1.113883.5.25'

/**
 * OID of JDV_J58-ConfidentialityCode-DMP, the value set of the DMP's XDS `confidentialityCode`
 * (HL7 `N`, `R`, `V` and the three TRE_A07 codes `MASQUE_PS`, `INVISIBLE_PATIENT`,
 * `INVISIBLE_REPRESENTANTS_LEGAUX`).
 * Source: https://mos.esante.gouv.fr/NOS/JDV_J58-ConfidentialityCode-DMP/FHIR/JDV-J58-ConfidentialityCode-DMP
 *
 * @since 0.1.0
 */
export const JDV_J58_OID = '1.2.250.1.213.1.1.5.9'

/**
 * OID of TRE_R248-ModeAcces (*mode d'accès*: `normal`, `bris_de_glace`, `centre_15`), as its code system
 * declares it in the version of 2025-01-31. NOTE: the version of 2024-11-22 declared
 * `1.2.250.1.213.1.1.4.248`, and the ANS tracks the duplicate in its issue 903; see docs/matrix.md.
 * Source: https://mos.esante.gouv.fr/NOS/TRE_R248-ModeAcces/FHIR/TRE-R248-ModeAcces
 *
 * @since 0.1.0
 */
export const TRE_R248_OID = '1.2.250.1.213.1.1.4.336'

/**
 * OID of TRE_A03-ClasseDocument, the XDS `classCode` (document categories: 10 Compte rendu, 11 Synthèse…).
 * Source: https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument
 *
 * @since 0.1.0
 */
export const TRE_A03_OID = '1.2.250.1.213.1.1.4.1'

/**
 * OID of JDV_J07-XdsTypeCode-CISIS, the value set of XDS `typeCode` (LOINC codes and the complementary
 * TRE_A05 codes).
 * Source: https://mos.esante.gouv.fr/NOS/JDV_J07-XdsTypeCode-CISIS/FHIR/JDV-J07-XdsTypeCode-CISIS
 *
 * @since 0.1.0
 */
export const JDV_J07_OID = '1.2.250.1.213.1.1.5.471'

/**
 * OID of LOINC, the code system of most XDS type codes.
 *
 * @since 0.1.0
 */
export const LOINC_OID = '2.16.840.1.113883.6.1'
