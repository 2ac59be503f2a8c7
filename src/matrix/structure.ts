// The structure of the authorisation matrix (*matrice d'habilitation*, annex of the arrêté of
// 26 October 2023), as data: the document categories (XDS classCode), the document types (XDS typeCode)
// and the 19 profession columns of the annex, each with where it comes from. See docs/matrix.md.
import type { Profession } from '../domain/profession.js'
import { deepFreeze } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// sources
// -------------------------------------------------------------------------------------

/**
 * Where the facts of this module come from (public, stored copies read with the project's search tool).
 *
 * @since 0.1.0
 */
export const MATRIX_SOURCES = {
  /** The arrêté itself (JORF n°0252 of 29 October 2023); its annex is the matrix. No text of the annex's cells was found. */
  arrete: 'Arrêté du 26 octobre 2023 fixant les règles de gestion des droits d’accès au dossier médical partagé (JORF n°0252 du 29 octobre 2023), https://juriblio.fr/arretes/arrete-du-26-octobre-2023/182494182',
  /** Classes of documents (XDS classCode), ANS. */
  classCodes: 'ANS, TRE_A03-ClasseDocument v20231215120000, https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument',
  /** Types of documents (XDS typeCode), ANS. */
  typeCodes: 'ANS, JDV_J07-XdsTypeCode-CISIS v20260629120000, https://mos.esante.gouv.fr/NOS/JDV_J07-XdsTypeCode-CISIS/FHIR/JDV-J07-XdsTypeCode-CISIS',
  /** Profession codes, ANS. */
  professions: 'ANS, TRE_G15-ProfessionSante v20250328120000, https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante',
  /**
   * SECONDARY: a third party's machine transcription of the matrix spreadsheet published on dmp.fr
   * (https://www.dmp.fr/documents/d/dmp/matrice-habilitation), one row per type code, one column per
   * profession group ('X' = access). Not checked against the JORF annex.
   */
  transcription:
    'Secondary transcription of the dmp.fr matrix spreadsheet: github.com/Arthur-Lascot/healthcare_interoperability, src/backend/src/habilitation_matrix.json @ d8006c51c3cab4afee259d7ebe915d9e9f245993 (column headings: python_app/output.txt @ 7aaf5a2fad8fb64f27701adcfca28f287150bddc)',
} as const
deepFreeze(MATRIX_SOURCES)

// -------------------------------------------------------------------------------------
// categories
// -------------------------------------------------------------------------------------

/**
 * A category of documents: an XDS `classCode` of TRE_A03-ClasseDocument.
 *
 * @since 0.1.0
 */
export interface DocumentCategory {
  readonly classCode: string
  /** The French label of the nomenclature. */
  readonly label: string
  readonly source: string
}

const cat = (classCode: string, label: string): DocumentCategory => ({ classCode, label, source: MATRIX_SOURCES.classCodes })

/**
 * The 11 document categories (TRE_A03 classCodes in force when the arrêté was signed; code 99
 * *Document technique* holds no clinical document). The matrix spreadsheet groups its rows under these
 * class codes (its first group is `10` *Compte rendu*).
 *
 * @since 0.1.0
 */
export const DOCUMENT_CATEGORIES: ReadonlyArray<DocumentCategory> = [
  cat('10', 'Compte rendu'),
  cat('11', 'Synthèse'),
  cat('31', 'Imagerie médicale'),
  cat('42', 'Prescription'),
  cat('43', 'Dispensation'),
  cat('44', 'Plan de soins, protocole de soins'),
  cat('45', 'Traitement administré'),
  cat('52', 'Certificat, déclaration'),
  cat('60', 'Données de remboursement'),
  cat('90', 'Autres documents déposés par le patient'),
  cat('95', 'Document de gestion'),
]
deepFreeze(DOCUMENT_CATEGORIES)

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
  /** Its category (classCode), where a source says so; absent where none was found. */
  readonly classCode?: string
}

// Category 10 is known for the 15 types the transcription's rendered first page shows under 'Compte rendu'.
const CR = new Set([
  'DOCPAT03', 'DOCPAT05', 'DOCPAT06', '89233-1', '15508-5', '70004-7', '75492-9', '11505-5', '75482-0', '67851-6',
  '60568-3', '77436-4', '34875-5', 'BIL_AUTO', '47420-5',
])

const T = (typeCode: string, label: string): DocumentType => (CR.has(typeCode) ? { typeCode, label, classCode: '10' } : { typeCode, label })

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
deepFreeze(DOCUMENT_TYPES)

/** Is this a type code of JDV_J07-XdsTypeCode-CISIS? @since 0.1.0 */
export const isKnownTypeCode = (typeCode: string): boolean => TYPE_CODES.has(typeCode)

const TYPE_CODES: ReadonlySet<string> = new Set(DOCUMENT_TYPES.map((t) => t.typeCode))

// -------------------------------------------------------------------------------------
// profession columns
// -------------------------------------------------------------------------------------

/**
 * One of the 19 profession columns of the annex, and the library's professions it stands for. A column
 * that stands for no profession of the library (`professions` empty) is never bundled: the library cannot
 * tell which actor belongs to it (fail closed).
 *
 * @since 0.1.0
 */
export interface MatrixColumn {
  /** 0-based position in the annex. */
  readonly index: number
  /** Our English rendering of the column heading. */
  readonly heading: string
  /** The library's professions this column stands for; empty when none. */
  readonly professions: ReadonlyArray<Profession>
  /** The TRE_G15 codes of those professions (and of the other professions the column names). */
  readonly tre_g15: ReadonlyArray<string>
  /** `true` when the column is one of two that split a profession (pharmacists), so neither can be bundled alone. */
  readonly splitsProfession?: boolean
  readonly source: string
}

const col = (
  index: number,
  heading: string,
  professions: ReadonlyArray<Profession>,
  tre_g15: ReadonlyArray<string>,
  splitsProfession = false,
): MatrixColumn => ({
  index,
  heading,
  professions,
  tre_g15,
  ...(splitsProfession ? { splitsProfession } : {}),
  source: MATRIX_SOURCES.transcription,
})

/**
 * The 19 profession columns of the annex, in order (headings as the transcription gives them, in our words).
 *
 * @since 0.1.0
 */
export const MATRIX_COLUMNS: ReadonlyArray<MatrixColumn> = [
  col(0, 'Doctors, general and specialist (incl. radiologists, biologists), salaried or not, SAMU/centre 15, residents', ['medecin'], ['10']),
  col(1, 'Biologist pharmacists and pharmacy residents', ['pharmacien'], ['21'], true),
  col(2, 'Community and hospital pharmacists, residents, pharmacy technicians', ['pharmacien'], ['21'], true),
  col(3, 'Dental surgeons (incl. residents and specialists)', ['chirurgien-dentiste'], ['40']),
  col(4, 'Midwives', ['sage-femme'], ['50']),
  col(5, 'Nurses', ['infirmier'], ['60']),
  col(6, 'Physiotherapists (masseurs-kinésithérapeutes)', ['masseur-kinesitherapeute'], ['70']),
  col(7, 'Podiatrists (pédicures-podologues)', ['pedicure-podologue'], ['80']),
  col(8, 'Speech therapists (orthophonistes)', ['orthophoniste'], ['91']),
  col(9, 'Occupational therapists, psychomotor therapists, orthoptists, dietitians', ['ergotherapeute', 'psychomotricien', 'orthoptiste', 'dieteticien'], ['94', '96', '92', '95']),
  col(10, 'Hearing-aid specialists and the fitting professions', ['audioprothesiste'], ['26']),
  col(11, 'Opticians (opticiens-lunetiers)', ['opticien-lunetier'], ['28']),
  col(12, 'Radiographers (manipulateurs d’électroradiologie médicale)', ['manipulateur-erm'], ['98']),
  col(13, 'Health, social and médico-social staff in coordination and orientation roles', [], []),
  col(14, 'Social workers (assistants de service social)', [], []),
  col(15, 'Social and médico-social staff in administrative or organisational support roles', [], []),
  col(16, 'Social and médico-social staff supporting social, working and educational life', [], []),
  col(17, 'Social and médico-social staff supporting care', [], []),
  col(18, 'Social and médico-social staff in management roles', [], []),
]
deepFreeze(MATRIX_COLUMNS)
