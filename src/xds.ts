// dmp-rules/xds — reads the DMP's IHE XDS.b registry responses (ebRIM XML) into the library's documents.
// A separate entry, with the XML parser (fast-xml-parser) as its own dependency: the core never loads it.
export type { XdsReadOptions } from './xds/read.js'
export { readXdsDocumentEntries } from './xds/read.js'
export type { ReadIssue, ReadIssueCode, ReadIssues, ReadResult, RejectedEntry, SkipCode, SkippedEntry, SkipReason } from './metadata/issues.js'
