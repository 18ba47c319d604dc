import { FIRST_LINES_KEPT, SHORT_ANSWER_TOKENS } from './data.constants'
import type {
  ErrorKind,
  IssueList,
  Layout,
  ParsedExample,
  TrainingReport,
  WarningKind,
} from './data.types'
import { parseExampleLine } from './training.parse'
import { hashText, spread } from './training-stats'

/** Tokens OpenAI's chat format adds around each message, and to prime the answer. */
const TOKENS_PER_MESSAGE = 3
const TOKENS_TO_PRIME = 3

/** Collects the line numbers of one kind of issue: all of them, the first ones with details. */
class Issues {
  lines: number[] = []
  first: { line: number; detail: string }[] = []
  add(line: number, detail: string) {
    this.lines.push(line)
    if (this.first.length < FIRST_LINES_KEPT) this.first.push({ line, detail })
  }
  list(): IssueList {
    return { count: this.lines.length, lines: Int32Array.from(this.lines), first: this.first }
  }
}

function lists<K extends string>(map: Map<K, Issues>): Partial<Record<K, IssueList>> {
  const out: Partial<Record<K, IssueList>> = {}
  for (const [kind, issues] of map) out[kind] = issues.list()
  return out
}

/**
 * Checks a training file one line at a time, so a file of any size is read in one pass with
 * memory for its figures only: each line is read as an example (`parseExampleLine`), its tokens
 * counted with `count` (o200k_base in the app), and the file-wide checks made as it goes (the
 * layout of the first example is the file's; an example that repeats an earlier one is a
 * duplicate). `finish` gives the report.
 * @example
 * const check = new TrainingCheck(countTokens, 'train.jsonl', size)
 * for (const line of text.split('\n')) check.line(line)
 * check.finish().validExamples
 */
export class TrainingCheck {
  private lineNo = 0
  private pendingBlank: number[] = []
  private layout: Layout | null = null
  private layoutCounts: Record<Layout, number> = { chat: 0, 'prompt-completion': 0, sharegpt: 0 }
  private examples = 0
  private validTokens = 0
  private errors = new Map<ErrorKind, Issues>()
  private warnings = new Map<WarningKind, Issues>()
  private seen = new Map<number, number>()
  private exampleLines: number[] = []
  private exampleTokens: number[] = []
  private messageCounts: number[] = []
  private tokenCounts: number[] = []
  private assistantCounts: number[] = []

  constructor(
    private readonly count: (text: string) => number,
    private readonly fileName: string,
    private readonly bytes: number,
  ) {}

  private error(kind: ErrorKind, line: number, detail: string) {
    let issues = this.errors.get(kind)
    if (!issues) this.errors.set(kind, (issues = new Issues()))
    issues.add(line, detail)
  }

  private warning(kind: WarningKind, line: number, detail: string) {
    let issues = this.warnings.get(kind)
    if (!issues) this.warnings.set(kind, (issues = new Issues()))
    issues.add(line, detail)
  }

  /** Reads the next line (without its line break). */
  line(text: string): void {
    const line = ++this.lineNo
    if (text.trim() === '') {
      // A blank line is reported only when a line with content follows it: a file may end on one.
      this.pendingBlank.push(line)
      return
    }
    for (const blank of this.pendingBlank) this.warning('blank-line', blank, 'an empty line')
    this.pendingBlank = []

    const parsed = parseExampleLine(text)
    if (!parsed.ok) {
      this.error(parsed.kind, line, parsed.reason)
      return
    }
    const example = parsed.data
    this.examples++
    this.layoutCounts[example.layout]++
    this.layout ??= example.layout
    let valid = example.errors.length === 0
    if (example.layout !== this.layout) {
      valid = false
      this.error('mixed-layout', line, `${example.layout} in a ${this.layout} file`)
    }
    for (const e of example.errors) this.error(e.kind, line, e.detail)
    for (const w of example.warnings) this.warning(w.kind, line, w.detail)

    const { total, assistant, shortest } = this.tokens(example)
    this.exampleLines.push(line)
    this.exampleTokens.push(total)
    if (shortest !== null && shortest < SHORT_ANSWER_TOKENS) {
      this.warning(
        'short-answer',
        line,
        `an answer of ${shortest} token${shortest === 1 ? '' : 's'}`,
      )
    }
    const hash = hashText(example.layout + JSON.stringify(example.turns) + example.extraText)
    const first = this.seen.get(hash)
    if (first !== undefined) this.warning('duplicate', line, `same as line ${first}`)
    else this.seen.set(hash, line)

    if (valid) {
      this.validTokens += total
      this.messageCounts.push(example.turns.length)
      this.tokenCounts.push(total)
      this.assistantCounts.push(assistant)
    }
  }

  /** An example's tokens, as OpenAI's cookbook counts a chat: 3 a message, its role and text. */
  private tokens(example: ParsedExample) {
    let total = 0
    let assistant = 0
    let shortest: number | null = null
    const chat = example.layout !== 'prompt-completion'
    for (const turn of example.turns) {
      const text = this.count(turn.text)
      total += text + (chat ? TOKENS_PER_MESSAGE + this.count(turn.role) : 0)
      if (turn.trained) {
        assistant += text
        shortest = shortest === null ? text : Math.min(shortest, text)
      }
    }
    if (chat) total += TOKENS_TO_PRIME
    if (example.extraText) total += this.count(example.extraText)
    return { total, assistant, shortest }
  }

  finish(): TrainingReport {
    const messages = spread(this.messageCounts)
    const tokens = spread(this.tokenCounts)
    const assistantTokens = spread(this.assistantCounts)
    return {
      fileName: this.fileName,
      bytes: this.bytes,
      lines: this.lineNo,
      layout: this.layout,
      layoutCounts: this.layoutCounts,
      examples: this.examples,
      validExamples: this.tokenCounts.length,
      validTokens: this.validTokens,
      errors: lists(this.errors),
      warnings: lists(this.warnings),
      exampleLines: Int32Array.from(this.exampleLines),
      exampleTokens: Int32Array.from(this.exampleTokens),
      spreads: messages && tokens && assistantTokens ? { messages, tokens, assistantTokens } : null,
    }
  }
}
