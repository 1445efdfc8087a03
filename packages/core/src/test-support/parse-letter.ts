import { VFile } from 'vfile'
import { presetConfig } from '../config/config.js'
import type { Letter } from '../letter/letter.js'
import { letterProcessor } from '../pipeline.js'

/** The letter facts the pipeline builds for a text, with the recommended rules. */
export async function parseLetter(text: string): Promise<Letter> {
  const file = new VFile(text)
  file.data.letterlint = { rules: presetConfig('recommended').rules, words: new Set(), now: 0, workspace: { companies: [], people: [], similar: [] }, suggest: false }
  const processor = letterProcessor()
  await processor.run(processor.parse(file), file)
  return file.data.letter!
}
