import type { ErrorKind, Layout, ParsedExample, Turn } from './data.types'

/**
 * Reads one line of a training file (JSONL) as an example: which layout it is in, its turns, and
 * what is wrong with it. Pure: token counts and file-wide checks (duplicates, a file that mixes
 * layouts, the context limit) are made by `TrainingCheck`.
 *
 * Layouts read:
 * - OpenAI chat: `{ messages: [{ role, content, name?, weight?, tool_calls?, function_call? }],
 *   tools?, functions?, parallel_tool_calls? }`;
 * - prompt–completion pairs: `{ prompt, completion }`;
 * - ShareGPT: `{ conversations: [{ from, value }], system?, tools?, id? }`.
 *
 * @example parseExampleLine('{"prompt":"2+2=","completion":"4"}')
 * // { ok: true, data: { layout: 'prompt-completion', turns: [...], errors: [], ... } }
 */
export function parseExampleLine(
  text: string,
): { ok: true; data: ParsedExample } | { ok: false; kind: ErrorKind; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, kind: 'not-json', reason: jsonError(e) }
  }
  if (!isObject(value)) {
    return { ok: false, kind: 'not-object', reason: `a JSON ${describe(value)}, not an object` }
  }
  const layout = detectLayout(value)
  if (layout === null) {
    const keys = Object.keys(value)
    return {
      ok: false,
      kind: 'unknown-layout',
      reason: keys.length
        ? `keys ${keys.slice(0, 5).map(quote).join(', ')}: no messages, conversations or prompt`
        : 'an empty object',
    }
  }
  return { ok: true, data: READERS[layout](value) }
}

/** Which layout an object is in, from its keys; null when none. */
export function detectLayout(value: Record<string, unknown>): Layout | null {
  if ('messages' in value) return 'chat'
  if ('conversations' in value) return 'sharegpt'
  if ('prompt' in value || 'completion' in value) return 'prompt-completion'
  // Tool definitions without messages: a chat example that lost its messages.
  if ('tools' in value || 'functions' in value) return 'chat'
  return null
}

type Reader = (value: Record<string, unknown>) => ParsedExample

const CHAT_KEYS = new Set(['messages', 'tools', 'functions', 'parallel_tool_calls'])
const MESSAGE_KEYS = new Set([
  'role',
  'content',
  'name',
  'weight',
  'tool_calls',
  'tool_call_id',
  'function_call',
  'refusal',
])
const CHAT_ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function'])

const SHAREGPT_KEYS = new Set(['conversations', 'system', 'tools', 'id'])
const SHAREGPT_TURN_KEYS = new Set(['from', 'value', 'weight'])
/** ShareGPT's speaker names and the chat role each stands for. */
const SHAREGPT_ROLES: Record<string, string> = {
  system: 'system',
  human: 'user',
  user: 'user',
  gpt: 'assistant',
  assistant: 'assistant',
  chatgpt: 'assistant',
  function_call: 'assistant',
  observation: 'tool',
  tool: 'tool',
  function_response: 'tool',
}

const PAIR_KEYS = new Set(['prompt', 'completion'])

const READERS: Record<Layout, Reader> = {
  chat: (value) => {
    const out = start('chat')
    unknownKeys(value, CHAT_KEYS, out, 'the example')
    out.extraText = [value.tools, value.functions]
      .filter((v) => v !== undefined)
      .map((v) => JSON.stringify(v))
      .join('')
    const listed = readTurns(out, value, 'messages', 'message', MESSAGE_KEYS, (message, at) => {
      const role = typeof message.role === 'string' ? message.role : ''
      if (!CHAT_ROLES.has(role)) {
        out.errors.push({
          kind: 'unknown-role',
          detail: role ? `${at}: role ${quote(role)}` : `${at} has no role`,
        })
      }
      const calls = [message.tool_calls, message.function_call].filter(
        (v) => v !== undefined && v !== null,
      )
      const content = contentText(message.content)
      if (content === null && calls.length === 0) {
        out.errors.push({
          kind: 'missing-content',
          detail:
            message.content === undefined || message.content === null
              ? `${at} (${role || 'no role'}) has no content`
              : `${at}: content is a ${describe(message.content)}`,
        })
      }
      const weight = message.weight
      if (weight !== undefined && ((weight !== 0 && weight !== 1) || role !== 'assistant')) {
        out.errors.push({
          kind: 'bad-weight',
          detail: `${at} (${role || 'no role'}): weight ${JSON.stringify(weight)}`,
        })
      }
      out.turns.push({
        role,
        text: (content ?? '') + calls.map((c) => JSON.stringify(c)).join(''),
        trained: role === 'assistant' && weight !== 0,
      })
    })
    if (listed) finishTurns(out)
    return out
  },

  sharegpt: (value) => {
    const out = start('sharegpt')
    unknownKeys(value, SHAREGPT_KEYS, out, 'the example')
    out.extraText = value.tools === undefined ? '' : JSON.stringify(value.tools)
    if (typeof value.system === 'string' && value.system !== '') {
      out.turns.push({ role: 'system', text: value.system, trained: false })
    }
    const listed = readTurns(
      out,
      value,
      'conversations',
      'turn',
      SHAREGPT_TURN_KEYS,
      (turn, at) => {
        const from = typeof turn.from === 'string' ? turn.from : ''
        const role = SHAREGPT_ROLES[from] ?? ''
        if (!role) {
          out.errors.push({
            kind: 'unknown-role',
            detail: from ? `${at}: from ${quote(from)}` : `${at} has no "from"`,
          })
        }
        const text = typeof turn.value === 'string' ? turn.value : null
        if (text === null) {
          out.errors.push({
            kind: 'missing-content',
            detail: `${at} (${from || 'no speaker'}) has no text "value"`,
          })
        }
        out.turns.push({
          role: role || from,
          text: text ?? '',
          trained: role === 'assistant' && turn.weight !== 0,
        })
      },
    )
    if (listed) finishTurns(out)
    return out
  },

  'prompt-completion': (value) => {
    const out = start('prompt-completion')
    unknownKeys(value, PAIR_KEYS, out, 'the example')
    for (const key of ['prompt', 'completion'] as const) {
      if (typeof value[key] !== 'string') {
        out.errors.push({
          kind: 'missing-content',
          detail:
            value[key] === undefined
              ? `no "${key}"`
              : `"${key}" is a ${describe(value[key])}, not text`,
        })
      }
    }
    const prompt = typeof value.prompt === 'string' ? value.prompt : ''
    const completion = typeof value.completion === 'string' ? value.completion : ''
    out.turns.push({ role: 'user', text: prompt, trained: false })
    out.turns.push({ role: 'assistant', text: completion, trained: true })
    return out
  },
}

/**
 * Reads an example's list of turns (`messages` or `conversations`), each with `read`; false, with
 * an error, when the list is missing, empty or not a list. A turn that is not an object is an
 * error, and so is a key a turn does not take.
 */
function readTurns(
  out: ParsedExample,
  value: Record<string, unknown>,
  list: 'messages' | 'conversations',
  turnName: string,
  turnKeys: ReadonlySet<string>,
  read: (turn: Record<string, unknown>, at: string) => void,
): boolean {
  const turns = value[list]
  if (!Array.isArray(turns) || turns.length === 0) {
    out.errors.push({
      kind: 'missing-messages',
      detail:
        turns === undefined
          ? `no "${list}" key`
          : Array.isArray(turns)
            ? `"${list}" is empty`
            : `"${list}" is a ${describe(turns)}, not a list`,
    })
    return false
  }
  turns.forEach((turn: unknown, i) => {
    const at = `${turnName} ${i + 1}`
    if (!isObject(turn)) {
      out.errors.push({ kind: 'missing-content', detail: `${at} is a ${describe(turn)}` })
      return
    }
    unknownKeys(turn, turnKeys, out, at)
    read(turn, at)
  })
  return true
}

function start(layout: Layout): ParsedExample {
  return { layout, turns: [], extraText: '', errors: [], warnings: [] }
}

/** File-independent checks over a chat's turns: an assistant turn, a system message. */
function finishTurns(out: ParsedExample) {
  if (!out.turns.some((t: Turn) => t.role === 'assistant')) {
    out.errors.push({ kind: 'no-assistant', detail: 'no assistant turn to learn from' })
  }
  if (!out.turns.some((t) => t.role === 'system' || t.role === 'developer')) {
    out.warnings.push({ kind: 'no-system', detail: 'no system message' })
  }
}

function unknownKeys(
  value: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  out: ParsedExample,
  where: string,
) {
  const unknown = Object.keys(value).filter((k) => !allowed.has(k))
  if (unknown.length > 0) {
    out.errors.push({
      kind: 'unknown-key',
      detail: `${where}: ${unknown.slice(0, 5).map(quote).join(', ')}`,
    })
  }
}

/** A message's text: a string, or the text parts of a list of parts; null when neither. */
function contentText(content: unknown): string | null {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    let text = ''
    for (const part of content) {
      if (isObject(part) && typeof part.text === 'string') text += part.text
      else if (!isObject(part)) return null
    }
    return text
  }
  return null
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'list'
  return typeof v === 'object' ? 'object' : typeof v
}

const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`

function jsonError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  return message.length > 120 ? `${message.slice(0, 120)}…` : message
}
