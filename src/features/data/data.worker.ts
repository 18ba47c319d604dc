/// <reference lib="webworker" />
// Everything heavy of the #/data page runs here, off the main thread: reading files in chunks,
// parsing, and counting tokens with gpt-tokenizer's o200k_base (loaded with this worker, which
// the page starts only when there is something to count). PDFs load pdf.js on demand.
import type { DataRequest, DataResponse, DocumentResult } from './data.types'
import { documentKind, documentText } from './documents.parse'
import { CHUNK_BYTES } from './data.constants'
import { lineSplitter, readTextChunks, refuseFile, UnreadableText } from './file-read'
import { pdfText } from './pdf-text'
import { piecewise } from './token-count'
import { TrainingCheck } from './training-check'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: DataResponse) => scope.postMessage(message)

/** Jobs the page cancelled: each stops at its next chunk, and nothing more is posted for it. */
const cancelled = new Set<number>()
class Cancelled extends Error {}

/**
 * Progress at most every 100 ms: enough for a smooth bar, few messages for the page. Called after
 * every chunk, it is also where a cancelled job stops.
 */
function progress(id: number, total: number) {
  let last = 0
  return (done: number) => {
    if (cancelled.has(id)) throw new Cancelled()
    const now = performance.now()
    if (now - last < 100 && done < total) return
    last = now
    post({ id, type: 'progress', done, total })
  }
}

/** Text that looks like a special token (`<|endoftext|>`) is counted as the text it is. */
const AS_TEXT = { disallowedSpecial: new Set<string>() }
let tokenizer: Promise<typeof import('gpt-tokenizer/encoding/o200k_base')> | null = null
/** The exact o200k_base counter; its ~1 MB of vocabulary loads on the first call only. */
async function counter() {
  tokenizer ??= import('gpt-tokenizer/encoding/o200k_base')
  const { countTokens } = await tokenizer
  return piecewise((text) => countTokens(text, AS_TEXT))
}

async function checkTraining(id: number, file: File) {
  const refused = refuseFile(file)
  if (refused) {
    post({ id, type: 'failed', reason: refused })
    return
  }
  // A binary file or another encoding is told at once, before the tokenizer loads.
  await readTextChunks(file.slice(0, CHUNK_BYTES), () => {}).catch((e: unknown) => {
    // A character cut at the end of the first chunk is not an error of the file.
    if (file.size <= CHUNK_BYTES || !(e instanceof UnreadableText) || !/not UTF-8/.test(e.message))
      throw e
  })
  const { count } = await counter()
  if (cancelled.has(id)) throw new Cancelled()
  const check = new TrainingCheck(count, file.name, file.size)
  const split = lineSplitter((line) => check.line(line))
  await readTextChunks(file, (text) => split.push(text), progress(id, file.size))
  split.end()
  const report = check.finish()
  scope.postMessage({ id, type: 'training', report } satisfies DataResponse, [
    report.exampleLines.buffer,
    report.exampleTokens.buffer,
  ])
}

async function readDocument(file: File, count: (text: string) => number): Promise<DocumentResult> {
  const path = file.webkitRelativePath || file.name
  const kind = documentKind(file.name)
  const base = { path, bytes: file.size, kind }
  const refused = refuseFile(file)
  if (refused) return { ...base, tokens: null, notRead: refused }
  if (kind === 'other')
    return {
      ...base,
      tokens: null,
      notRead: 'Not a kind this page reads (text, Markdown, HTML, JSON, CSV or PDF).',
    }
  try {
    let text: string
    if (kind === 'pdf') {
      const read = await pdfText(file)
      if (!read.ok) return { ...base, tokens: null, notRead: read.reason }
      text = read.data
    } else {
      const parts: string[] = []
      await readTextChunks(file, (t) => parts.push(t))
      text = documentText(kind, parts.join(''))
    }
    return { ...base, tokens: count(text), notRead: null }
  } catch (e) {
    if (e instanceof UnreadableText) return { ...base, tokens: null, notRead: e.message }
    throw e
  }
}

async function checkDocuments(id: number, files: File[]) {
  const { count } = await counter()
  const total = files.reduce((n, f) => n + f.size, 0)
  const tick = progress(id, total)
  const results: DocumentResult[] = []
  let done = 0
  for (const file of files) {
    if (cancelled.has(id)) throw new Cancelled()
    results.push(await readDocument(file, count))
    done += file.size
    tick(done)
  }
  post({
    id,
    type: 'documents',
    report: {
      files: results,
      totalTokens: results.reduce((n, r) => n + (r.tokens ?? 0), 0),
      totalBytes: total,
    },
  })
}

scope.onmessage = (event: MessageEvent<DataRequest>) => {
  const request = event.data
  if (request.kind === 'cancel') return void cancelled.add(request.id)
  const run = async () => {
    switch (request.kind) {
      case 'training':
        return checkTraining(request.id, request.file)
      case 'documents':
        return checkDocuments(request.id, request.files)
      case 'prompt':
        post({ id: request.id, type: 'prompt', tokens: (await counter()).count(request.text) })
        return
    }
  }
  run()
    .catch((e: unknown) => {
      if (e instanceof Cancelled) return
      const reason =
        e instanceof UnreadableText
          ? e.message
          : `The file could not be read: ${e instanceof Error ? e.message : String(e)}`
      post({ id: request.id, type: 'failed', reason })
    })
    .finally(() => cancelled.delete(request.id))
}
