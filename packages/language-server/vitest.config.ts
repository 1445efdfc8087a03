import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole repository.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
})
