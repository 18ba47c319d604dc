import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export interface PrintedPdf {
  pages: number
  /** The text of every page, as pdftotext reads it. */
  text: string
  /** The same text with all whitespace removed: long links wrap anywhere on paper. */
  compact: string
  bytes: Buffer
}

/**
 * What a browser does before printing a result: print media on, which builds the brief (it is
 * made only for paper), then waits until its QR code is drawn.
 */
export async function readyToPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  await page.locator('.print-brief .brief-qr').waitFor({ state: 'attached', timeout: 45_000 })
}

/** Prints the page to an A4 PDF, as a browser's print dialog would, and reads it back. */
export async function printToPdf(page: Page): Promise<PrintedPdf> {
  const bytes = await page.pdf({ format: 'A4', printBackground: false })
  const dir = mkdtempSync(join(tmpdir(), 'print-'))
  try {
    const file = join(dir, 'page.pdf')
    writeFileSync(file, bytes)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
    return { pages, text, compact: text.replace(/\s+/g, ''), bytes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
