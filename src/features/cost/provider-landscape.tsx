import {
  LANDSCAPE,
  LANDSCAPE_TOPICS,
  type LandscapeRow,
  type LandscapeTopic,
} from '../../engine/cost/prices/provider-landscape-table'
import { formatQuantity } from '../../engine'
import { Disclosure } from './disclosure'
import { BODY_ROW, ColumnHead, TableHead } from '../../components/table'

function figureText(f: NonNullable<LandscapeRow['figure']>): string {
  const n =
    f.low === f.high ? formatQuantity(f.low) : `${formatQuantity(f.low)}–${formatQuantity(f.high)}`
  return `${n} ${f.unit}`
}

/** The host of a source address, as its link text. */
const host = (url: string) => new URL(url).host.replace(/^www\./, '')

/**
 * What the price catalog lacks — who sells fine-tuning today and who stopped, training prices,
 * serving markups, batch discounts, GPU rates — one dated row a fact, each with its source.
 */
export function ProviderLandscape() {
  return (
    <Disclosure
      className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
      summaryClassName="cursor-pointer rounded-lg px-4 py-3 font-semibold hover:bg-stone-100 dark:hover:bg-stone-800"
      summary="Provider landscape: fine-tuning, batch and GPU prices today"
    >
      <div className="grid gap-4 border-t border-stone-200 px-4 pt-2 pb-4 dark:border-stone-800">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          What the model catalog does not cover, from each provider’s own pages or a dated
          comparison. List prices to plan with: check the source before you commit.
        </p>
        {(Object.keys(LANDSCAPE_TOPICS) as LandscapeTopic[]).map((topic) => (
          <table
            key={topic}
            className="w-full text-left text-sm"
            data-testid={`landscape-${topic}`}
          >
            <caption className="pb-1 text-left font-semibold">{LANDSCAPE_TOPICS[topic]}</caption>
            <TableHead>
              <ColumnHead className="py-1 pr-2">Provider</ColumnHead>
              <ColumnHead className="py-1 pr-2">What it is</ColumnHead>
              <ColumnHead className="py-1 pr-2">Source, checked</ColumnHead>
            </TableHead>
            <tbody>
              {LANDSCAPE.filter((r) => r.topic === topic).map((r) => (
                <tr key={`${r.provider}-${r.fact}`} className={`${BODY_ROW} align-top`}>
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {r.provider}
                  </th>
                  <td className="py-1 pr-2">
                    {r.figure && (
                      <span className="font-medium tabular-nums">{figureText(r.figure)}. </span>
                    )}
                    {r.fact}
                  </td>
                  <td className="py-1 pr-2 whitespace-nowrap">
                    <a
                      href={r.source}
                      rel="noreferrer noopener"
                      target="_blank"
                      className="text-brand-800 underline underline-offset-2 dark:text-brand-100"
                    >
                      {host(r.source)}
                    </a>
                    , {r.checked}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Disclosure>
  )
}
