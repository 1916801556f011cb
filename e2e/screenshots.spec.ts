import { expect, test } from '@playwright/test'
import { openSandbox } from './support/fixture-run'

// Screenshots of the main screens in both languages, for docs/screenshots (linked from the README).
// Every shot shows a real run of the simulator (the sandbox's make_cycle sample on CPython 3.12).
// Run with PYMEM_LAB_SCREENSHOTS=1 to rewrite the files.
const write = !!process.env.PYMEM_LAB_SCREENSHOTS

for (const locale of ['en', 'zh-CN'] as const) {
  test(`main screens in ${locale}`, async ({ page }) => {
    const shot = async (name: string) => {
      if (write) await page.screenshot({ path: `docs/screenshots/${name}.${locale}.png` })
    }
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
    await page.locator('[data-testid^="pool-"]').first().click()
    await page.waitForTimeout(400)
    await shot('sandbox-allocator')
    await expect(page.getByTestId('size-classes')).toBeVisible()
  })
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`home and compare screens in ${locale} (real simulator)`, async ({ page }) => {
    await page.addInitScript((l) => window.localStorage.setItem('pymem-lab.locale', l), locale)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/')
    await expect(page.getByTestId('profiles')).toBeVisible()
    if (write) await page.screenshot({ path: `docs/screenshots/home.${locale}.png` })
    await page
      .getByRole('navigation')
      .getByRole('button', { name: locale === 'en' ? 'Compare profiles' : '比较版本' })
      .click()
    const editor = page.getByRole('textbox', { name: locale === 'en' ? 'Program' : '程序' })
    await editor.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.insertText(
      'import sys\n\ndef show(obj):\n    print(sys.getrefcount(obj))\n\nx = []\nprint("x is a list")\nshow(x)\n',
    )
    await page
      .getByRole('button', { name: locale === 'en' ? 'Run on all profiles' : '在所有版本上运行' })
      .click()
    await expect(page.getByTestId('compare-summary')).toBeVisible({ timeout: 30_000 })
    if (write) await page.screenshot({ path: `docs/screenshots/compare.${locale}.png` })
  })
}
