import type { Questionnaire } from './question.types'

/**
 * The wording of every question: plain words a product manager can answer, a short reason for
 * asking, and a hint per option. Order and branching live in `steps.ts`.
 */
export const QUESTIONS: Questionnaire = {
  problem: {
    title: 'What is wrong with the model’s answers today?',
    short: 'Problem',
    help: 'Pick all that apply. Missing knowledge and unwanted behaviour call for different fixes.',
    options: {
      knowledge: {
        label: 'It doesn’t know our facts',
        hint: 'Products, docs, policies or prices it has never seen.',
      },
      terminology: {
        label: 'It gets our specialist terms wrong',
        hint: 'Medical, legal or in-house vocabulary.',
      },
      tone: { label: 'The tone is off', hint: 'Too formal, too casual, too wordy.' },
      voice: {
        label: 'It doesn’t sound like our brand',
        hint: 'A voice you recognise but can’t easily put into words.',
      },
      format: {
        label: 'It breaks our output format',
        hint: 'A JSON schema, required fields or tags not followed.',
      },
      latency: {
        label: 'It is too slow or too costly per query',
        hint: 'You would rather have a smaller model do the job.',
      },
      unwanted: {
        label: 'It says things we don’t want',
        hint: 'Off-policy, off-brand or risky statements.',
      },
      task: {
        label: 'It can’t do a task we can show by example',
        hint: 'A pattern that lives in many examples, not in rules.',
      },
    },
  },
  baseline: {
    title: 'What have you tried and measured so far?',
    short: 'Tried so far',
    help: 'Measured means scored on a set of test questions. Training only pays off once cheaper fixes are shown to fall short.',
    options: {
      none: { label: 'Nothing measured yet', hint: 'Perhaps tried by hand, but with no test set.' },
      prompt: {
        label: 'Better prompts',
        hint: 'Instructions and examples in the prompt, scored on a test set.',
      },
      'prompt-rag': {
        label: 'Better prompts and retrieval',
        hint: 'Both measured, and still short of the target.',
      },
    },
  },
  corpus: {
    title: 'What reference material should the model draw on?',
    short: 'Reference material',
    help: 'Retrieval needs documents to search; a small set can simply go into the prompt.',
    options: {
      none: { label: 'None', hint: 'The problem is behaviour, not missing information.' },
      small: {
        label: 'A small set',
        hint: 'Fits in one prompt: under ~100k tokens, about 75,000 words.',
      },
      large: {
        label: 'A large collection',
        hint: 'More than a prompt holds: a help centre, a wiki, a catalogue.',
      },
    },
  },
  freshness: {
    title: 'How often does that information change?',
    short: 'Changes',
    help: 'Retrieval picks up an edited document at once; a trained model has to be trained again.',
    options: {
      static: { label: 'Practically never', hint: 'Reference text that stays put.' },
      occasional: { label: 'Every month or so', hint: 'Periodic product or policy updates.' },
      frequent: { label: 'Weekly or faster', hint: 'Prices, stock, news, tickets.' },
    },
  },
  citations: {
    title: 'Must answers point to their sources?',
    short: 'Citations',
    help: 'Only retrieval can show which document an answer came from; trained weights can’t.',
    options: {
      yes: { label: 'Yes', hint: 'Users or auditors check where an answer came from.' },
      no: { label: 'No', hint: 'A correct answer is enough.' },
    },
  },
  reliability: {
    title: 'How reliably must the output follow your rules?',
    short: 'Reliability',
    help: 'Good prompts get most answers right; the last few percent is where training helps.',
    options: {
      'best-effort': {
        label: 'Good enough',
        hint: 'A person reviews it, or an odd miss does no harm.',
      },
      high: { label: 'Nearly always', hint: 'About 95 answers in 100.' },
      strict: {
        label: 'Practically always',
        hint: '99 in 100 or better, e.g. a program reads it.',
      },
    },
  },
  depth: {
    title: 'How deep is the change you want?',
    short: 'Depth',
    help: 'LoRA, the light way to fine-tune, handles surface changes well but can miss deep ones.',
    options: {
      surface: { label: 'On the surface', hint: 'Style, tone, format, wording.' },
      deep: { label: 'Deep', hint: 'How it reasons, decides or behaves across tasks.' },
    },
  },
  volume: {
    title: 'How many queries a day do you expect?',
    short: 'Volume',
    help: 'Every prompt token is paid for on every query, so at scale a shorter prompt pays off.',
    options: {
      low: { label: 'Under 1,000', hint: 'An internal tool or a pilot.' },
      medium: { label: '1,000 to 100,000', hint: 'A product feature in steady use.' },
      high: { label: 'Over 100,000', hint: 'A high-traffic product.' },
    },
  },
  latency: {
    title: 'Is response time critical?',
    short: 'Speed',
    help: 'Retrieval adds a search and a longer prompt to every answer.',
    options: {
      relaxed: { label: 'A little extra time is fine', hint: 'Chat, drafting, back office.' },
      tight: { label: 'Every millisecond counts', hint: 'Autocomplete, voice, real time.' },
    },
  },
  examples: {
    title: 'How many good, labelled examples do you have?',
    short: 'Examples',
    help: 'Pairs of an input and its ideal output. Under 500 is too few to fine-tune well.',
    options: {
      none: { label: 'None', hint: 'We would have to collect them.' },
      under500: { label: 'Fewer than 500', hint: 'Enough to test with, not to train on.' },
      '500to5k': { label: '500 to 5,000', hint: 'Enough for LoRA.' },
      over5k: { label: 'More than 5,000', hint: 'Enough even for a deep fine-tune.' },
    },
  },
  team: {
    title: 'Who would train and maintain a tuned model?',
    short: 'Team',
    help: 'A fine-tune needs data work, evaluation and retraining when the base model changes.',
    options: {
      none: { label: 'No one', hint: 'No machine-learning time to spare.' },
      some: { label: 'Some engineers, part-time', hint: 'Can run and check a training job.' },
      dedicated: { label: 'A dedicated ML team', hint: 'Trains, serves and monitors models.' },
    },
  },
  hosting: {
    title: 'Where does your model run?',
    short: 'Hosting',
    help: 'Fine-tuning needs a provider that offers it, or open-weight models you serve yourself.',
    options: {
      api: { label: 'A hosted API without tuning', hint: 'We call a model we can’t change.' },
      'managed-ft': {
        label: 'A provider that offers fine-tuning',
        hint: 'Upload examples, get a tuned model back.',
      },
      'self-host': { label: 'On our own servers', hint: 'We can serve open-weight models.' },
    },
  },
  budget: {
    title: 'What one-time budget is there to build it?',
    short: 'Budget',
    help: 'A LoRA training run costs about $100–1,000; a full fine-tuning run $5,000–50,000 or more.',
    options: {
      under1k: { label: 'Under $1,000', hint: 'A LoRA run or two at most.' },
      '1kto10k': { label: '$1,000 to $10,000', hint: 'Several LoRA runs, no full fine-tune.' },
      '10kto50k': { label: '$10,000 to $50,000', hint: 'A full fine-tuning run is possible.' },
      over50k: { label: 'Over $50,000', hint: 'Several full runs and the servers for them.' },
    },
  },
  churn: {
    title: 'Will a better base model arrive soon?',
    short: 'New model',
    help: 'A new model may beat your fine-tune and force a retrain; prompts and retrieval carry over.',
    options: {
      likely: { label: 'Likely, within 6 months', hint: 'Your provider ships new models often.' },
      unlikely: { label: 'Unlikely', hint: 'A stable or self-hosted model.' },
    },
  },
}
