/**
 * The decision engine: pure TypeScript, no React, no DOM, no I/O. Importable in Node and the
 * browser. This file is its public surface.
 */
export { APPROACHES, APPROACH_INFO, COMPLEXITY, isFineTuning } from './approaches'
export type { Approach, ApproachId } from './approaches'
export {
  ANSWER_KEYS,
  ANSWER_VALUES,
  PROBLEMS,
  SINGLE_KEYS,
  isAnswerKey,
  isAnswerValue,
  isListKey,
  answerValues,
  normaliseProblems,
} from './answers'
export type { AnswerKey, AnswerValue, Answers, ListKey, Problem, SingleKey } from './answers'
export { ANSWER_LABELS, describeAnswer } from './answer-labels'
export { parseAnswers, serializeAnswers, isAssumptionKey, MAX_QUERY_LENGTH } from './codec'
export type { Ignored, ParsedAnswers } from './codec'
export { recommend, NOT_ADVISED_BELOW } from './recommend'
export type { Reason, RankedApproach, Recommendation, Verdict } from './recommend'
export { analyseSensitivity } from './sensitivity'
export type { AnswerChange, Sensitivity } from './sensitivity'
export {
  DEFAULT_ASSUMPTIONS,
  VOLUME_QUERIES_PER_DAY,
  estimate,
  fullRunCost,
  loraRunCost,
  ragCostPer1kQueries,
  queriesPerDay,
  servingMonthly,
  tokenCostPerQuery,
  range,
} from './estimates'
export type { Assumptions, CostEstimate, Estimates, Range } from './estimates'
// The cost model: assumptions as data, their share-link codec, presets, the math, break-even.
export {
  cumulativeCost,
  mid,
  promptCostPerQuery,
  tunedCostPerQuery,
  upkeepMonthly,
} from './estimates'
export {
  ASSUMPTION_FIELDS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_ORDER,
  SOURCE_LABELS,
  changedAssumptions,
  checkValue,
  fieldsInGroup,
  getAssumption,
  sameValue,
  setAssumption,
} from './cost-assumptions'
export type {
  AssumptionField,
  AssumptionGroup,
  AssumptionId,
  AssumptionValue,
  SourceKind,
} from './cost-assumptions'
export {
  formatAssumptionValue,
  parseAssumptionValue,
  parseAssumptions,
  serializeAssumptions,
} from './assumptions-codec'
export type { ParsedAssumptions } from './assumptions-codec'
export { COST_PRESETS, applyPreset } from './cost-presets'
export type { CostPreset } from './cost-presets'
export { FIGURES, FIGURE_LABELS, showTheMath, volumeSource } from './cost-math'
export type { CostMath, FigureId, FigureMath, MathStep } from './cost-math'
export {
  NAME_IN_SENTENCE,
  breakEvenMonth,
  breakEvenVolume,
  compareCosts,
  costCurves,
  describeCrossing,
  describeVolumeBreakEven,
  findCrossings,
} from './cost-break-even'
export type { CostComparison, CostPoint, Crossing, VolumeBreakEven } from './cost-break-even'
export {
  formatQuantity,
  formatQuantityRange,
  formatUsd,
  formatUsdRange,
  formatUsdShort,
} from './cost-format'
export type { NextStep } from './next-steps'
export { RULES, PRIORS, COMPLEMENTS, FULL_UPGRADE_REQUIRES } from './rules'
export type { Rule, Condition, Complement, RuleSource } from './rules'
export { DECISION_MAP, MAP_NODE_IDS, decisionPath, mapChildren, mapNode } from './decision-path'
export type { DecisionPath, MapNode, MapNodeId, MapNodeKind, PathStep } from './decision-path'
export { changedKeys, diffAnswers } from './answers-diff'
export type { AnswerRow } from './answers-diff'
export { planName, planSentence, priorNote } from './plan-sentence'
