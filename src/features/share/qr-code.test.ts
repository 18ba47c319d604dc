// @vitest-environment node
import fc from 'fast-check'
import jsQR from 'jsqr'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { QR_OPTIONS, qrPath } from './qr-code'

/** The code as a reader's camera would see it: black and white pixels, `scale` per module. */
function pixels(data: boolean[][], scale = 3) {
  const size = data.length * scale
  const rgba = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = data[Math.floor(y / scale)]?.[Math.floor(x / scale)] === true
      rgba.fill(on ? 0 : 255, (y * size + x) * 4, (y * size + x) * 4 + 3)
      rgba[(y * size + x) * 4 + 3] = 255
    }
  return { rgba, size }
}

const read = (link: string) => {
  const { data } = encode(link, QR_OPTIONS)
  const { rgba, size } = pixels(data)
  return jsQR(rgba, size, size)?.data
}

describe('the printed QR code', () => {
  it('reads back as the link, for a full result link', () => {
    const link =
      'https://rag-or-tune.example/#/result?problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large&citations=required&latency=interactive&queriesPerDay=1000000'
    expect(read(link)).toBe(link)
  })

  it('reads back as the link, for any link a result can make', () => {
    const query = fc.stringMatching(/^[a-z0-9=&,.%-]{0,300}$/)
    fc.assert(
      fc.property(query, (q) => {
        const link = `https://example.org/#/result?${q}`
        expect(read(link)).toBe(link)
      }),
      { numRuns: 40 },
    )
  })

  it('draws one square per dark module', () => {
    const { data } = encode('https://example.org/', QR_OPTIONS)
    const dark = data.flat().filter(Boolean).length
    expect(qrPath(data).match(/M/g)).toHaveLength(dark)
  })
})
