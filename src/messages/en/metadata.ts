// The wording of the metadata readers' issues and skip reasons, in English and in French. `FR` is typed by the keys
// of `EN`: a code without its French wording fails to compile. `d` is what was found (already quoted when useful).

const q = (d: string): string => (d === '' ? '' : ` (${d})`)

/** @internal */
export const EN = {
  issues: {
    NOT_XML: (d: string) => `The input is not well-formed XML${q(d)}.`,
    NOT_A_REGISTRY_RESPONSE: (d: string) => `Expected an ebRIM AdhocQueryResponse (an ITI-18 registry response)${q(d)}.`,
    REGISTRY_FAILURE: (d: string) => `The registry answered with a failure${q(d)}: there are no documents to read.`,
    NOT_FHIR: (d: string) => `Expected a FHIR DocumentReference or a Bundle of them${q(d)}.`,
    UNREADABLE_INPUT: (d: string) => `The input could not be read as plain data${q(d)}.`,
    INVALID_STRUCTURE: (d: string) => `An element has the wrong JSON type${q(d)}.`,
    MISSING_ENTRY_UUID: (_d: string) => `The entry has no id (entryUUID).`,
    MISSING_ID: (_d: string) => `The entry has no uniqueId (masterIdentifier): the document has no id.`,
    AMBIGUOUS_ID: (d: string) => `The entry has several uniqueIds${q(d)}: which one is the document's cannot be told.`,
    DUPLICATE_ID: (d: string) => `Several current entries have the same document id${q(d)}: which one the record holds cannot be told.`,
    MISSING_TYPE: (_d: string) => `The entry has no typeCode: the document type decides who may see it, and is never guessed.`,
    AMBIGUOUS_TYPE: (d: string) => `The entry has several type codes${q(d)}.`,
    UNKNOWN_CODE_SYSTEM: (d: string) => `The type code's system is neither LOINC nor TRE_A05${q(d)}.`,
    UNKNOWN_CONFIDENTIALITY_CODE: (d: string) => `An unknown confidentiality code${q(d)}: a visibility flag may be lost.`,
    UNKNOWN_CONFIDENTIALITY_SYSTEM: (d: string) => `A confidentiality code of an unknown code system${q(d)}.`,
    UNSUPPORTED_CONFIDENTIALITY_CODE: (d: string) => `A real confidentiality code the library cannot carry${q(d)}.`,
    MISSING_NORMAL: (_d: string) => `The HL7 confidentiality code N is missing beside the TRE_A07 codes.`,
    MISSING_AUTHOR: (_d: string) => `The entry has no author.`,
    UNREADABLE_AUTHOR: (d: string) => `The author cannot be read as a professional (national id) or as the patient (INS)${q(d)}.`,
    NO_NATIONAL_ID: (d: string) => `The author has an internal id within a structure, not a national id${q(d)}: it cannot be matched with a professional.`,
    UNSUPPORTED_AUTHOR: (d: string) => `The author is a device or a system${q(d)}: the library's documents have no such author, and reading it as a professional would be a guess.`,
    CONFLICTING_AUTHORS: (d: string) => `The entry's authors are not one and the same${q(d)}: which one is the document's author cannot be told.`,
    UNREADABLE_INSTITUTION: (d: string) => `The author's institution is not a national structure id (IDNST)${q(d)}.`,
    UNRESOLVED_REFERENCE: (d: string) => `A reference points at no resource of the input${q(d)}.`,
    MISSING_SUBMISSION_TIME: (d: string) =>
      `No submission time for the entry${q(d)}: the day it was added to the DMP is the submission set's submissionTime (List.date); ask the registry for the submission sets too (GetSubmissionSets or GetAll), or opt into a fallback.`,
    INVALID_TIME: (d: string) => `Not a valid time${q(d)}.`,
    IMPRECISE_TIME: (d: string) => `A time without the hour or without its time zone${q(d)}: the day in Paris cannot be told exactly.`,
    UNKNOWN_STATUS: (d: string) => `An unknown availability status${q(d)}.`,
  },
  skips: {
    DEPRECATED: 'Deprecated: replaced by another document, or an older version of its metadata.',
    DELETED: 'Deleted (unpublished) from the DMP.',
    SIGNATURE_DOCUMENT: "The submission set's signature document, not a document of the record.",
    SUPERSEDED: 'Superseded: replaced by another document, or an older version of its metadata.',
    ENTERED_IN_ERROR: 'Entered in error: withdrawn from the DMP.',
  },
} as const

type Wording = { readonly issues: { readonly [K in keyof typeof EN.issues]: (d: string) => string }; readonly skips: { readonly [K in keyof typeof EN.skips]: string } }

const qf = (d: string): string => (d === '' ? '' : ` (${d})`)

/** @internal */
export const FR: Wording = {
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
