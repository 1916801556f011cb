import { expect, test } from '@playwright/test'

// Screenshots of the exercise view in both languages, for docs/screenshots.
// Run with PYMEM_LAB_SCREENSHOTS=1 to rewrite the files.
const write = !!process.env.PYMEM_LAB_SCREENSHOTS

for (const locale of ['en', 'zh-CN'] as const) {
  test(`exercise view in ${locale}`, async ({ page, request }) => {
    const learner = `e2e-shots-${locale}`
    await request.post('/rpc/resetProgress', { data: { learner, confirm: true } })
    await page.addInitScript(
      ([l, who]) => {
        window.localStorage.setItem('pymem-lab.locale', l)
        window.localStorage.setItem('pymem-lab.learner', who)
      },
      [locale, learner] as const,
    )
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/')
    const en = locale === 'en'
    await page
      .getByRole('navigation')
      .first()
      .getByRole('button', { name: en ? 'Exercises' : '练习' })
      .click()
    await page
      .getByRole('button', { name: en ? /make_cycle: a list/ : /make_cycle/ })
      .first()
      .click()
    const answer = async (id: string, fill: (form: ReturnType<typeof page.locator>) => Promise<void>) => {
      const form = page.locator(`[data-question="${id}"]`)
      await fill(form)
      await form.getByRole('button', { name: en ? 'Check' : '检查' }).click()
      await expect(form.getByTestId('verdict')).toBeVisible()
    }
    // One right, one wrong (with its hint-free verdict), one concept question, one more number.
    await answer('count-in-cycle', (f) => f.locator('input').fill('3'))
    await answer('collected', (f) => f.locator('input').fill('1'))
    await answer('why', (f) => f.locator('input[type="radio"]').first().check())
    await answer('again', (f) => f.locator('input').fill('0'))
    await page.getByRole('button', { name: en ? 'Run and watch' : '运行并观察' }).click()
    await expect(page.getByTestId('exercise-at')).toBeVisible()
    await page.locator('.exercises-main').evaluate((el) => el.scrollTo(0, 0))
    await page.waitForTimeout(500)
    if (write) await page.screenshot({ path: `docs/screenshots/exercise.${locale}.png` })
  })
}
