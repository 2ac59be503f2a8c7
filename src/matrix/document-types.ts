// The document types of the DMP (XDS typeCode, JDV_J07-XdsTypeCode-CISIS) and their names in French and, where
// LOINC gives one, in English. Its own module (re-exported by structure.ts) so that naming a type (the access maps
// of `dmp-rules/render`) does not pull in the rest of the matrix's structure.

// -------------------------------------------------------------------------------------
// document types
// -------------------------------------------------------------------------------------

/**
 * A document type: an XDS `typeCode` of JDV_J07-XdsTypeCode-CISIS (a LOINC code, or a complementary
 * TRE_A05 code such as `PRESC-BIO`).
 *
 * @since 0.1.0
 */
export interface DocumentType {
  readonly typeCode: string
  /** The French label of the value set. */
  readonly label: string
  /**
   * The English display name of the LOINC code ({@link LOINC_ENGLISH_NAMES}), where a source gave one; absent for
   * the other codes (JDV_J07 is French only, and TRE_A05's codes have no English name). @since 0.3.0
   */
  readonly labelEn?: string
  /** Its category (classCode), where a source says so; absent where none was found. */
  readonly classCode?: string
}

/**
 * The English names of the LOINC type codes of {@link DOCUMENT_TYPES}: their LOINC display names as HL7 expands
 * the value set v3-LoincDocumentOntologyInternational (http://terminology.hl7.org/ValueSet/v3-LoincDocumentOntologyInternational),
 * read in bonfhir/bonfhir1_archive, packages/terminology/src/loincdocumentontologyinternational.ts @ 01b5ca8.
 * Only the codes that value set holds (27 of the 87 LOINC codes): no English name is made up for the others, which
 * keep their French label in both languages. A LOINC name says what the code means in LOINC, and may be narrower or
 * broader than the French label of the DMP value set (e.g. 34120-6 *Bilan par professionnel de santé*, LOINC
 * "Outpatient Initial evaluation note").
 *
 * This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and
 * the LOINC Committee and is available at no cost under the license at http://loinc.org/license.
 *
 * @since 0.3.0
 */
export const LOINC_ENGLISH_NAMES: { readonly [typeCode: string]: string } = {
  '11488-4': 'Consult note',
  '11506-3': 'Progress note',
  '15507-7': 'Emergency department Progress note',
  '18761-7': 'Transfer summary note',
  '28617-9': 'Dentistry Progress note',
  '28653-4': 'Social worker Note',
  '34112-3': 'Hospital Note',
  '34120-6': 'Outpatient Initial evaluation note',
  '34133-9': 'Summary of episode note',
  '34749-2': 'Anesthesiology Outpatient Consult note',
  '34794-8': 'Interdisciplinary Note',
  '34874-8': 'Surgery Surgical operation note',
  '34875-5': 'Surgery Postoperative evaluation and management note',
  '34876-3': 'Surgery Preoperative evaluation and management note',
  '34895-3': 'Education note',
  '47420-5': 'Functional status assessment note',
  '51851-4': 'Administrative note',
  '57055-6': 'Antepartum summary note',
  '57057-2': 'Labor and delivery summary note',
  '59283-2': 'Well child visit note',
  '59284-0': 'Consent Document',
  '60280-5': 'Emergency department Discharge instructions',
  '67851-6': 'Admission evaluation note',
  '68599-0': 'Psychiatry History and physical note',
  '68814-3': 'Pediatrics Evaluation note',
  '68817-6': 'Pediatrics History and physical note',
  '70004-7': 'Diagnostic study note',
}
Object.freeze(LOINC_ENGLISH_NAMES)

// Category 10 is known for the 15 types the transcription's rendered first page shows under 'Compte rendu'.
const CR = new Set([
  'DOCPAT03', 'DOCPAT05', 'DOCPAT06', '89233-1', '15508-5', '70004-7', '75492-9', '11505-5', '75482-0', '67851-6',
  '60568-3', '77436-4', '34875-5', 'BIL_AUTO', '47420-5',
])

const T = (typeCode: string, label: string): DocumentType => {
  const labelEn = Object.prototype.hasOwnProperty.call(LOINC_ENGLISH_NAMES, typeCode) ? LOINC_ENGLISH_NAMES[typeCode] : undefined
  return { typeCode, label, ...(labelEn === undefined ? {} : { labelEn }), ...(CR.has(typeCode) ? { classCode: '10' } : {}) }
}

/**
 * The document types of JDV_J07-XdsTypeCode-CISIS (version 20260629120000), with their French labels.
 *
 * @since 0.1.0
 */
export const DOCUMENT_TYPES: ReadonlyArray<DocumentType> = [
  // TRE_A05-TypeDocComplementaire
  T('ATTEST-ASS-COMPL', 'Attestation assurance complémentaire'),
  T('ATTEST-RESID', 'Attestation de résidence'),
  T('ATTEST-HEBGT', "Attestation d'hébergement"),
  T('ATTEST-DROITS-AM', "Attestation de droits à l'assurance maladie"),
  T('AUTORIS-SOINS', 'Autorisation de soins et actes non usuels sanitaires'),
  T('BIL_AUTO', "CR de bilan d'évaluation de la perte d'autonomie"),
  T('CERT_DECL', 'Certificat, déclaration'),
  T('DISP_AUT', 'Dispensation (autre)'),
  T('EXPPAT_1', 'Volontés et droits du patient'),
  T('EXPPAT_2', 'Autre document du patient'),
  T('EXPPAT_3', 'Directives anticipées'),
  T('IMG-KOS', "Reference d'objets d'un examen d'imagerie"),
  T('PROT_ALD', 'Protocole de soins ALD'),
  T('REMB', 'Données de remboursement'),
  T('SYNTH', 'Synthèse'),
  T('DOCPAT01', 'Synthèse déposée par le patient'),
  T('DOCPAT02', 'Traitement ou document de soins déposé par le patient'),
  T('DOCPAT03', 'CR déposé par le patient'),
  T('DOCPAT04', 'Imagerie déposée par le patient'),
  T('DOCPAT05', 'CR de biologie déposé par le patient'),
  T('DOCPAT06', 'CR de prévention déposé par le patient'),
  T('DOCPAT07', 'Certificat déposé par le patient'),
  T('DOCPAT08', 'Profil médical Mon espace santé'),
  T('DOCPAT09', 'Document administratif déposé par le patient'),
  T('PIECE-IDENTITE', "Copie pièce d'identité"),
  T('PRESC-AAT', 'Prescription arrêt de travail'),
  T('PRESC-BIO', "Prescription d'actes de biologie médicale"),
  T('PRESC-KINE', "Prescription d'actes de kinésithérapie"),
  T('PRESC-INF', "Prescription d'actes infirmiers"),
  T('PRESC-PEDI', "Prescription d'actes de pédicurie"),
  T('PRESC-ORTHOPHO', "Prescription d'actes d'orthophonie"),
  T('PRESC-ORTHOPTIE', "Prescription d'actes d'orthoptie"),
  T('FEUILLE-DE-STYLE', 'Feuille de style'),
  T('FICHE-CONTACTS', 'Fiche contacts'),
  T('EXPORT_DUI', 'Export du Dossier Usager Informatisé'),
  // LOINC
  T('11369-6', 'Historique des vaccinations'),
  T('11488-4', 'CR ou fiche de consultation ou de visite'),
  T('11490-0', "Lettre de liaison à la sortie d'un établissement de soins"),
  T('11502-2', "CR d'examens biologiques"),
  T('11505-5', "CR d'acte thérapeutique (autre)"),
  T('11506-3', 'CR ou fiche de suivi de soins par auxiliaire médical'),
  T('15507-7', 'CR de passage aux urgences'),
  T('15508-5', "CR d'accouchement"),
  T('18776-5', 'Plan personnalisé de soins'),
  T('18748-4', "CR d'imagerie médicale"),
  T('18761-7', "Note de transfert (dont lettre de liaison à l'entrée en établissement de soins)"),
  T('28617-9', 'Bilan bucco-dentaire'),
  T('28653-4', 'Document du secteur social / médico-social'),
  T('29274-8', 'Mesures de signes vitaux'),
  T('34112-3', 'CR hospitalier (séjour)'),
  T('34120-6', 'Bilan par professionnel de santé'),
  T('34133-9', "Synthèse d'épisode de soins"),
  T('34749-2', 'CR de consultation pré-anesthésique'),
  T('34794-8', 'CR de réunion de concertation pluridisciplinaire'),
  T('34842-5', "Grille d'évaluation médico-social"),
  T('34874-8', 'CR opératoire'),
  T('34875-5', 'Évaluation postopératoire et note de suivi'),
  T('34876-3', 'Évaluation préopératoire et note de suivi'),
  T('34895-3', "Fiche d'information au patient"),
  T('47420-5', 'CR de bilan fonctionnel'),
  T('51851-4', 'Document administratif'),
  T('51969-4', 'CR de génétique moléculaire'),
  T('52040-3', "Document encapsulant une image d'illustration non DICOM"),
  T('55115-0', "Demande d'actes d'imagerie"),
  T('55751-2', 'Déclaration de problème de santé publique'),
  T('56445-0', 'Bilan médicamenteux (Officine)'),
  T('56446-8', 'Notification de rendez-vous'),
  T('57055-6', 'Synthèse antepartum'),
  T('57057-2', 'Synthèse Salle de Naissance Mère'),
  T('57075-4', 'Synthèse Salle de Naissance Enfant'),
  T('57828-6', 'Prescription (autre)'),
  T('57832-8', 'Prescription de soins'),
  T('57833-6', 'Prescription de produits de santé'),
  T('59283-2', "CR d'examen de l'enfant"),
  T('59284-0', 'Attestation de consentement'),
  T('60280-5', 'Fiche de retour du service des urgences'),
  T('60568-3', "CR d'anatomie et de cytologie pathologiques"),
  T('60591-5', 'Synthèse médicale'),
  T('60593-1', 'Dispensation médicamenteuse'),
  T('61357-0', 'Intervention pharmaceutique'),
  T('67851-6', "CR d'admission"),
  T('68599-0', 'Synthèse psychiatrique'),
  T('68814-3', "Note d'évaluation pédiatrique"),
  T('68817-6', "Bilan de santé et de prévention de l'enfant"),
  T('70004-7', "CR d'acte diagnostique (autre)"),
  T('78341-5', 'Fiche de transfert vers le service des urgences'),
  T('74207-2', "Document de liaison d'urgence"),
  T('74465-6', 'Questionnaire patient'),
  T('75468-9', 'Renouvellement ordonnance par pharmacien correspondant'),
  T('75482-0', "CR d'acte thérapeutique à visée préventive"),
  T('75492-9', "CR d'acte diagnostique à visée préventive ou de dépistage"),
  T('75496-0', "Demande d'acte de télémédecine"),
  T('77436-4', "CR d'anesthésie"),
  T('77604-7', 'Planification thérapeutique'),
  T('78489-2', 'Synthèse Enfant en Maternité'),
  T('78513-9', 'CR de consultation en ophtalmologie'),
  T('78601-2', "CR d'entretien pharmaceutique"),
  T('80565-5', "CR d'administration de médicaments"),
  T('80771-9', "Projet d'accueil individualisé"),
  T('80788-3', "Projet personnalisé d'accompagnement"),
  T('80820-4', 'Formulaire de conciliation médicamenteuse (Hôpital)'),
  T('83836-7', 'Schéma dentaire'),
  T('83869-8', 'Plan personnalisé de prévention'),
  T('83901-9', 'Bilan psychologique'),
  T('83963-9', 'Synthèse environnementale'),
  T('83981-1', "Lettre de liaison à la sortie d'une structure sociale ou médico-sociale"),
  T('84067-8', 'Synthèse transfusionnelle'),
  T('85208-7', 'CR de télémédecine'),
  T('86531-1', 'Attestation de sortie'),
  T('87273-9', 'Note de vaccination'),
  T('88348-8', "Lettre de liaison d'entrée en structure sociale ou médico-sociale"),
  T('89233-1', 'CR de grossesse'),
  T('89235-6', 'Synthèse Suites de Couches Mère'),
  T('89601-9', 'Certificat médical'),
  T('93024-8', 'CR de consultation pharmaceutique'),
  T('96163-1', 'Bilan de soins infirmiers'),
  T('96173-0', "Test rapide d'orientation diagnostique"),
  T('96349-6', "Lettre d'adressage"),
  T('96874-3', 'COVID-19 Attestation de vaccination'),
  T('97694-4', "Note d'évaluation en médecine maternelle et fœtale"),
  T('100967-9', 'Rythme cardiaque fœtal'),
  T('101881-1', "Carte d'implant"),
]
// Every exported constant is deeply frozen (issue 19): a type's label changed in place would change every map.
for (const t of DOCUMENT_TYPES) Object.freeze(t)
Object.freeze(DOCUMENT_TYPES)

/** Is this a type code of JDV_J07-XdsTypeCode-CISIS? @since 0.1.0 */
export const isKnownTypeCode = (typeCode: string): boolean => TYPE_CODES.has(typeCode)

const TYPE_CODES: ReadonlySet<string> = new Set(DOCUMENT_TYPES.map((t) => t.typeCode))
const TYPES_BY_CODE: ReadonlyMap<string, DocumentType> = new Map(DOCUMENT_TYPES.map((t) => [t.typeCode, t]))

/**
 * The name of a document type in a language: its French label, or in English its LOINC name where one is known
 * ({@link LOINC_ENGLISH_NAMES}) and else the French label; `undefined` for a code outside JDV_J07.
 *
 * @example
 * import { documentTypeName } from 'dmp-rules/interop'
 * documentTypeName('34874-8', 'fr') // 'CR opératoire'
 * documentTypeName('34874-8', 'en') // 'Surgery Surgical operation note'
 * documentTypeName('11490-0', 'en') // "Lettre de liaison à la sortie d'un établissement de soins" (no English name known)
 *
 * @since 0.3.0
 */
export const documentTypeName = (typeCode: string, lang: 'fr' | 'en'): string | undefined => {
  const t = TYPES_BY_CODE.get(typeCode)
  return t === undefined ? undefined : lang === 'en' ? (t.labelEn ?? t.label) : t.label
}
