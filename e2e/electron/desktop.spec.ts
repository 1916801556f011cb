import { _electron as electron, expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
// @ts-expect-error: a plain .mjs helper shared with scripts/start.mjs
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const binary = findElectronBinary() as { path: string | null; reason: string | null }

if (!binary.path) {
  console.log(`Electron e2e tests did not run: ${binary.reason}.`)
}

test.describe('the desktop app', () => {
  test.skip(!binary.path, `no Electron binary on this machine: ${binary.reason}`)

  test('opens a secure window showing the home screen', async () => {
    const app = await electron.launch({
      executablePath: binary.path!,
      args: [join(root, 'out/main/index.js')],
    })
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
    // With contextIsolation, sandbox and no nodeIntegration the page sees no Node at all.
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    )
    expect(await page.evaluate(() => Object.keys((window as unknown as { lab: object }).lab).sort())).toEqual(
      ['cancelRun', 'getAppInfo', 'runProgram'],
    )
    await app.close()
  })
})
