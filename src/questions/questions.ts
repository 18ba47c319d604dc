import type { Questionnaire, ScoreQuestion } from './question.types'

/**
 * The wording of every question: plain words a product manager can answer, a short reason for
 * asking, and a hint per option. Order and branching live in `steps.ts`.
 */
export const QUESTIONS: Questionnaire = {
  problem: {
    title: 'What is wrong with the model’s answers today?',
    help: 'Missing knowledge and unwanted behaviour need different fixes.',
    options: {
      knowledge: { hint: 'Products, docs, policies or prices.' },
      terminology: { hint: 'Medical, legal or in-house words.' },
      tone: { hint: 'Too formal, casual or wordy.' },
      voice: { hint: 'Easy to recognise, hard to describe.' },
      format: { hint: 'A JSON schema or required fields.' },
      latency: { hint: 'A smaller model should do the job.' },
      unwanted: { hint: 'Off-policy or risky claims.' },
      task: { hint: 'A pattern in many examples, not rules.' },
    },
  },
  baseline: {
    title: 'What have you tried and measured so far?',
    help: 'Scored on a set of test questions. Train only once cheaper fixes are shown to fall short.',
    options: {
      none: { hint: 'Tried by hand at most.' },
      prompt: { hint: 'Instructions and examples, scored.' },
      'prompt-rag': { hint: 'Both scored, still short of the target.' },
    },
  },
  corpus: {
    title: 'What reference material should the model draw on?',
    help: 'Retrieval needs documents; a few can go straight into the prompt.',
    options: {
      none: { hint: 'It is about behaviour, not facts.' },
      small: { hint: 'Under ~100k tokens: fits in a prompt.' },
      large: { hint: 'A help centre, a wiki, a catalogue.' },
    },
  },
  freshness: {
    title: 'How often does that information change?',
    help: 'Retrieval sees an edit at once; a tuned model must be retrained.',
    options: {
      static: { hint: 'Reference text that stays put.' },
      occasional: { hint: 'Product or policy updates.' },
      frequent: { hint: 'Prices, stock, news.' },
    },
  },
  citations: {
    title: 'Must answers point to their sources?',
    help: 'Only retrieval can show where an answer came from.',
    options: {
      yes: { hint: 'Users or auditors check them.' },
      no: { hint: 'A correct answer is enough.' },
    },
  },
  reliability: {
    title: 'How reliably must the output follow your rules?',
    help: 'Prompts get most answers right; training helps with the last few percent.',
    options: {
      'best-effort': { hint: 'An odd miss does no harm.' },
      high: { hint: 'About 95 in 100.' },
      strict: { hint: '99 in 100 or better.' },
    },
  },
  depth: {
    title: 'How deep is the change you want?',
    help: 'LoRA, the light fine-tune, handles surface changes but can miss deep ones.',
    options: {
      surface: { hint: 'Style, tone, format, wording.' },
      deep: { hint: 'How it reasons and decides.' },
    },
  },
  volume: {
    title: 'How many queries a day do you expect?',
    help: 'Each query pays for the whole prompt again.',
    options: {
      low: { hint: 'A pilot or internal tool.' },
      medium: { hint: 'A feature in steady use.' },
      high: { hint: 'A high-traffic product.' },
    },
  },
  latency: {
    title: 'Is response time critical?',
    help: 'Retrieval adds a search and a longer prompt.',
    options: {
      relaxed: { hint: 'Chat, drafting, back office.' },
      tight: { hint: 'Autocomplete, voice, real time.' },
    },
  },
  examples: {
    title: 'How many good, labelled examples do you have?',
    help: 'Inputs with ideal outputs. Under 500 is too few to train on.',
    options: {
      none: { hint: 'We would have to collect them.' },
      under500: { hint: 'Enough to test with.' },
      '500to5k': { hint: 'Enough for LoRA.' },
      over5k: { hint: 'Enough for a deep fine-tune.' },
    },
  },
  team: {
    title: 'Who would train and maintain a tuned model?',
    help: 'A fine-tune needs data work, testing and retraining.',
    options: {
      none: { hint: 'No ML time to spare.' },
      some: { hint: 'Can run a training job.' },
      dedicated: { hint: 'Trains and serves models.' },
    },
  },
  hosting: {
    title: 'Where does your model run?',
    help: 'Fine-tuning needs a provider that offers it, or your own servers.',
    options: {
      api: { hint: 'A model we can’t change.' },
      'managed-ft': { hint: 'Upload examples, get a tuned model.' },
      'self-host': { hint: 'Open-weight models.' },
    },
  },
  budget: {
    title: 'What one-time budget is there to build it?',
    help: 'A LoRA run costs $100–1,000; a full fine-tune $5,000–50,000+.',
    options: {
      under1k: { hint: 'A LoRA run or two.' },
      '1kto10k': { hint: 'Several LoRA runs.' },
      '10kto50k': { hint: 'A full fine-tune.' },
      over50k: { hint: 'Several full fine-tunes.' },
    },
  },
  churn: {
    title: 'Will a better base model arrive soon?',
    help: 'It may beat your fine-tune; prompts and retrieval carry over.',
    options: {
      likely: { hint: 'Your provider ships often.' },
      unlikely: { hint: 'A stable or own model.' },
    },
  },
}

/** Asked after `baseline` when something was measured: the gap decides whether training pays. */
export const SCORE_QUESTION: ScoreQuestion = {
  title: 'What did it score, and what do you need?',
  short: 'Scores',
  help: 'On your own evaluation set, in percent. A gap from 95% to 99% is a reason to fine-tune; a target already met is not.',
  fields: {
    measured: { hint: 'Of the setup you measured, e.g. 95.' },
    target: { hint: 'What the product must reach, e.g. 99.' },
  },
}
