// The French wording of the metadata readers' issues and skip reasons. Typed by the codes of en/metadata.ts
// (messages/metadata.ts): a code without its French wording, or one too many, fails to compile.
import type { ReadWording } from '../metadata.js'

const qf = (d: string): string => (d === '' ? '' : ` (${d})`)

/** @internal Le libellé en français des problèmes des lecteurs et des raisons d'écarter une entrée. */
export const READ_WORDING_FR: ReadWording = {
  issues: {
    NOT_XML: (d) => `L'entrée n'est pas du XML bien formé${qf(d)}.`,
    NOT_A_REGISTRY_RESPONSE: (d) => `Attendu une AdhocQueryResponse ebRIM (réponse de registre ITI-18)${qf(d)}.`,
    REGISTRY_FAILURE: (d) => `Le registre a répondu par un échec${qf(d)} : aucun document à lire.`,
    NOT_FHIR: (d) => `Attendu une ressource FHIR DocumentReference ou un Bundle de celles-ci${qf(d)}.`,
    UNREADABLE_INPUT: (d) => `L'entrée ne peut pas être lue comme des données simples${qf(d)}.`,
    INVALID_STRUCTURE: (d) => `Un élément n'a pas le bon type JSON${qf(d)}.`,
    MISSING_ENTRY_UUID: () => `L'entrée n'a pas d'identifiant (entryUUID).`,
    MISSING_ID: () => `L'entrée n'a pas de uniqueId (masterIdentifier) : le document n'a pas d'identifiant.`,
    AMBIGUOUS_ID: (d) => `L'entrée a plusieurs uniqueId${qf(d)} : celui du document ne peut pas être déterminé.`,
    DUPLICATE_ID: (d) => `Plusieurs entrées à jour ont le même identifiant de document${qf(d)} : celle que contient le dossier ne peut pas être déterminée.`,
    MISSING_TYPE: () => `L'entrée n'a pas de typeCode : le type du document décide de qui peut le voir, il n'est jamais deviné.`,
    AMBIGUOUS_TYPE: (d) => `L'entrée a plusieurs codes de type${qf(d)}.`,
    UNKNOWN_CODE_SYSTEM: (d) => `Le système du code de type n'est ni LOINC ni TRE_A05${qf(d)}.`,
    UNKNOWN_CONFIDENTIALITY_CODE: (d) => `Un code de confidentialité inconnu${qf(d)} : un indicateur de visibilité pourrait être perdu.`,
    UNKNOWN_CONFIDENTIALITY_SYSTEM: (d) => `Un code de confidentialité d'un système de codes inconnu${qf(d)}.`,
    UNSUPPORTED_CONFIDENTIALITY_CODE: (d) => `Un code de confidentialité réel que la bibliothèque ne sait pas porter${qf(d)}.`,
    MISSING_NORMAL: () => `Le code de confidentialité HL7 N manque à côté des codes TRE_A07.`,
    MISSING_AUTHOR: () => `L'entrée n'a pas d'auteur.`,
    UNREADABLE_AUTHOR: (d) => `L'auteur ne se lit ni comme un professionnel (identifiant national) ni comme le patient (INS)${qf(d)}.`,
    NO_NATIONAL_ID: (d) => `L'auteur a un identifiant interne à une structure, pas un identifiant national${qf(d)} : il ne peut être rapproché d'aucun professionnel.`,
    UNSUPPORTED_AUTHOR: (d) => `L'auteur est un dispositif ou un système${qf(d)} : les documents de la bibliothèque n'ont pas ce genre d'auteur, et le lire comme un professionnel serait deviner.`,
    CONFLICTING_AUTHORS: (d) => `Les auteurs de l'entrée ne sont pas une seule et même personne${qf(d)} : l'auteur du document ne peut pas être déterminé.`,
    UNREADABLE_INSTITUTION: (d) => `La structure de l'auteur n'a pas d'identifiant national de structure (IDNST)${qf(d)}.`,
    UNRESOLVED_REFERENCE: (d) => `Une référence ne désigne aucune ressource de l'entrée${qf(d)}.`,
    MISSING_SUBMISSION_TIME: (d) =>
      `Pas de date de soumission pour l'entrée${qf(d)} : le jour d'ajout au DMP est le submissionTime du lot de soumission (List.date) ; demandez aussi les lots de soumission au registre (GetSubmissionSets ou GetAll), ou choisissez explicitement un repli.`,
    INVALID_TIME: (d) => `Pas une date-heure valide${qf(d)}.`,
    IMPRECISE_TIME: (d) => `Une date sans l'heure ou sans son fuseau${qf(d)} : le jour à Paris ne peut pas être déterminé exactement.`,
    UNKNOWN_STATUS: (d) => `Un statut de disponibilité inconnu${qf(d)}.`,
  },
  skips: {
    DEPRECATED: 'Obsolète : remplacé par un autre document, ou ancienne version de ses métadonnées.',
    DELETED: 'Dépublié du DMP.',
    SIGNATURE_DOCUMENT: 'Le document de signature du lot de soumission, pas un document du dossier.',
    SUPERSEDED: 'Remplacé par un autre document, ou ancienne version de ses métadonnées.',
    ENTERED_IN_ERROR: 'Saisi par erreur : retiré du DMP.',
  },
}
