// The English wording of the metadata readers' issues and skip reasons (`dmp-rules/xds`, `dmp-rules/fhir`). The key
// sets of `READ_WORDING_EN` are the codes (messages/metadata.ts): fr/metadata.ts must word each, and no other, or
// the build fails. `d` is what was found (the issue's `found`, already quoted when useful; '' when none).

const q = (d: string): string => (d === '' ? '' : ` (${d})`)

/** @internal English wording of the readers' issues (by code, a function of what was found) and skip reasons. */
export const READ_WORDING_EN = {
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
