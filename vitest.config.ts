import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright specs (tests/e2e, tests/electron) must never be collected here.
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
