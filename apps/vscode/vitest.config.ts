import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole repository.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    // Starting the bundled server from the unpacked .vsix takes a few seconds on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
