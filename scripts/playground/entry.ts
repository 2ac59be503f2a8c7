// The browser bundle of the playground (docs/playground/dmp-rules.js, global `DmpRules`): the library's public
// entries (`dmp-rules`, `dmp-rules/codecs`, `dmp-rules/render`, `dmp-rules/interop`), the default cast of
// `dmp-rules map`, and the examples and rule anchors, embedded at build time by scripts/build-playground.mjs (the
// page works from file://, no fetch). The page never decides itself: every answer it shows comes from these.
export {
  decide,
  accessMap,
  ageAt,
  DEFAULT_MATRIX,
  NO_GRANT_MATRIX,
  ACTIONS,
  DOCUMENT_ACTIONS,
  PROFESSIONS,
  AUTHENTICATIONS,
  ACCESS_MODES,
  THIRD_PARTIES,
  MEDICO_SOCIAL_ROLES,
  PROTECTION_MEASURES,
} from '../../src/index.js'
export { decodeRequest, decodeMatrix } from '../../src/codecs.js'
export { renderAccessMap } from '../../src/render.js'
export { DOCUMENT_TYPES } from '../../src/interop.js'
export { defaultCast } from '../../src/cli/map.js'

declare const __DMP_PLAYGROUND_EXAMPLES__: ReadonlyArray<{ readonly name: string; readonly request: unknown }>
declare const __DMP_PLAYGROUND_ANCHORS__: { readonly [rule: string]: string }

/** The files of examples/*.json, by name, in order. */
export const examples = __DMP_PLAYGROUND_EXAMPLES__
/** The anchor of each rule's section in docs/rules.md, as GitHub writes it. */
export const ruleAnchors = __DMP_PLAYGROUND_ANCHORS__
