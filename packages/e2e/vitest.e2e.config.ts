import { defineConfig } from 'vitest/config'

// Only `npm run test:e2e` (turbo's test:e2e task) uses this configuration; the files are named
// *.e2e.ts so that no plain `vitest run` ever picks them up.
export default defineConfig({
  test: {
    include: ['neovim/**/*.e2e.ts', 'emacs/**/*.e2e.ts', 'stub/**/*.e2e.ts', 'vscode/**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    reporters: ['default', ['json', { outputFile: '.vitest-e2e-results.json' }]],
  },
})
