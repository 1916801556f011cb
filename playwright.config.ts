import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.PYMEM_LAB_E2E_PORT ?? 5191)
const CHROMIUM = process.env.PYMEM_LAB_CHROMIUM ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      // The lab as a local web app, in Debian's Chromium: how e2e tests run on machines without Electron.
      name: 'web',
      testIgnore: /electron\/.*/,
      use: {
        baseURL: `http://127.0.0.1:${PORT}/`,
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // The real desktop app through _electron.launch, where an Electron binary exists.
      name: 'electron',
      testMatch: /electron\/.*\.spec\.ts/,
    },
  ],
  webServer: {
    command: `node out/main/web.js --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PYMEM_LAB_DATA_DIR: process.env.PYMEM_LAB_DATA_DIR ?? 'test-results/lab-data' },
  },
})
