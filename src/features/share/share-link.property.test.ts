import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANSWER_KEYS, ANSWER_VALUES, parseAnswers, serializeAnswers } from '../../engine'
import { shareLink } from './decision-summary'

/** Query parts a person (or a mangled chat message) could plausibly produce. */
const linkPart = fc.oneof(
  fc
    .constantFrom(...ANSWER_KEYS)
    .chain((key) =>
      fc
        .array(
          fc.oneof(
            fc.constantFrom(...(ANSWER_VALUES[key] as readonly string[])),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 3 },
        )
        .map((values) => `${key}=${values.join(',')}`),
    ),
  fc.constantFrom('%', '%E0%A4%A', '%00', '%2526', '=', '&', '?', 'a.', '#', '+', '%F0%9F%98%80'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
)

const anyQuery = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(linkPart, { maxLength: 20 }).map((parts) => parts.join('&')),
  fc.array(linkPart, { maxLength: 20 }).map((parts) => `?${parts.join('&')}`),
)

/** What a recipient's page reads from a share link: everything after '#/result?'. */
const queryOf = (link: string) => link.slice(link.indexOf('#/result?') + '#/result?'.length)

describe('any string as a share-link query', () => {
  it('never makes parseAnswers throw, and its answers re-serialize to a clean link', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const parsed = parseAnswers(query)
        const link = shareLink('https://example.com', '/tools/', serializeAnswers(parsed.answers))
        const reread = parseAnswers(queryOf(link))
        expect(reread.problems).toEqual([])
        expect(reread.answers).toEqual(parsed.answers)
      }),
      { numRuns: 500 },
    )
  })

  it('finds problems in a mangled link (so the property above is not vacuous)', () => {
    expect(parseAnswers('problem=knowledge,%E0%A4%A&volume=huge').problems).toHaveLength(2)
  })
})
