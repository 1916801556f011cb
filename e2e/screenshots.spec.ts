import { expect, test } from '@playwright/test'
import { openSandbox, serveFixtureTrace } from './support/fixture-run'

// Screenshots of the main screens in both languages, for docs/screenshots (linked from the README).
// The sandbox shots use the hand-made make_cycle trace until the simulator records traces.
// Run with PYMEM_LAB_SCREENSHOTS=1 to rewrite the files.
const write = !!process.env.PYMEM_LAB_SCREENSHOTS

for (const locale of ['en', 'zh-CN'] as const) {
  test(`main screens in ${locale}`, async ({ page }) => {
    const shot = async (name: string) => {
      if (write) await page.screenshot({ path: `docs/screenshots/${name}.${locale}.png` })
    }
    await serveFixtureTrace(page)
    await openSandbox(page, locale)
    await page.getByRole('button', { name: locale === 'en' ? 'Run' : '运行', exact: true }).click()
    await expect(page.getByTestId('trace-position')).toBeVisible()
    // Inside make_cycle on the second call, the list referring to itself.
    await page.getByRole('button', { name: locale === 'en' ? 'Next collection' : '下一次回收' }).click()
    await page.getByRole('button', { name: locale === 'en' ? 'Step back' : '后退一步' }).click()
    await page
      .getByTestId('object-table')
      .waitFor({ state: 'detached' })
      .catch(() => {})
    await page.waitForTimeout(400)
    await shot('sandbox')
    await page.getByRole('button', { name: locale === 'en' ? 'Next collection' : '下一次回收' }).click()
    await page.getByRole('button', { name: locale === 'en' ? 'Step forward' : '前进一步' }).click()
    await page.getByRole('button', { name: locale === 'en' ? 'Step forward' : '前进一步' }).click()
    await page.getByRole('tab', { name: locale === 'en' ? 'GC' : '垃圾回收' }).click()
    await page.waitForTimeout(400)
    await shot('sandbox-gc')
    await page.getByRole('button', { name: locale === 'en' ? 'Next deallocation' : '下一次释放' }).click()
    await page.getByRole('tab', { name: locale === 'en' ? 'Allocator' : '分配器' }).click()
    await page.getByTestId('pool-0-1').click()
    await page.waitForTimeout(400)
    await shot('sandbox-allocator')
    await expect(page.getByTestId('size-classes')).toBeVisible()
  })
}
