import { describe, expect, it } from 'vitest'
import { formatBytes, lineSplitter, readTextChunks, refuseFile, UnreadableText } from './file-read'

describe('lineSplitter', () => {
  it.each([
    [
      ['a\nb', 'c\n'],
      ['a', 'bc'],
    ],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['x', 'y', 'z'], ['xyz']],
    [['\n\n'], ['', '']],
  ])('%j → %j', (pieces, expected) => {
    const lines: string[] = []
    const split = lineSplitter((l) => lines.push(l))
    for (const p of pieces) split.push(p)
    split.end()
    expect(lines).toEqual(expected)
  })

  it('joins a 10 MB line that arrives in 1 MB pieces', () => {
    const lines: string[] = []
    const split = lineSplitter((l) => lines.push(l))
    const piece = 'x'.repeat(1024 * 1024)
    for (let i = 0; i < 10; i++) split.push(piece)
    split.push('\nnext')
    split.end()
    expect(lines.map((l) => l.length)).toEqual([10 * 1024 * 1024, 4])
  })
})

describe('refuseFile', () => {
  it.each([
    [{ name: 'a.jsonl', size: 0 }, 'a.jsonl is empty (0 bytes).'],
    [
      { name: 'big.jsonl', size: 200 * 1024 * 1024 },
      'big.jsonl is 200 MB: this page reads files up to 100 MB. Split it, or check a sample of it.',
    ],
    [{ name: 'ok.jsonl', size: 10 }, null],
  ])('%j', (file, reason) => {
    expect(refuseFile(file)).toBe(reason)
  })

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB')
  })
})

/** A Blob with the bits jsdom's lacks. */
const blob = (bytes: Uint8Array) =>
  ({
    size: bytes.length,
    slice: (from: number, to: number) => ({
      arrayBuffer: () => Promise.resolve(bytes.slice(from, to).buffer),
    }),
  }) as unknown as Blob

describe('readTextChunks', () => {
  it('reads UTF-8, a character cut between chunks included', async () => {
    const text = 'é'.repeat(700_000) // 1.4 MB: the second chunk starts inside a character
    const parts: string[] = []
    await readTextChunks(blob(new TextEncoder().encode(text)), (t) => parts.push(t))
    expect(parts.join('')).toBe(text)
  })

  it('refuses text that is not UTF-8, saying where', async () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) // "café" in Latin-1: é is byte 4
    const read = readTextChunks(blob(latin1), () => {})
    await expect(read).rejects.toThrow(UnreadableText)
    await expect(read).rejects.toThrow(/not UTF-8.*byte 4/)
  })

  it('refuses a binary file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    await expect(readTextChunks(blob(png), () => {})).rejects.toThrow(/binary|UTF-8/)
    await expect(readTextChunks(blob(new Uint8Array([0x61, 0, 0x62])), () => {})).rejects.toThrow(
      /binary file/,
    )
  })
})
