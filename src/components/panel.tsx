import type { ReactNode } from 'react'

/**
 * A titled panel of a page: a card whose heading names its region. A level-2 panel is a part of
 * the page; a level-3 one sits inside such a part.
 * @example <Panel id="next-steps" title="Next steps">…</Panel>
 */
export function Panel({
  id,
  title,
  level = 2,
  testId,
  children,
}: {
  id: string
  title: ReactNode
  level?: 2 | 3
  testId?: string
  children: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <Heading id={id} className={level === 2 ? 'text-lg font-semibold' : 'font-semibold'}>
        {title}
      </Heading>
      {children}
    </section>
  )
}
