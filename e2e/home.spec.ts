import { expect, test } from '@playwright/test'

test.describe('the lab in web mode', () => {
  test('opens on the home screen with the service connected', async ({ page }) => {
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.addInitScript(() => window.localStorage.setItem('pymem-lab.locale', 'en'))
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: 'Welcome to PyMem Lab' })).toBeVisible()
    // The profile list comes from the service, so seeing it proves getAppInfo round-tripped.
    await expect(page.getByTestId('profiles')).toHaveText('Simulated CPython profiles: 2.7, 3.10, 3.12, 3.13')
    await expect(page.getByText('Local web app (127.0.0.1)')).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('runs a program through the service and shows its output', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('pymem-lab.locale', 'en'))
    await page.goto('/')
    await page.getByRole('navigation').getByRole('button', { name: 'Sandbox' }).click()
    await page.getByLabel('Program').fill('print("hello from the simulator")\n')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stdout')).toHaveText('hello from the simulator')
  })

  test('switches the interface to Chinese and remembers it', async ({ page }) => {
    await page.addInitScript(() => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem('pymem-lab.locale', 'en')
        window.sessionStorage.setItem('seeded', '1')
      }
    })
    await page.goto('/')
    await page.getByLabel('Language').selectOption('zh-CN')
    await expect(page.getByRole('heading', { level: 2, name: '欢迎来到 Python 内存实验室' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: '欢迎来到 Python 内存实验室' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })

  test('serves a strict Content-Security-Policy and refuses other hosts', async ({ request, baseURL }) => {
    const response = await request.get('/')
    const csp = response.headers()['content-security-policy']
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    const port = new URL(baseURL!).port
    const misdirected = await request.get('/', { headers: { Host: `attacker.example:${port}` } })
    expect(misdirected.status()).toBe(421)
    const crossOrigin = await request.post('/rpc/getAppInfo', {
      data: {},
      headers: { Origin: 'http://attacker.example' },
    })
    expect(crossOrigin.status()).toBe(403)
    const badInput = await request.post('/rpc/runProgram', {
      data: { runId: 'x', source: 'print(1)', profile: '3.9' },
    })
    expect(badInput.status()).toBe(400)
    expect((await badInput.json()).error.message).toContain('profile')
  })
})
