import type { Questionnaire, ScoreQuestion } from './question.types'

/**
 * The wording of every question: plain words a product manager can answer, a short reason for
 * asking, and a hint per option. Order and branching live in `steps.ts`.
 */
export const QUESTIONS: Questionnaire = {
  problem: {
    title: 'What is wrong with the model’s answers today?',
    short: 'Problem',
    help: 'Missing knowledge and unwanted behaviour need different fixes.',
    options: {
      knowledge: {
        label: 'It doesn’t know our facts',
        hint: 'Products, docs, policies or prices.',
      },
      terminology: {
        label: 'It gets our specialist terms wrong',
        hint: 'Medical, legal or in-house words.',
      },
      tone: { label: 'The tone is off', hint: 'Too formal, casual or wordy.' },
      voice: {
        label: 'It doesn’t sound like our brand',
        hint: 'Easy to recognise, hard to describe.',
      },
      format: {
        label: 'It breaks our output format',
        hint: 'A JSON schema or required fields.',
      },
      latency: {
        label: 'It is too slow or too costly per query',
        hint: 'A smaller model should do the job.',
      },
      unwanted: {
        label: 'It says things we don’t want',
        hint: 'Off-policy or risky claims.',
      },
      task: {
        label: 'It can’t do a task we can show by example',
        hint: 'A pattern in many examples, not rules.',
      },
    },
  },
  baseline: {
    title: 'What have you tried and measured so far?',
    short: 'Tried so far',
    help: 'Scored on a set of test questions. Train only once cheaper fixes are shown to fall short.',
    options: {
      none: { label: 'Nothing measured yet', hint: 'Tried by hand at most.' },
      prompt: {
        label: 'Better prompts',
        hint: 'Instructions and examples, scored.',
      },
      'prompt-rag': {
        label: 'Better prompts and retrieval',
        hint: 'Both scored, still short of the target.',
      },
    },
  },
  corpus: {
    title: 'What reference material should the model draw on?',
    short: 'Reference material',
    help: 'Retrieval needs documents; a few can go straight into the prompt.',
    options: {
      none: { label: 'None', hint: 'It is about behaviour, not facts.' },
      small: {
        label: 'A small set',
        hint: 'Under ~100k tokens: fits in a prompt.',
      },
      large: {
        label: 'A large collection',
        hint: 'A help centre, a wiki, a catalogue.',
      },
    },
  },
  freshness: {
    title: 'How often does that information change?',
    short: 'Changes',
    help: 'Retrieval sees an edit at once; a tuned model must be retrained.',
    options: {
      static: { label: 'Practically never', hint: 'Reference text that stays put.' },
      occasional: { label: 'Every month or so', hint: 'Product or policy updates.' },
      frequent: { label: 'Weekly or faster', hint: 'Prices, stock, news.' },
    },
  },
  citations: {
    title: 'Must answers point to their sources?',
    short: 'Citations',
    help: 'Only retrieval can show where an answer came from.',
    options: {
      yes: { label: 'Yes', hint: 'Users or auditors check them.' },
      no: { label: 'No', hint: 'A correct answer is enough.' },
    },
  },
  reliability: {
    title: 'How reliably must the output follow your rules?',
    short: 'Reliability',
    help: 'Prompts get most answers right; training helps with the last few percent.',
    options: {
      'best-effort': {
        label: 'Good enough',
        hint: 'An odd miss does no harm.',
      },
      high: { label: 'Nearly always', hint: 'About 95 in 100.' },
      strict: {
        label: 'Practically always',
        hint: '99 in 100 or better.',
      },
    },
  },
  depth: {
    title: 'How deep is the change you want?',
    short: 'Depth',
    help: 'LoRA, the light fine-tune, handles surface changes but can miss deep ones.',
    options: {
      surface: { label: 'On the surface', hint: 'Style, tone, format, wording.' },
      deep: { label: 'Deep', hint: 'How it reasons and decides.' },
    },
  },
  volume: {
    title: 'How many queries a day do you expect?',
    short: 'Volume',
    help: 'Each query pays for the whole prompt again.',
    options: {
      low: { label: 'Under 1,000', hint: 'A pilot or internal tool.' },
      medium: { label: '1,000 to 100,000', hint: 'A feature in steady use.' },
      high: { label: 'Over 100,000', hint: 'A high-traffic product.' },
    },
  },
  latency: {
    title: 'Is response time critical?',
    short: 'Speed',
    help: 'Retrieval adds a search and a longer prompt.',
    options: {
      relaxed: { label: 'A little extra time is fine', hint: 'Chat, drafting, back office.' },
      tight: { label: 'Every millisecond counts', hint: 'Autocomplete, voice, real time.' },
    },
  },
  examples: {
    title: 'How many good, labelled examples do you have?',
    short: 'Examples',
    help: 'Inputs with ideal outputs. Under 500 is too few to train on.',
    options: {
      none: { label: 'None', hint: 'We would have to collect them.' },
      under500: { label: 'Fewer than 500', hint: 'Enough to test with.' },
      '500to5k': { label: '500 to 5,000', hint: 'Enough for LoRA.' },
      over5k: { label: 'More than 5,000', hint: 'Enough for a deep fine-tune.' },
    },
  },
  team: {
    title: 'Who would train and maintain a tuned model?',
    short: 'Team',
    help: 'A fine-tune needs data work, testing and retraining.',
    options: {
      none: { label: 'No one', hint: 'No ML time to spare.' },
      some: { label: 'Some engineers, part-time', hint: 'Can run a training job.' },
      dedicated: { label: 'A dedicated ML team', hint: 'Trains and serves models.' },
    },
  },
  hosting: {
    title: 'Where does your model run?',
    short: 'Hosting',
    help: 'Fine-tuning needs a provider that offers it, or your own servers.',
    options: {
      api: { label: 'A hosted API without tuning', hint: 'A model we can’t change.' },
      'managed-ft': {
        label: 'A provider that offers fine-tuning',
        hint: 'Upload examples, get a tuned model.',
      },
      'self-host': { label: 'On our own servers', hint: 'Open-weight models.' },
    },
  },
  budget: {
    title: 'What one-time budget is there to build it?',
    short: 'Budget',
    help: 'A LoRA run costs $100–1,000; a full fine-tune $5,000–50,000+.',
    options: {
      under1k: { label: 'Under $1,000', hint: 'A LoRA run or two.' },
      '1kto10k': { label: '$1,000 to $10,000', hint: 'Several LoRA runs.' },
      '10kto50k': { label: '$10,000 to $50,000', hint: 'A full fine-tune.' },
      over50k: { label: 'Over $50,000', hint: 'Several full fine-tunes.' },
    },
  },
  churn: {
    title: 'Will a better base model arrive soon?',
    short: 'New model',
    help: 'It may beat your fine-tune; prompts and retrieval carry over.',
    options: {
      likely: { label: 'Likely, within 6 months', hint: 'Your provider ships often.' },
      unlikely: { label: 'Unlikely', hint: 'A stable or own model.' },
    },
  },
}

/** Asked after `baseline` when something was measured: the gap decides whether training pays. */
export const SCORE_QUESTION: ScoreQuestion = {
  title: 'What did it score, and what do you need?',
  short: 'Scores',
  help: 'On your own evaluation set, in percent. A gap from 95% to 99% is a reason to fine-tune; a target already met is not.',
  fields: {
    measured: { label: 'Best score so far (%)', hint: 'Of the setup you measured, e.g. 95.' },
    target: { label: 'Score you need (%)', hint: 'What the product must reach, e.g. 99.' },
  },
}
