// Requests whose record, actor, document and matrix the library built (issue 19): the only values the engine
// remembers anything about. The memo's tests decide on these and compare with plain copies.
import { decodeMatrix } from '../src/codecs/index.js'
import { buildActor, buildDocument, buildRecord, type AuthorizationMatrix, type Request } from '../src/index.js'

/** The same request on built copies of its record, actor and document (the record's own copy when it is one of them). */
export const builtRequest = <R extends Request>(r: R): R => {
  const record = buildRecord(structuredClone(r.record))
  const actor = buildActor(structuredClone(r.actor))
  const i = r.document === undefined ? -1 : r.record.documents.indexOf(r.document)
  const document = r.document === undefined ? undefined : i >= 0 ? record.documents[i] : buildDocument(structuredClone(r.document))
  return { ...r, record, actor, ...(document === undefined ? {} : { document }) }
}

/** A matrix decoded, so built (it must decode). */
export const builtMatrix = (matrix: AuthorizationMatrix): AuthorizationMatrix => {
  const decoded = decodeMatrix(structuredClone(matrix))
  if (decoded._tag === 'Left') throw new Error(`builtMatrix: ${JSON.stringify(decoded.left)}`)
  return decoded.right
}
