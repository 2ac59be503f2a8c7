// dmp-rules/fhir — reads the DMP's FHIR R4 DocumentReferences (ANS PDSm) into the library's documents.
// A separate entry: the core never loads it.
export type { FhirReadOptions } from './fhir/read.js'
export { FHIR_TYPE_SYSTEMS, readDocumentReferences } from './fhir/read.js'
export type { ReadIssue, ReadIssueCode, ReadIssues, ReadResult, RejectedEntry, SkipCode, SkippedEntry, SkipReason } from './metadata/issues.js'
