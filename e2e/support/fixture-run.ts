/**
 * Serves a hand-made trace (src/renderer/src/fixtures) in place of the simulator's answer to
 * runProgram, so the views can be checked while the simulator does not yet record traces. Only the
 * `fixture-views` spec uses it; the journey specs talk to the real simulator.
 */
import type { Page } from '@playwright/test'
import { makeCycleTrace } from '../../src/renderer/src/fixtures/make-cycle'

export async function serveFixtureTrace(page: Page): Promise<void> {
  await page.route('**/rpc/runProgram', async (route) => {
    const input = route.request().postDataJSON() as { runId: string; profile: string }
    const trace = makeCycleTrace()
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: {
          runId: input.runId,
          profile: input.profile,
          stdout: 'collected 3\n',
          stderr: '',
          exitCode: 0,
          error: null,
          steps: trace.steps.length,
          elapsedMs: 2,
          trace,
        },
      }),
    })
  })
}

export async function openSandbox(page: Page, locale: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.addInitScript((l) => window.localStorage.setItem('pymem-lab.locale', l), locale)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await page
    .getByRole('navigation')
    .getByRole('button', { name: locale === 'en' ? 'Sandbox' : '沙盒' })
    .click()
}
