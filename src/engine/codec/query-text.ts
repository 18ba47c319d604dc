/** Helpers shared by the link parsers (answers and assumptions). */

const MAX_SHOWN = 40

/** Shortens text for a message so a huge key or value cannot flood the page. */
export function shown(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '�')
  return printable.length > MAX_SHOWN ? `${printable.slice(0, MAX_SHOWN)}…` : printable
}

/** Decodes one part of a query ('+' as space); null when its percent-encoding is broken. */
export function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}
