// Ways a caller's value can answer reads without being plain data (issue 19): each wrapper reads through to a
// SOURCE object that the test may change afterwards; a fresh decision on a plain copy of the source is the answer
// every wrapped request must get, however often it was decided before.
export type Wrapping = 'plain' | 'prototype' | 'getters' | 'proxy' | 'class' | 'frozen'

export const WRAPPINGS: ReadonlyArray<Wrapping> = ['plain', 'prototype', 'getters', 'proxy', 'class', 'frozen']

type Obj = Record<string, unknown>

const deepFreeze = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !Object.isFrozen(a)) {
    Object.freeze(a)
    for (const v of Object.values(a)) deepFreeze(v)
  }
  return a
}

/** A value reading through to `source` in one way (nested objects wrapped the same way, read at each access). */
export const wrap = (source: unknown, how: Wrapping): unknown => {
  if (typeof source !== 'object' || source === null) return source
  const src = source as Obj
  const inner = (key: string | symbol): unknown => wrap(src[key as string], how)
  switch (how) {
    case 'plain':
      return src
    case 'frozen':
      // Frozen by the caller: a deep copy, deeply frozen (the source is not read again).
      return deepFreeze(structuredClone(src))
    case 'prototype': {
      // A frozen object that inherits every field from the (mutable) source.
      if (Array.isArray(src)) return Object.freeze(Object.assign(Object.create(src) as object, { length: src.length }))
      return Object.freeze(Object.create(src) as object)
    }
    case 'getters': {
      const out: Obj = Array.isArray(src) ? ([] as unknown as Obj) : {}
      for (const key of Object.keys(src)) Object.defineProperty(out, key, { enumerable: true, get: () => inner(key) })
      if (Array.isArray(src)) Object.defineProperty(out, 'length', { value: src.length })
      return Object.freeze(out)
    }
    case 'proxy':
      return new Proxy(Array.isArray(src) ? [] : {}, {
        get: (_t, key) => (key === 'length' && Array.isArray(src) ? src.length : inner(key)),
        has: (_t, key) => key in src,
        ownKeys: () => Reflect.ownKeys(src),
        getOwnPropertyDescriptor: (_t, key) => {
          const d = Reflect.getOwnPropertyDescriptor(src, key)
          return d === undefined ? undefined : { ...d, configurable: true, value: inner(key) }
        },
      })
    case 'class': {
      if (Array.isArray(src)) return wrap(src, 'getters')
      class Facade {}
      for (const key of Object.keys(src)) Object.defineProperty(Facade.prototype, key, { get: () => inner(key) })
      return Object.freeze(new Facade())
    }
  }
}

/** A plain deep copy of what the source holds now (JSON: data only). */
export const snapshot = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A
