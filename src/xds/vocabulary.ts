// The ebRIM / XDS.b identifiers the reader looks for (IHE ITI TF-3 4.2, read from oehf/ipf `Vocabulary.java`) and the
// French DMP codes (ANS CI-SIS, NOS). See docs/dmp-metadata.md for the sources.

/** DocumentEntry.uniqueId (ExternalIdentifier). */
export const UNIQUE_ID_SCHEME = 'urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab'
/** DocumentEntry.typeCode (INTEROP-SOURCES §0: `…c59651d33983`, not `…c59651d9da3e`). */
export const TYPE_CODE_SCHEME = 'urn:uuid:f0306f51-975f-434e-a61c-c59651d33983'
/** DocumentEntry.classCode. */
export const CLASS_CODE_SCHEME = 'urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a'
/** DocumentEntry.confidentialityCode. */
export const CONFIDENTIALITY_CODE_SCHEME = 'urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f'
/** DocumentEntry.author. */
export const AUTHOR_SCHEME = 'urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d'
/** The classification node of a RegistryPackage that is a SubmissionSet (a Folder is another node). */
export const SUBMISSION_SET_NODE = 'urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd'
/** The HasMember association (submission set → document entry). */
export const HAS_MEMBER = 'urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember'

/** availabilityStatus (JDV_J52): current documents. */
export const APPROVED = 'urn:oasis:names:tc:ebxml-regrep:StatusType:Approved'
/** ANS: archived and current (TRE_R270). */
export const ARCHIVED = 'urn:asip:ci-sis:2010:StatusType:Archived'
/** Replaced, or an older metadata version. */
export const DEPRECATED = 'urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated'
/** ANS: unpublished. */
export const DELETED = 'urn:asip:ci-sis:2010:StatusType:Deleted'
/** The response status that carries no documents. */
export const FAILURE = 'urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure'

/** The class of the submission set's signature document (IHE DSG, JDV_J57). */
export const SIGNATURE_CLASS = 'urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1'
/** The type of the signature document (ASTM E1762). */
export const SIGNATURE_TYPE = 'E1762'

/** Code system of a DMP type code: LOINC. */
export const LOINC_OID = '2.16.840.1.113883.6.1'
/** Code system of a DMP type code: TRE_A05 (types of complementary documents: REMB, BIL_AUTO, DOCPAT01…). */
export const TRE_A05_OID = '1.2.250.1.213.1.1.4.12'

/** authorSpecialty codes (TRE_A00) of a device or system author: never read as a professional. */
export const DEVICE_SPECIALTIES: ReadonlySet<string> = new Set(['DISPOSITIF', 'AUTOMATE', 'SNR', 'ALIM_AM'])
/** authorSpecialty code (TRE_A00) of the patient's own expression. */
export const PATIENT_SPECIALTY = 'EXP_PATIENT'
