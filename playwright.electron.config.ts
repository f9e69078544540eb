// Electron suite: launches the built app with Playwright's _electron (tests/electron/*.spec.ts).
// Every test skips, with the reason, when this machine has no Electron binary.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/electron/global-setup.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  outputDir: 'test-results/electron'
})
