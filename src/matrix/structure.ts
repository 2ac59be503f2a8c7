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
// document types (src/matrix/document-types.ts)
// -------------------------------------------------------------------------------------

export type { DocumentType } from './document-types.js'
export { DOCUMENT_TYPES, LOINC_ENGLISH_NAMES, documentTypeName, isKnownTypeCode } from './document-types.js'

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
