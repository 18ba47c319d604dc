// pdf.js reads the text of a PDF here, in the page's worker: it is fetched (from this site, like
// every chunk) only when a PDF is chosen. Its own worker runs in this thread ("fake worker"),
// which is fine since this thread is already off the page's main thread.

/** The text of a PDF, page after page; or why it could not be read. */
export async function pdfText(
  file: Blob,
): Promise<{ ok: true; data: string } | { ok: false; reason: string }> {
  let pdfjs: typeof import('pdfjs-dist')
  try {
    const [lib, worker] = await Promise.all([
      import('pdfjs-dist'),
      // @ts-expect-error pdf.js ships no types for its worker module
      import('pdfjs-dist/build/pdf.worker.min.mjs') as Promise<unknown>,
    ])
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    pdfjs = lib
  } catch (e) {
    return {
      ok: false,
      reason: `Not read: the PDF reader could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
    }
  }
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(await file.arrayBuffer()),
      isEvalSupported: false,
      disableFontFace: true,
      useWorkerFetch: false,
      verbosity: 0,
    }).promise
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const content = await page.getTextContent()
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join(''),
      )
      page.cleanup()
    }
    await doc.destroy()
    const text = pages.join('\n')
    if (text.trim() === '')
      return {
        ok: false,
        reason: 'Not read: this PDF has no text layer (a scan?). Its text would need OCR first.',
      }
    return { ok: true, data: text }
  } catch (e) {
    const name = e instanceof Error ? e.name : ''
    return {
      ok: false,
      reason:
        name === 'PasswordException'
          ? 'Not read: the PDF is protected by a password.'
          : `Not read: pdf.js could not read this PDF (${e instanceof Error ? e.message : String(e)}).`,
    }
  }
}
