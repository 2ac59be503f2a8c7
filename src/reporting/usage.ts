// Usage-target follow-up (R-REPORT-1): the DMP's own feeding statistics against the declared figure.

/**
 * The figures to compare.
 *
 * @since 0.1.0
 */
export interface UsageFigures {
  /** The DMP's own feeding statistics (e.g. documents fed over the period). */
  readonly measured: number
  /** The figure the establishment declared for the same period. */
  readonly declared: number
}

/**
 * The result of the comparison.
 *
 * @since 0.1.0
 */
export interface UsageDiscrepancy {
  /** Is the gap above the threshold (or are the figures unusable)? */
  readonly flagged: boolean
  /** |declared − measured| / measured; `Infinity` when only the measured figure is 0; absent when unusable. */
  readonly gap?: number
  /** The figures are not finite non-negative numbers: flagged, since nothing can be confirmed (fail closed). */
  readonly invalid?: true
  readonly rule: 'R-REPORT-1'
}

/**
 * The threshold of R-REPORT-1: a gap strictly above 5 % is flagged.
 *
 * @since 0.1.0
 */
export const USAGE_GAP_THRESHOLD = 0.05

const usable = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0

/**
 * Compares the DMP's feeding statistics with the establishment's declared figure and flags a gap strictly
 * above 5 % of the DMP's figure (exactly 5 % is not flagged). The comparison is exact for whole counts:
 * it tests `20 × |declared − measured| > measured`, with no rounding of a percentage.
 *
 * @example
 * import { usageDiscrepancy } from 'dmp-rules/interop'
 * usageDiscrepancy({ measured: 1000, declared: 1050 }).flagged // false: exactly 5 %
 * usageDiscrepancy({ measured: 1000, declared: 1051 }).flagged // true
 *
 * @see R-REPORT-1
 * @since 0.1.0
 */
export const usageDiscrepancy = (figures: UsageFigures): UsageDiscrepancy => {
  const measured: unknown = typeof figures === 'object' && figures !== null ? figures.measured : undefined
  const declared: unknown = typeof figures === 'object' && figures !== null ? figures.declared : undefined
  if (!usable(measured) || !usable(declared)) return { flagged: true, invalid: true, rule: 'R-REPORT-1' }
  const diff = Math.abs(declared - measured)
  const gap = measured === 0 ? (diff === 0 ? 0 : Infinity) : diff / measured
  return { flagged: 20 * diff > measured, gap, rule: 'R-REPORT-1' }
}
