import type { Format } from '../args.js'
import { github } from './github.js'
import { json } from './json.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Formatter } from './types.js'

export const formatters: Record<Format, Formatter> = { stylish, json, sarif, github }
export type { FileResult, FormatContext, Formatter } from './types.js'
