// Writes data/suggestion-index.bin: the deletion index spelling suggestions look words up in, built
// from the suggestion word list (data/spelling-words.json plus the workplace words) so no process
// spends a second building it. Runs after tsc and build-spelling-words.js.
import { writeFile } from 'node:fs/promises'
import { buildDeletionIndex } from '../dist/spelling/deletion-index.js'
import { suggestionWords } from '../dist/spelling/suggester.js'

const { words } = suggestionWords()
const bytes = buildDeletionIndex(words)
await writeFile(new URL('../data/suggestion-index.bin', import.meta.url), bytes)
console.log(`suggestion-index.bin: ${words.length} words, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB`)
