/** Helpers for the journeys: type a program into the editor, run it, and step until something shows. */
import { expect, type Locator, type Page } from '@playwright/test'

export async function setProgram(page: Page, source: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Program' })
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  // insertText keeps the indentation as written (typing would let the editor re-indent).
  await page.keyboard.insertText(source)
  await expect(editor).toContainText(source.split('\n')[0])
}

export async function runAndWaitForTrace(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByTestId('trace-position')).toContainText('Step 1 of', { timeout: 30_000 })
}

/**
 * Presses "Step forward" until `locator` has `count` matches, at most `limit` times; fails with the
 * graph's text when it never does.
 */
export async function stepUntil(page: Page, locator: Locator, count = 1, limit = 400): Promise<void> {
  const forward = page.getByRole('button', { name: 'Step forward' })
  for (let i = 0; i < limit; i += 1) {
    if ((await locator.count()) >= count) return
    if (await forward.isDisabled()) break
    await forward.click()
  }
  await expect(locator, await page.getByTestId('graph-nodes').innerText()).toHaveCount(count, { timeout: 1 })
}
