import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// `findBy…` and `waitFor` give up after a limit that stops a hung test and measures no speed:
// the default 1 s failed the result page's tests while the end-to-end suite ran beside them
// (its lazy sections took longer than that to arrive), as a busy CI machine would.
configure({ asyncUtilTimeout: 15_000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
