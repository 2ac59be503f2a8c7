// The rule ids of the catalogue live in src/decision/ids.ts, below decision/ (which names the rule of every
// reason); re-exported here for the rules.
export { RULE_IDS, compareRuleIds, isRuleId, type RuleId } from '../decision/ids.js'
