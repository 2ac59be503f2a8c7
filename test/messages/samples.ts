// Sample parameters of every decoding issue code, as the decoders pass them. Typed by the issue union: a code
// added to messages/decoding.ts without its sample here fails to compile (and so does a sample of no code).
import { receivedOf, type DecodeIssueCode, type DecodeIssueParams } from '../../src/messages/decoding.js'

export const SAMPLE_DECODE_PARAMS: { readonly [C in DecodeIssueCode]: DecodeIssueParams[C] } = {
  INVALID_TYPE: { expected: 'record', received: receivedOf(42) },
  ACCESSOR: { expected: 'boolean' },
  EMPTY_STRING: { expected: 'id' },
  INVALID_ENUM: { allowed: ['consult', 'feed'], received: receivedOf('consul'), suggestion: 'consult' },
  INVALID_DATE: { received: receivedOf('2023-02-30') },
  MISSING_KEY: { key: 'actor', expected: 'actor' },
  UNKNOWN_KEY: { key: 'explicitConsnet', allowed: ['explicitConsent', 'careTeam'], suggestion: 'explicitConsent' },
  DUPLICATE_DOCUMENT_ID: { id: 'doc-1', firstAt: '/record/documents/0/id' },
  DUPLICATE_REPRESENTATIVE_ID: { id: 'rl-1', firstAt: '/record/legalRepresentatives/0/id' },
  UNLISTED_REPRESENTATIVE: { id: 'rl-9', listed: [] },
  MISSING_DOCUMENT: { action: 'mask' },
  DOCUMENT_NOT_IN_RECORD: { action: 'consult', id: 'doc-9' },
  DOCUMENT_DIFFERS_FROM_RECORD: { recordPath: '/record/documents/0/maskedFromProfessionals', received: receivedOf(true) },
  FED_DOCUMENT_ID_EXISTS: { id: 'doc-1', recordPath: '/record/documents/0/id' },
  FED_DOCUMENT_NOT_ADDED_AT: { at: '2025-03-14', addedOn: '2026-03-14' },
  INDIRECT_WITHOUT_ESTABLISHMENT: {},
  EMANCIPATED_UNDER_16: { age: 13, at: '2025-03-14' },
  PROTECTION_MEASURE_MISSING: {},
  PROTECTION_WITHOUT_PROTECTED_ADULT: {},
  REPRESENTATION_NOT_CARRIED_BY_MEASURE: { measure: 'curatelle', measures: ['tutelle', 'habilitation-familiale', 'mandat-protection-future'] },
  AT_BEFORE_BIRTH: { at: '2010-06-14', birthDate: '2010-06-15' },
  UNREADABLE_INPUT: {},
  TOO_MANY_ISSUES: { more: 123_000 },
}
