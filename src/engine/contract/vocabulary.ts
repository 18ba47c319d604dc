import type { AnswerKey, AnswerValue, ScoreKey } from './answers'

/*
 * The one vocabulary: the name of every question and the label of every answer, used by the
 * questionnaire, its sidebar, the result (reasons, "what would change", the answers panel), the
 * map, the comparison, the exports and the printed summary. The questionnaire adds only its
 * questions' wording and hints (`src/questions/questions.ts`). Keys are in the order the
 * questionnaire asks them (`ASKED_ORDER`). This file holds the answers' labels, which the first
 * screen shows; the questions' names are beside it in answer-labels.ts, loaded with the pages
 * that list answers, so the first screen does not carry them.
 */

/** The label of every answer, per question (a missing value fails to compile). */
export const VALUE_LABELS: { readonly [K in AnswerKey]: Record<AnswerValue<K>, string> } = {
  problem: {
    knowledge: 'It doesn’t know our facts',
    terminology: 'It gets our specialist terms wrong',
    tone: 'The tone is off',
    voice: 'It doesn’t sound like our brand',
    format: 'It breaks our output format',
    latency: 'It is too slow or too costly per query',
    unwanted: 'It says things we don’t want',
    task: 'It can’t do a task we can show by example',
  },
  baseline: {
    none: 'Nothing measured yet',
    prompt: 'Better prompts',
    'prompt-rag': 'Better prompts and retrieval',
  },
  corpus: { none: 'None', small: 'A small set', large: 'A large collection' },
  freshness: {
    static: 'Practically never',
    occasional: 'Every month or so',
    frequent: 'Weekly or faster',
  },
  citations: { yes: 'Yes', no: 'No' },
  reliability: {
    'best-effort': 'Good enough',
    high: 'Nearly always',
    strict: 'Practically always',
  },
  depth: { surface: 'On the surface', deep: 'Deep' },
  volume: { low: 'Under 1,000', medium: '1,000 to 100,000', high: 'Over 100,000' },
  latency: { relaxed: 'A little extra time is fine', tight: 'Every millisecond counts' },
  examples: {
    none: 'None',
    under500: 'Fewer than 500',
    '500to5k': '500 to 5,000',
    over5k: 'More than 5,000',
  },
  team: { none: 'No one', some: 'Some engineers, part-time', dedicated: 'A dedicated ML team' },
  hosting: {
    api: 'A hosted API without tuning',
    'managed-ft': 'A provider that offers fine-tuning',
    'self-host': 'On our own servers',
  },
  budget: {
    under1k: 'Under $1,000',
    '1kto10k': '$1,000 to $10,000',
    '10kto50k': '$10,000 to $50,000',
    over50k: 'Over $50,000',
  },
  churn: { likely: 'Likely, within 6 months', unlikely: 'Unlikely' },
}

/** The answer keys in the order the questionnaire asks them (the scores come after `baseline`). */
export const ASKED_ORDER = Object.keys(VALUE_LABELS) as AnswerKey[]

/** Words for the two score answers (numbers, in percent). */
export const SCORE_LABELS: Record<ScoreKey, string> = {
  measured: 'Best score so far',
  target: 'Score needed',
}
