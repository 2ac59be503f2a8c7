// A tiny seeded PRNG (mulberry32) so that every generated record is the same on every run.
// INVARIANT: no Math.random anywhere in bench/.

/** A deterministic source of numbers in [0, 1). */
export type Rng = () => number

/** mulberry32: 32-bit state, good enough to spread fixtures; not for anything cryptographic. */
export const mulberry32 = (seed: number): Rng => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [lo, hi]. */
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))

/** One element, chosen uniformly. */
export const pick = <A>(rng: Rng, xs: ReadonlyArray<A>): A => {
  const x = xs[Math.floor(rng() * xs.length)]
  if (x === undefined) throw new Error('pick: empty array')
  return x
}

/** One element, chosen by weight. */
export const weighted = <A>(rng: Rng, xs: ReadonlyArray<readonly [A, number]>): A => {
  let total = 0
  for (const [, w] of xs) total += w
  let r = rng() * total
  for (const [x, w] of xs) {
    r -= w
    if (r < 0) return x
  }
  const last = xs[xs.length - 1]
  if (last === undefined) throw new Error('weighted: empty array')
  return last[0]
}
