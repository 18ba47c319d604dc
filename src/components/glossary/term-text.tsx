import { paths } from '../../config/paths'
import { glossaryEntry, termParts } from './glossary'

interface TermTextProps {
  text: string
  /** Terms already explained nearby (they are not marked again). */
  seen?: ReadonlySet<string> | undefined
}

/**
 * Running text with the first mention of each glossary term linked to its entry; the link's
 * title gives the definition at a glance, the glossary the rest. A plain link (the address is
 * the hash route), so text with terms renders anywhere, with or without the router around it.
 */
export function TermText({ text, seen }: TermTextProps) {
  return (
    <>
      {termParts(text, seen).map((part, i) =>
        part.term ? (
          <a
            key={i}
            href={paths.glossary.href(part.term)}
            title={glossaryEntry(part.term)?.definition}
            className="term-link"
          >
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  )
}

export default TermText
