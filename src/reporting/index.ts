// Feeding obligations (R-FEED-4), who sends a report (R-FEED-5), usage follow-up (R-REPORT-1).
export type { FeedingContext, FeedingObligation, FeedingRequirement, ReportProduction, SubmissionResponsibility } from './feeding.js'
export { FEEDING_OBLIGATIONS, mustBeFed, responsibleForSubmission } from './feeding.js'
export type { UsageDiscrepancy, UsageFigures } from './usage.js'
export { USAGE_GAP_THRESHOLD, usageDiscrepancy } from './usage.js'
