// A JSON-pointer (RFC 6901) resolver and immutable editor, for the codec tests. Independent of src/codecs.

/** The segments of a pointer: '' → [], '/a~1b/0' → ['a/b', '0']. */
export const segmentsOf = (pointer: string): ReadonlyArray<string> => {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`)
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

const hasOwn = (o: unknown, key: string): boolean =>
  typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, key)

const child = (o: unknown, key: string): unknown => Object.getOwnPropertyDescriptor(o as object, key)?.value

/** Where a pointer leads: `found` (with the value), `missing-key` (the parent exists, the last key does not), or `nowhere`. */
export type Resolution =
  | { readonly tag: 'found'; readonly value: unknown }
  | { readonly tag: 'missing-key'; readonly parent: unknown }
  | { readonly tag: 'nowhere' }

export const resolve = (root: unknown, pointer: string): Resolution => {
  const segs = segmentsOf(pointer)
  let cur: unknown = root
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as string
    if (typeof cur !== 'object' || cur === null) return { tag: 'nowhere' }
    if (Array.isArray(cur) && !/^(0|[1-9]\d*)$/.test(s)) return { tag: 'nowhere' }
    if (!hasOwn(cur, s)) return i === segs.length - 1 ? { tag: 'missing-key', parent: cur } : { tag: 'nowhere' }
    cur = child(cur, s)
  }
  return { tag: 'found', value: cur }
}

/** A copy of `root` with the value at `pointer` replaced (or removed when `value` is `REMOVE`). */
export const REMOVE: unique symbol = Symbol('remove')

export const setAt = (root: unknown, pointer: string, value: unknown): unknown => {
  const go = (cur: unknown, segs: ReadonlyArray<string>): unknown => {
    const [head, ...rest] = segs
    if (head === undefined) return value
    if (Array.isArray(cur)) {
      const copy: Array<unknown> = [...cur]
      const i = Number(head)
      if (rest.length === 0 && value === REMOVE) copy.splice(i, 1)
      else copy[i] = go(cur[i], rest)
      return copy
    }
    const obj = (typeof cur === 'object' && cur !== null ? cur : {}) as Record<string, unknown>
    const copy: Record<string, unknown> = { ...obj }
    if (rest.length === 0 && value === REMOVE) delete copy[head]
    else Object.defineProperty(copy, head, { value: go(obj[head], rest), enumerable: true, writable: true, configurable: true })
    return copy
  }
  return go(root, segmentsOf(pointer))
}

/** Every pointer to a value inside `root` (the root included), depth first. */
export const pointersOf = (root: unknown): ReadonlyArray<string> => {
  const out: Array<string> = []
  const esc = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1')
  const walk = (v: unknown, p: string): void => {
    out.push(p)
    if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) walk(child(v, k), `${p}/${esc(k)}`)
  }
  walk(root, '')
  return out
}
