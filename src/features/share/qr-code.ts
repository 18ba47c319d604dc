import type { encode } from 'uqr'

/**
 * How the printed brief's QR code is encoded. Low error correction keeps it small, and the mask
 * is fixed: choosing the "best" of the eight masks (uqr's default) scores each one and took 35 ms
 * of main-thread work here for a result link, against 5 ms for one. Any mask is a valid code;
 * qr-code.test.ts decodes the codes it makes with a QR reader.
 */
export const QR_OPTIONS = {
  ecc: 'L',
  border: 2,
  maskPattern: 0,
} as const satisfies Parameters<typeof encode>[1]

/** The QR code's modules as one SVG path (drawn here: no markup from the library). */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let d = ''
  data.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`
    })
  })
  return d
}
