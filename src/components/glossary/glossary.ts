/** A term the app uses and explains once, in the glossary. */
export interface GlossaryEntry {
  /** The anchor in the glossary (`#/guide/glossary?term=<id>`). */
  id: string
  term: string
  /**
   * The forms the term takes in running text. A form written in lower case matches any case
   * (a sentence may start with it); one with capitals (LoRA, RAG) matches only as written.
   */
  forms: readonly string[]
  /** Two or three sentences, in the app's own words. */
  definition: string
}

/**
 * The words a reader may not know, in reading order (what the app does, then how training
 * works, then how it is measured and priced). Longer forms come first where one contains another
 * ("full fine-tuning" before "fine-tuning").
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'prompt-engineering',
    term: 'Prompt engineering',
    forms: ['prompt engineering', 'few-shot'],
    definition:
      'Getting better answers by changing what you send the model: clear instructions, the output format spelled out, a few worked examples ("few-shot"). The model itself is not changed, so a fix ships the moment you save it.',
  },
  {
    id: 'rag',
    term: 'RAG (retrieval-augmented generation)',
    forms: ['retrieval-augmented generation', 'RAG', 'retrieval'],
    definition:
      'Before the model answers, a search finds the passages of your own documents that matter and puts them in the prompt. The model answers from what it was just shown, so an edited document counts at once and the answer can cite its source.',
  },
  {
    id: 'embedding',
    term: 'Embedding',
    forms: ['embeddings', 'embedding'],
    definition:
      'A list of numbers that stands for the meaning of a piece of text, so that texts about the same thing get similar numbers. RAG stores one per passage in a vector index and finds the passages nearest to the question.',
  },
  {
    id: 'context-window',
    term: 'Context window',
    forms: ['context window', 'fits in a prompt'],
    definition:
      'How much text a model can read in one request: instructions, retrieved passages and the conversation together, counted in tokens. A small enough set of documents (under about 100,000 tokens) can simply go into every prompt.',
  },
  {
    id: 'full-fine-tuning',
    term: 'Full fine-tuning',
    forms: ['full fine-tuning', 'full fine-tunes', 'full fine-tune', 'deep fine-tune'],
    definition:
      'Training every weight of the model on your examples. It can change the deepest behaviour, but it needs thousands of examples, GPUs, a team that can run training, and a new run whenever the base model changes: $5,000 to $50,000 and more a run.',
  },
  {
    id: 'fine-tuning',
    term: 'Fine-tuning',
    forms: ['fine-tuning', 'fine-tuned', 'fine-tunes', 'fine-tune', 'tuned model'],
    definition:
      'Further training of a model on your own examples, so that it behaves differently from then on: a style, a format, a task pattern. It changes how the model answers more reliably than what it knows; facts that change belong in RAG.',
  },
  {
    id: 'lora',
    term: 'LoRA (low-rank adaptation)',
    forms: ['LoRA', 'LoRAs'],
    definition:
      'A light way to fine-tune: the base model stays frozen and small trainable adapter matrices are added to it, so a run costs about $100 to $1,000 and produces a file of 10 to 100 MB. Several adapters can share one base model, but each needs that model to run.',
  },
  {
    id: 'adapter',
    term: 'Adapter',
    forms: ['adapters', 'adapter'],
    definition:
      'The small file a LoRA run produces. It is applied on top of the base model it was trained on, and cannot be used without it.',
  },
  {
    id: 'base-model',
    term: 'Base model',
    forms: ['base models', 'base model'],
    definition:
      'The general model you start from, as its provider ships it. A fine-tune is tied to it: when a better base model comes out, or the old one is retired, the tuning has to be done again, while prompts and retrieval carry over.',
  },
  {
    id: 'training-examples',
    term: 'Training examples',
    forms: ['training examples', 'training example', 'training file'],
    definition:
      'Pairs of an input and the answer you want, usually a JSONL file, one example a line. Under about 500 is too few to fine-tune well; LoRA works from a few hundred to a few thousand; a full fine-tune wants thousands.',
  },
  {
    id: 'epoch',
    term: 'Epoch',
    forms: ['epochs', 'epoch'],
    definition:
      'One pass of training over every example. A run is usually a few epochs, and the training cost grows with them: tokens in the training file times the number of epochs.',
  },
  {
    id: 'token',
    term: 'Token',
    forms: ['tokens', 'token'],
    definition:
      'The unit a model reads and writes, and bills by: a word or a piece of one, about four characters of English text. Prices are quoted per million tokens, in and out separately.',
  },
  {
    id: 'evaluation-set',
    term: 'Evaluation set',
    forms: ['evaluation sets', 'evaluation set', 'evaluation data'],
    definition:
      'A fixed set of real inputs with the answers you count as right, scored the same way after every change. It is how you know whether prompting falls short of your target, and whether a fine-tune helped at all.',
  },
  {
    id: 'hallucination',
    term: 'Hallucination',
    forms: ['hallucinations', 'hallucination', 'hallucinates', 'hallucinate'],
    definition:
      'A confident answer that is not true. Retrieval with citations makes it visible and rarer; training on facts does not reliably stop it.',
  },
]

/** A piece of running text: plain, or a glossary term (`id`) as it was written. */
export type TextPart = { text: string; term?: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every form of every term, the longest first, so "full fine-tuning" wins over "fine-tuning". */
const FORMS = GLOSSARY.flatMap((entry) =>
  entry.forms.map((form) => ({ form, entry, sensitive: form !== form.toLowerCase() })),
).sort((a, b) => b.form.length - a.form.length)

const PATTERN = new RegExp(
  `(?<![\\w-])(${FORMS.map(({ form }) => escape(form)).join('|')})(?![\\w-])`,
  'gi',
)

/** The entry a matched form belongs to, or none (a case-sensitive term written otherwise). */
function entryOf(match: string): GlossaryEntry | undefined {
  return FORMS.find(({ form, sensitive }) =>
    sensitive ? form === match : form.toLowerCase() === match.toLowerCase(),
  )?.entry
}

/**
 * Splits text into plain parts and glossary terms, each term marked once: its first
 * occurrence, unless `seen` says it was marked earlier on the same page part.
 * @example termParts('LoRA needs a base model') // [{text:'LoRA',term:'lora'}, {text:' needs a '}, {text:'base model',term:'base-model'}]
 */
export function termParts(text: string, seen: ReadonlySet<string> = new Set()): TextPart[] {
  const parts: TextPart[] = []
  const marked = new Set(seen)
  let at = 0
  for (const match of text.matchAll(PATTERN)) {
    const entry = entryOf(match[0])
    if (!entry || marked.has(entry.id)) continue
    marked.add(entry.id)
    if (match.index > at) parts.push({ text: text.slice(at, match.index) })
    parts.push({ text: match[0], term: entry.id })
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}

/** The glossary's entry for an id, if there is one. */
export const glossaryEntry = (id: string | null | undefined) =>
  GLOSSARY.find((entry) => entry.id === id)

/**
 * For texts read one after another (a page's paragraphs), the terms each may not mark again
 * because an earlier one did: a term is linked once on the page, where it first appears.
 */
export function seenBefore(texts: readonly string[]): ReadonlySet<string>[] {
  const seen = new Set<string>()
  return texts.map((text) => {
    const before = new Set(seen)
    for (const part of termParts(text, before)) if (part.term) seen.add(part.term)
    return before
  })
}
