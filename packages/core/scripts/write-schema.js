// Writes the configuration file's JSON Schema, derived from the rules' metadata, next to the build.
import { writeFile } from 'node:fs/promises'
import { configSchema } from '../dist/index.js'

await writeFile(new URL('../dist/letterlintrc.schema.json', import.meta.url), JSON.stringify(configSchema(), null, 2) + '\n')
