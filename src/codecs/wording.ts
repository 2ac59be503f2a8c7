// What the wording of decoding issues shares across languages: quoting, the "did you mean" suggestion, and the
// descriptions of what a decoder expects (`Expected`). The words themselves are in messages.ts (English) and
// messages-fr.ts (French).

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

/** Strings longer than this (quoted) are cut in descriptions of values. */
export const MAX_SHOWN = 60

/** A plain object: prototype `Object.prototype` or `null`. Reads no property (a getter is never run). */
export const isPlain = (u: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

export const quote = (s: string): string => JSON.stringify(s)

/** `"a", "b", "c"`. */
export const quoteAll = (xs: ReadonlyArray<string>): string => xs.map(quote).join(', ')

// -------------------------------------------------------------------------------------
// suggestions
// -------------------------------------------------------------------------------------

const distance = (a: string, b: string): number => {
  // Levenshtein distance, O(|a|·|b|) on short strings (keys and enum values).
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub))
    }
    prev = cur
  }
  return prev[b.length] ?? Math.max(a.length, b.length)
}

/** The allowed word closest to a typo (same word in another case, or at most 2 edits away), if any. */
export const suggest = (found: string, allowed: ReadonlyArray<string>): string | undefined => {
  if (found.length > 64) return undefined
  const lower = found.toLowerCase()
  const sameCase = allowed.find((a) => a.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  let best: string | undefined
  let bestD = 3
  for (const a of allowed) {
    if (Math.abs(a.length - lower.length) >= bestD) continue // the distance is at least the difference in length
    const d = distance(lower, a.toLowerCase())
    if (d < bestD) {
      best = a
      bestD = d
    }
  }
  return best
}
