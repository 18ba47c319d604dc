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
  /** Each page's text, in order. */
  pageTexts: string[]
  /** How far down each page its last line of text ends, as a fraction of the page's height. */
  pageFill: number[]
  bytes: Buffer
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (text: string) =>
  text.replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all)

/** Reads each page's text and how far down it reaches from `pdftotext -bbox` output. */
function readPages(bbox: string): { pageTexts: string[]; pageFill: number[] } {
  const pages = [...bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)]
  const words = (page: string) => [...page.matchAll(/<word [^>]*yMax="([\d.]+)">([^<]*)<\/word>/g)]
  return {
    pageTexts: pages.map(([, , page = '']) =>
      words(page)
        .map(([, , word = '']) => unescapeXml(word))
        .join(' '),
    ),
    pageFill: pages.map(
      ([, height = '1', page = '']) =>
        Math.max(0, ...words(page).map(([, y = '0']) => Number(y))) / Number(height),
    ),
  }
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
    const bbox = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], {
      encoding: 'utf8',
    })
    return { pages, text, compact: text.replace(/\s+/g, ''), ...readPages(bbox), bytes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
