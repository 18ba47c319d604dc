/**
 * The decision engine: pure TypeScript, no React, no DOM, no I/O. Importable in Node and the
 * browser. This file is its public surface.
 */
export { APPROACHES, APPROACH_INFO, COMPLEXITY, isFineTuning } from './contract/approaches'
export { at, must, nonEmpty } from './must'
export type { NonEmpty } from './must'
export type { Approach, ApproachId } from './contract/approaches'
export {
  ANSWER_KEYS,
  ANSWER_VALUES,
  PROBLEMS,
  SCORE_KEYS,
  SINGLE_KEYS,
  isAnswerKey,
  isScore,
  isScoreKey,
  isAnswerValue,
  isListKey,
  answerValues,
  normaliseProblems,
} from './contract/answers'
export type {
  AnswerKey,
  AnswerValue,
  Answers,
  ListKey,
  Problem,
  QuestionKey,
  ScoreKey,
  SingleKey,
} from './contract/answers'
export {
  ANSWER_LABELS,
  ASKED_ORDER,
  SCORE_LABELS,
  answerText,
  describeAnswer,
  questionLabel,
  VERDICT_WORDS,
} from './contract/answer-labels'
export {
  canonicalQuery,
  parseAnswers,
  serializeAnswers,
  isAssumptionKey,
  MAX_QUERY_LENGTH,
} from './codec/codec'
export type { Ignored, ParsedAnswers } from './codec/codec'
export { planOf, recommend, VIABLE_FIT, CLOSE_CALL_MARGIN } from './decision/recommend'
export type {
  BudgetCheck,
  Confidence,
  ConfidenceLevel,
  DecisionTrace,
  Feasibility,
  Reason,
  RankedApproach,
  Recommendation,
  Stage,
  Verdict,
} from './decision/recommend'
export { analyseSensitivity, sensitivitySteps } from './decision/sensitivity'
export type { AnswerChange, Sensitivity } from './decision/sensitivity'
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
} from './cost/estimates'
export type { Assumptions, CostEstimate, Estimates, Range } from './cost/estimates'
// The cost model: assumptions as data, their share-link codec, presets, the math, break-even.
export {
  cumulativeCost,
  mid,
  promptCostPerQuery,
  tunedCostPerQuery,
  upkeepMonthly,
} from './cost/estimates'
// The assumptions' table and its accessors, all public.
export * from './cost/cost-assumptions'
export {
  formatAssumptionValue,
  parseAssumptionValue,
  parseAssumptions,
  serializeAssumptions,
} from './codec/assumptions-codec'
export type { ParsedAssumptions } from './codec/assumptions-codec'
export { COST_PRESETS, applyPreset } from './cost/cost-presets'
export type { CostPreset } from './cost/cost-presets'
export { FIGURES, FIGURE_LABELS, showTheMath, volumeSource } from './cost/cost-math'
export type { CostMath, FigureId, FigureMath, MathStep } from './cost/cost-math'
export { compareCosts } from './cost/cost-break-even'
export type { CostComparison, Crossing } from './cost/cost-break-even'
// How numbers are written (without Intl), all public.
export * from './format/cost-format'
export type { NextStep } from './decision/next-steps'
export { RULES, PRIORS, FULL_UPGRADE_REQUIRES, MAX_POINTS_PER_ANSWER } from './decision/rules'
export type { Rule, Condition, RuleSource } from './decision/rules'
export { GATES, BUDGET_LIMIT } from './decision/gates'
export type { Blocker, Gate, GateState } from './decision/gates'
export { FACTS, PROBLEM_KIND, problemKinds } from './decision/conditions'
export type { FactName, ProblemKind } from './decision/conditions'
export { DECISION_MAP, MAP_NODE_IDS, decisionPath, mapChildren, mapNode } from './map/decision-path'
export type { DecisionPath, MapNode, MapNodeId, MapNodeKind, PathStep } from './map/decision-path'
export { changedKeys, diffAnswers } from './contract/answers-diff'
export type { AnswerRow } from './contract/answers-diff'
export { planName, planSentence, priorNote, withoutLead } from './format/plan-sentence'
export * from './format/date-format'
export { atAGlance, pivotOf, GLANCE_REASONS } from './format/at-a-glance'
export type { AtAGlance, Pivot } from './format/at-a-glance'
