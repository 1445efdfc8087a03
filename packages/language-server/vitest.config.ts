import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // CI runs every package's suite at once on two cores: first-use costs (the spelling index, a server spawn) need room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole repository.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
})
