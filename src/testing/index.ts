// dmp-rules/testing — fast-check arbitraries of every domain type, for property tests (ours and users').
//
// Design: every arbitrary is built from `fc.record` / `fc.constantFrom` / `fc.oneof` and `map` (no filter, no
// chain), so that it shrinks well. Identifiers come from small shared pools so that the actor of a request is
// often an author, a treating doctor, blocked or authorised; dates are built as shifts from an anchor (the
// request's `at`) clustered on the boundaries the rules care about (18th birthday, block from/until, refusal +
// 1 year, feeding + 1 month), so that both sides of each boundary are reached.
// INVARIANT: every generated value is of its declared type under `exactOptionalPropertyTypes` (an absent
// optional key is omitted, never `undefined`), and every generated `Request` is valid (it decodes with
// `decodeRequest` of `dmp-rules/codecs`).
//
// One file per area, each importing only from the ones below it: pools and dates ← actors, documents ← record ←
// request ← tampered, post-mortem; matrix (actors), frozen (alone). This file only re-exports the public names.
export { SAMPLE_IDS } from './pools.js'
export { arbIsoDate, type IsoDateConstraints } from './dates.js'
export { arbActor, arbAuthentication, arbProfession, arbProfessionalActor } from './actors.js'
export { arbDocument, arbDocumentAuthor } from './documents.js'
export { arbMesStatus, arbRecord, type MesStatusConstraints, type RecordConstraints } from './record.js'
export { arbRequest, type RequestConstraints } from './request.js'
export { arbPostMortemRequest } from './post-mortem.js'
export { arbMatrix } from './matrix.js'
export { arbDeepFrozen, deepFreeze } from './frozen.js'
export { ALTERATIONS, arbTamperedRequest, type Alteration, type TamperedRequest } from './tampered.js'
