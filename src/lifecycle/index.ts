// Lifecycle of a record: pure functions from a record (or a document) and a date to a new value.
// INVARIANT: none of them mutates its input; none throws on a value of the declared types.
export { onMajority } from './majority.js'
export { mesCreation, OPPOSITION_WINDOW_DAYS, type MesCreation, type MesCreationInput } from './creation.js'
export { isRetained, retainedUntil, RETENTION_YEARS } from './retention.js'
export { onDeath } from './death.js'
export { invisibilityTimeline, NOTIFY_PATIENT_WITHIN_DAYS, type InvisibilityTimeline } from './invisibility.js'
