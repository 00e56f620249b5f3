import { defineConfig } from '@playwright/test'
import { API_PORT, API_URL, SIGN_IN_PORT, SIGN_IN_URL, WEB_PORT, WEB_URL } from './e2e/env'

// The browser tests run the packaged API (embedded MariaDB, sample programme) and the built app, on ports of
// their own so a running `bin/dev` is not disturbed.

export default defineConfig({
  testDir: 'e2e',
  // After every run: the API's log holds none of the personal data the tests wrote.
  globalTeardown: './e2e/log-check.ts',
  outputDir: 'test-results/artifacts',
  // One browser at a time: two cores run the API, its database and Chromium.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  use: {
    baseURL: WEB_URL,
    locale: 'en-GB',
    // Neither Seoul nor Beijing: what the app shows must follow the trip's zone, not the browser's.
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `bash e2e/start-api.sh ${API_PORT} ${WEB_URL} ${SIGN_IN_PORT}`,
      url: `${API_URL}/q/health/ready`,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    },
    {
      command: `node scripts/write-config.mjs ${API_URL} ${SIGN_IN_URL} && vite preview --port ${WEB_PORT} --strictPort --host 127.0.0.1`,
      url: WEB_URL,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
})
