import { useEffect, useRef, useState } from 'react'

/**
 * True once the element comes within 300 px of the viewport, or the page is about to print: a
 * chart (and recharts with it) waits until someone could see it, so it never weighs on the page
 * load, e.g. on a phone where the charts are screens below.
 */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (near || !el) return
    const show = () => setNear(true)
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show()
      },
      { rootMargin: '300px' },
    )
    observer.observe(el)
    window.addEventListener('beforeprint', show)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', show)
    }
  }, [near])
  return [ref, near] as const
}
