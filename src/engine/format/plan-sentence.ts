import { APPROACH_INFO, type ApproachId } from '../contract/approaches'
import type { Answers, Problem } from '../contract/answers'
import { at } from '../must'

/** What fixing each problem is "for", in a few words that read after "for". */
const PURPOSE: Record<Problem, string> = {
  knowledge: 'the facts',
  terminology: 'the domain terms',
  tone: 'the tone',
  voice: 'the voice',
  format: 'the output format',
  latency: 'speed and cost per query',
  unwanted: 'the policies',
  task: 'the task',
}

/** Which problems each approach is in the plan to fix; knowledge goes to retrieval, behaviour to training. */
const FIXES: Record<ApproachId, readonly Problem[]> = {
  prompt: ['tone', 'format', 'unwanted', 'knowledge', 'terminology', 'voice', 'task', 'latency'],
  rag: ['knowledge', 'terminology'],
  lora: ['voice', 'tone', 'format', 'task', 'latency', 'unwanted'],
  full: ['task', 'voice', 'tone', 'format', 'latency', 'unwanted'],
}

/** How each approach reads as the first action of the plan, and as an addition to it. */
const ACTION: Record<ApproachId, { lead: string; add: string }> = {
  prompt: { lead: 'Improve the prompt', add: 'sharpen the prompt' },
  rag: { lead: 'Build retrieval (RAG) over your documents', add: 'add RAG' },
  lora: { lead: 'Fine-tune a LoRA adapter', add: 'add a LoRA adapter' },
  full: { lead: 'Fully fine-tune the model', add: 'add a full fine-tune' },
}

/** "a, b and c" */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${at(items, -1)}`
}

function purpose(id: ApproachId, problems: readonly Problem[], taken: Set<Problem>): string {
  const mine = FIXES[id].filter((p) => problems.includes(p) && !taken.has(p))
  for (const p of mine) taken.add(p)
  return mine.length > 0 ? ` for ${list(mine.map((p) => PURPOSE[p]))}` : ''
}

/**
 * The plan in one sentence a manager can repeat, built from the stack and the problems named.
 * The primary leads; each addition says what it is there for.
 * @example planSentence(['lora', 'rag'], { problem: ['voice', 'knowledge'] })
 * // 'Fine-tune a LoRA adapter for the voice and add RAG for the facts.'
 */
export function planSentence(stack: readonly ApproachId[], answers: Answers): string {
  const problems = answers.problem ?? []
  const taken = new Set<Problem>()
  // Each problem is claimed once, by the first approach in the plan meant to fix it; the
  // primary claims last so that an addition keeps what it was added for (RAG keeps the facts).
  const claims = new Map<ApproachId, string>()
  for (const id of [...stack.slice(1), ...stack.slice(0, 1)]) {
    claims.set(id, purpose(id, problems, taken))
  }
  const [primary, ...rest] = stack
  if (primary === undefined) return ''
  // Retrieval for a task pattern alone fetches worked examples, not documents (dynamic few-shot).
  const examplesOnly =
    primary === 'rag' &&
    problems.includes('task') &&
    (answers.corpus === 'none' || !problems.some((p) => p === 'knowledge' || p === 'terminology'))
  let sentence = examplesOnly
    ? `Retrieve your most similar worked examples into each prompt (RAG over examples) for ${PURPOSE.task}`
    : `${ACTION[primary].lead}${claims.get(primary) ?? ''}`
  if (primary === 'prompt' && rest.length === 0) {
    sentence += ': clear instructions and worked examples, no training and no retrieval'
  }
  if (primary === 'full') sentence += ', once a LoRA adapter has shown where it falls short'
  const additions = rest.map((id) => `${ACTION[id].add}${claims.get(id) ?? ''}`)
  if (additions.length > 0) sentence += ` and ${list(additions)}`
  return `${sentence}.`
}

/** "LoRA fine-tuning + Retrieval-augmented generation" */
export function planName(stack: readonly ApproachId[], form: 'name' | 'short' = 'name'): string {
  return stack.map((id) => APPROACH_INFO[id][form]).join(' + ')
}

/** Where the approach started before any answer, in words (the 80/15/5 rule of thumb). */
export function priorNote(item: { approach: ApproachId; prior: number }): string {
  const why: Record<ApproachId, string> = {
    prompt: 'most teams are served by prompting and retrieval',
    rag: 'most teams are served by prompting and retrieval',
    lora: 'some teams genuinely need fine-tuning, and LoRA is usually enough',
    full: 'few teams need full fine-tuning',
  }
  return `Started at ${item.prior} before your answers: ${why[item.approach]} (the 80/15/5 rule of thumb).`
}

/**
 * A line that opens with its own label ("Now: …", "A clear lead: …") without it, for where the
 * page shows the label apart: as the rest of a line (`form: 'clause'`, after a dash) or as a
 * sentence of its own (after a heading or the label set in bold).
 * @example withoutLead('Now: start here.', 'sentence') // 'Start here.'
 */
export function withoutLead(text: string, form: 'clause' | 'sentence'): string {
  const rest = text.replace(/^[^:]*: /, '')
  return form === 'sentence' ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest
}
