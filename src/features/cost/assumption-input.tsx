import { useId, useState } from 'react'
import {
  ASSUMPTION_FIELDS,
  SOURCE_LABELS,
  checkValue,
  formatAssumptionValue,
  formatQuantity,
  parseAssumptionValue,
  range,
  sameValue,
  type AssumptionField,
  type AssumptionId,
  type AssumptionValue,
} from '../../engine'
import { TermText } from '../../components/glossary/term-text'

/** What is typed in a field: one text for a number, two for a range. */
type Texts = { one: string } | { low: string; high: string }

function textsOf(field: AssumptionField, value: AssumptionValue): Texts {
  if (field.kind === 'number') return { one: formatAssumptionValue(value) }
  const r = value !== null && typeof value === 'object' ? value : range(0)
  return { low: formatAssumptionValue(r.low), high: formatAssumptionValue(r.high) }
}

/** The typed text as a value, or why it cannot be used, in words. */
export function readTexts(
  field: AssumptionField,
  texts: Texts,
): { ok: true; value: AssumptionValue } | { ok: false; reason: string } {
  if ('one' in texts) return parseAssumptionValue(field, texts.one)
  const low = parseAssumptionValue(field, texts.low)
  if (!low.ok) return { ok: false, reason: `low: ${low.reason}` }
  const high = parseAssumptionValue(field, texts.high)
  if (!high.ok) return { ok: false, reason: `high: ${high.reason}` }
  const value = range((low.value as { low: number }).low, (high.value as { low: number }).low)
  const problem = checkValue(field, value)
  return problem ? { ok: false, reason: problem } : { ok: true, value }
}

interface AssumptionInputProps {
  id: AssumptionId
  value: AssumptionValue
  defaultValue: AssumptionValue
  /** Shown when a nullable field is empty: the value it is derived as, and from what. */
  derived?: string
  derivedSource?: string
  onChange: (id: AssumptionId, value: AssumptionValue) => void
  /** The field lost focus: a good moment to put pending edits into the link. */
  onDone: () => void
}

const inputClass =
  'w-full min-w-0 rounded border bg-white px-2 py-1 text-right tabular-nums dark:bg-stone-950 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400 border-stone-400 dark:border-stone-600'

/**
 * One assumption: its label, number input(s) with the unit, help and source. Invalid text shows
 * a message and is not passed on; the figures keep the last valid value.
 */
export function AssumptionInput({
  id,
  value,
  defaultValue,
  derived,
  derivedSource,
  onChange,
  onDone,
}: AssumptionInputProps) {
  const field = ASSUMPTION_FIELDS[id]
  const uid = useId()
  const [texts, setTexts] = useState<Texts>(() => textsOf(field, value))
  // The value when editing began: what invalid text falls back to, so that "1" typed on the way
  // to an invalid "1.5" is never what the figures and the link end up with.
  const [start, setStart] = useState(value)
  // The last value this field handed over: its echo from the page must not rewrite the text.
  const [sent, setSent] = useState<{ value: AssumptionValue } | null>(null)
  const [shownValue, setShownValue] = useState(value)
  // A new value from outside (a preset, a reset, the link): show it, unless it is what is typed.
  if (!sameValue(shownValue, value)) {
    setShownValue(value)
    const echo = sent !== null && sameValue(sent.value, value)
    const typed = readTexts(field, texts)
    if (!echo && (!typed.ok || !sameValue(typed.value, value))) setTexts(textsOf(field, value))
  }

  const read = readTexts(field, texts)
  const error = read.ok ? null : read.reason
  const changed = !sameValue(value, defaultValue)
  const defaultText = formatAssumptionValue(defaultValue) || (derivedSource ?? 'from your answers')
  const helpId = `${uid}-help`
  const errorId = `${uid}-error`
  const describedBy = error ? `${errorId} ${helpId}` : helpId

  const type = (next: Texts) => {
    setTexts(next)
    const parsed = readTexts(field, next)
    const target = parsed.ok ? parsed.value : start
    if (sameValue(target, value)) return
    setSent({ value: target })
    onChange(id, target)
  }
  const input = (key: 'one' | 'low' | 'high', label: string) => (
    <input
      id={`${uid}-${key}`}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      placeholder={key === 'one' && derived ? derived : undefined}
      value={(texts as Record<string, string>)[key] ?? ''}
      onChange={(e) => type({ ...texts, [key]: e.target.value })}
      onFocus={() => {
        if (readTexts(field, texts).ok) setStart(value)
      }}
      onBlur={onDone}
      className={inputClass}
    />
  )

  return (
    <div className="grid gap-1 py-2" data-assumption={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span className="text-sm font-medium">{field.label}</span>
        {changed && (
          <span className="flex items-baseline gap-2 text-xs">
            <span className="rounded bg-amber-100 px-1.5 font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              changed
            </span>
            <button
              type="button"
              aria-label={`${field.label}: use the default (${defaultText})`}
              onClick={() => {
                setTexts(textsOf(field, defaultValue))
                setSent({ value: defaultValue })
                onChange(id, defaultValue)
              }}
              className="rounded text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100"
            >
              {`use the default (${defaultText})`}
            </button>
          </span>
        )}
      </div>
      <div className="flex items-center gap-2 text-sm">
        {field.kind === 'number' ? (
          <div className="w-36 shrink-0">{input('one', field.label)}</div>
        ) : (
          <div className="flex w-52 shrink-0 items-center gap-1">
            {input('low', `${field.label}, low`)}
            <span aria-hidden="true">–</span>
            {input('high', `${field.label}, high`)}
          </div>
        )}
        <span className="text-stone-700 dark:text-stone-300">{field.unit}</span>
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {`Not applied: ${error}. The figures keep ${formatAssumptionValue(value) ? `${formatAssumptionValue(value).replace('-', '–')} ${field.unit}` : 'the volume from your answers'}.`}
        </p>
      )}
      <div id={helpId} className="text-xs text-stone-600 dark:text-stone-400">
        <p>
          <TermText text={field.help} />
          {derived && ` Now: ${derived}${derivedSource ? `, ${derivedSource}` : ''}.`}
        </p>
        <p className="mt-0.5">
          <span className="font-semibold">{SOURCE_LABELS[field.source.kind]}:</span>{' '}
          {field.source.text} Allowed: {formatQuantity(field.min)} to {formatQuantity(field.max)}
          {field.integer ? ', whole numbers' : ''}.
        </p>
      </div>
    </div>
  )
}
