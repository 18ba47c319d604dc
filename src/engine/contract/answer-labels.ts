import {
  answerValues,
  type AnswerKey,
  type AnswerValue,
  type Answers,
  type QuestionKey,
  type ScoreKey,
} from './answers'

/** Words for every key and value, used in reasons, "what would change" and exports. */
export const ANSWER_LABELS: {
  [K in AnswerKey]: { label: string; values: Record<AnswerValue<K>, string> }
} = {
  problem: {
    label: 'What is wrong today',
    values: {
      knowledge: 'missing facts about our products or docs',
      terminology: 'specialised domain terms',
      tone: 'the wrong tone',
      voice: 'a brand voice hard to put into words',
      format: 'output format or schema not followed',
      latency: 'too slow or too costly per query',
      unwanted: 'says things we don’t want',
      task: 'a task pattern to learn from many examples',
    },
  },
  freshness: {
    label: 'How often the information changes',
    values: { static: 'never', occasional: 'monthly or so', frequent: 'weekly or faster' },
  },
  citations: {
    label: 'Answers must cite sources',
    values: { yes: 'yes', no: 'no' },
  },
  corpus: {
    label: 'Knowledge to supply',
    values: {
      none: 'none',
      small: 'fits in the prompt (under ~100k tokens)',
      large: 'larger than the prompt can hold',
    },
  },
  examples: {
    label: 'Labelled examples',
    values: {
      none: 'none',
      under500: 'under 500',
      '500to5k': '500 to 5,000',
      over5k: 'over 5,000',
    },
  },
  baseline: {
    label: 'Measured so far',
    values: {
      none: 'nothing yet',
      prompt: 'prompt engineering',
      'prompt-rag': 'prompt engineering and RAG, still short',
    },
  },
  reliability: {
    label: 'Output must conform',
    values: {
      'best-effort': 'good enough',
      high: 'about 95% of the time',
      strict: '99%+ of the time',
    },
  },
  volume: {
    label: 'Queries a day',
    values: { low: 'under 1k', medium: '1k to 100k', high: 'over 100k' },
  },
  latency: {
    label: 'Latency',
    values: { relaxed: 'extra retrieval time is fine', tight: 'every millisecond counts' },
  },
  team: {
    label: 'Team to train and maintain a model',
    values: { none: 'none', some: 'some capacity', dedicated: 'a dedicated ML team' },
  },
  budget: {
    label: 'One-time budget',
    values: {
      under1k: 'under $1k',
      '1kto10k': '$1k to $10k',
      '10kto50k': '$10k to $50k',
      over50k: 'over $50k',
    },
  },
  hosting: {
    label: 'Hosting',
    values: {
      api: 'a hosted API without tuning',
      'managed-ft': 'a provider that offers fine-tuning',
      'self-host': 'we can serve open-weight models',
    },
  },
  churn: {
    label: 'Better base model within ~6 months',
    values: { likely: 'likely', unlikely: 'unlikely' },
  },
  depth: {
    label: 'Depth of the change',
    values: { surface: 'surface (style, format)', deep: 'deep (how it reasons and behaves)' },
  },
}

/** "Labelled examples: under 500", or the key's label alone when unknown. */
export function describeAnswer<K extends AnswerKey>(key: K, values: readonly string[]): string {
  const entry = ANSWER_LABELS[key]
  const labels = values.map((v) => (entry.values as Record<string, string>)[v] ?? v)
  return labels.length === 0 ? `${entry.label}: unknown` : `${entry.label}: ${labels.join(', ')}`
}

/** Words for the two score answers (numbers, in percent). */
export const SCORE_LABELS: Record<ScoreKey, string> = {
  measured: 'Best score measured so far',
  target: 'Score the product needs',
}

/** The label of any question, choice or score. */
export function questionLabel(key: QuestionKey): string {
  return key === 'measured' || key === 'target' ? SCORE_LABELS[key] : ANSWER_LABELS[key].label
}

/** The answer to any question in words ("under 500", "95%"), or 'unknown'. */
export function answerText(answers: Answers, key: QuestionKey): string {
  if (key === 'measured' || key === 'target') {
    const n = answers[key]
    return n === undefined ? 'unknown' : `${n}%`
  }
  const labels = ANSWER_LABELS[key].values as Record<string, string>
  const values = answerValues(answers, key)
  return values.length === 0 ? 'unknown' : values.map((v) => labels[v] ?? v).join(', ')
}
