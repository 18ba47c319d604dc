/**
 * Values the code knows to be there, checked: where absence is a bug (an index past the end of
 * a list that always has four entries, a lookup in a table built from the same keys), these
 * throw an error that says what was missing, instead of a `!` that lets `undefined` run on.
 */

/** A list with at least one item: `list[0]` is typed as present. */
export type NonEmpty<T> = [T, ...T[]]

/**
 * The value, which must be present; throws naming `what` when it is undefined or null. (Tests
 * may leave `what` out: the failing line says what was missing.)
 * @example must(byId.get(id), `rule ${id}`)
 */
export function must<T>(value: T | undefined | null, what = 'a value'): T {
  if (value === undefined || value === null) throw new Error(`Missing ${what}`)
  return value
}

/**
 * The item at `index` (negative counts from the end) of an array or typed array, which must exist.
 * @example at(sorted, -1) // the last item; throws on an empty list
 */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const item = list[index < 0 ? list.length + index : index]
  if (item === undefined) throw new Error(`Missing item ${index} of a list of ${list.length}`)
  return item
}

/**
 * The list, which must have an item, typed so that its first item is present.
 * @example const ranking = nonEmpty(ranked.map(rank), 'ranking') // ranking[0] is present
 */
export function nonEmpty<T>(list: readonly T[], what: string): NonEmpty<T> {
  if (list.length === 0) throw new Error(`Missing ${what}: the list is empty`)
  return list as NonEmpty<T>
}
