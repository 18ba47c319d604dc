import { expect, type Page } from '@playwright/test'

/**
 * Waits for the questionnaire's next step to be on screen, its question holding the focus, and
 * returns the question. The URL moves before the step is drawn: a key pressed as soon as the URL
 * changes can land on the last step (seen on a busy machine), so a keyboard walk waits for this.
 */
export async function nextQuestion(page: Page, previous: string): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).not.toHaveText(previous)
  await expect(heading).toBeFocused()
  return heading.innerText()
}
