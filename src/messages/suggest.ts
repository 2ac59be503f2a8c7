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

/**
 * The edit distance of two strings: insertions, deletions, substitutions and swaps of two neighbouring characters
 * each count 1 (Damerau-Levenshtein, optimal string alignment). O(|a|·|b|), for short strings (keys, enum values,
 * command names).
 */
export const editDistance = (a: string, b: string): number => {
  const rows: Array<Array<number>> = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    const prev = rows[i - 1] as Array<number>
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as Array<number>)[j - 2] ?? 0) + 1)
      cur.push(d)
    }
    rows.push(cur)
  }
  return (rows[a.length] as Array<number>)[b.length] ?? Math.max(a.length, b.length)
}

/**
 * How many edits a typo of this length may hold and still be recognised: one up to 7 characters, then one more
 * per 4 characters, at most 3. `"parent"` is 2 edits from `"patient"`: another word, not a typo of it.
 */
export const maxEdits = (length: number): number => Math.min(3, Math.max(1, Math.floor(length / 4)))

/**
 * The allowed word closest to a typo, if any: the same word in another case, else the nearest by
 * {@link editDistance} within {@link maxEdits} of what was typed (the first of the closest, in the order given).
 */
export const suggest = (found: string, allowed: ReadonlyArray<string>): string | undefined => {
  if (found.length > 64) return undefined
  const lower = found.toLowerCase()
  const sameCase = allowed.find((a) => a.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  let best: string | undefined
  let bestD = maxEdits(found.length) + 1
  for (const a of allowed) {
    if (Math.abs(a.length - lower.length) >= bestD) continue // the distance is at least the difference in length
    const d = editDistance(lower, a.toLowerCase())
    if (d < bestD) {
      best = a
      bestD = d
    }
  }
  return best
}
