import { formatNumber } from '../../engine/format/cost-format'
import { CHUNK_BYTES, MAX_FILE_BYTES } from './data.constants'

/** Why a file is not read at all, in words; null when it can be read. */
export function refuseFile(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty (0 bytes).`
  if (file.size > MAX_FILE_BYTES)
    return `${file.name} is ${formatBytes(file.size)}: this page reads files up to ${formatBytes(MAX_FILE_BYTES)}. Split it, or check a sample of it.`
  return null
}

/**
 * Bytes in words, binary units as file managers show them.
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`
  const units = ['KB', 'MB', 'GB', 'TB']
  let v = n / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`
}

/** A file that cannot be read as UTF-8 text. */
export class UnreadableText extends Error {}

/**
 * Reads a file as UTF-8 text, one chunk at a time: `onText` gets each decoded piece, `onProgress`
 * the bytes read so far. Rejects with `UnreadableText` (a sentence for the user) when the file
 * is binary (a NUL character) or not valid UTF-8, saying at about which byte.
 */
export async function readTextChunks(
  file: Blob,
  onText: (text: string) => void,
  onProgress: (bytes: number) => void = () => {},
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let from = 0; from < file.size; from += CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(from, from + CHUNK_BYTES).arrayBuffer())
    let text: string
    try {
      text = decoder.decode(bytes, { stream: from + CHUNK_BYTES < file.size })
    } catch {
      throw new UnreadableText(
        `It is not UTF-8 text: the bytes near byte ${formatNumber(from + firstBadByte(bytes))} are not valid UTF-8. Save it as UTF-8 and choose it again.`,
      )
    }
    if (text.includes('\0')) {
      throw new UnreadableText(
        'It is a binary file, not text: it holds NUL bytes. Choose a text file (JSONL for training examples).',
      )
    }
    onText(text)
    onProgress(Math.min(file.size, from + CHUNK_BYTES))
  }
  const rest = decoder.decode()
  if (rest) onText(rest)
}

/** Where in a chunk UTF-8 decoding first fails (0 when it cannot tell). */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 0
  let hi = bytes.length
  // Bisect on the longest prefix that still decodes (allowing a cut character at its end).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid
    }
  }
  return lo
}

/**
 * Splits text that arrives in pieces into lines (LF or CRLF), however long a line is: a piece
 * with no line break is kept aside, not copied again with every piece that follows.
 * @example
 * const lines: string[] = []
 * const split = lineSplitter((l) => lines.push(l))
 * split.push('a\nb'); split.push('c\n'); split.end() // lines: ['a', 'bc']
 */
export function lineSplitter(onLine: (line: string) => void) {
  let parts: string[] = []
  const emit = (line: string) => onLine(line.endsWith('\r') ? line.slice(0, -1) : line)
  return {
    push(text: string) {
      let from = 0
      let at = text.indexOf('\n')
      while (at >= 0) {
        const piece = text.slice(from, at)
        if (parts.length) {
          parts.push(piece)
          emit(parts.join(''))
          parts = []
        } else emit(piece)
        from = at + 1
        at = text.indexOf('\n', from)
      }
      if (from < text.length) parts.push(text.slice(from))
    },
    end() {
      if (parts.length) emit(parts.join(''))
      parts = []
    },
  }
}
