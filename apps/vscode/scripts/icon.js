// Draws images/icon.png (128×128): a letter in its envelope over a lint squiggle.
// Run by hand when the design changes (`node scripts/icon.js`); the PNG is committed.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 128
/** Samples per pixel side, for anti-aliased edges. */
const SAMPLES = 4

const NAVY = [38, 62, 110]
const PAPER = [250, 246, 236]
const AMBER = [242, 165, 65]

const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const dx = Math.max(Math.abs(x - cx) - hw + r, 0)
  const dy = Math.max(Math.abs(y - cy) - hh + r, 0)
  return Math.hypot(dx, dy) - r <= 0 && Math.abs(x - cx) <= hw && Math.abs(y - cy) <= hh
}

const segmentDistance = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)))
}

const polylineDistance = (x, y, points) => Math.min(...points.slice(1).map((point, i) => segmentDistance(x, y, points[i], point)))

const flap = [
  [24, 40],
  [64, 72],
  [104, 40],
]
const squiggle = Array.from({ length: 49 }, (_, i) => [30 + i * 1.5, 106 + 4 * Math.sin((i / 48) * Math.PI * 4)])

/** The colour at a point, painted back to front; `undefined` is transparent. */
function paint(x, y) {
  if (!roundedBox(x, y, 64, 64, 64, 64, 26)) return undefined
  let colour = NAVY
  if (roundedBox(x, y, 64, 64, 42, 28, 4)) colour = PAPER
  if (roundedBox(x, y, 64, 64, 42, 28, 4) && polylineDistance(x, y, flap) <= 2.5) colour = NAVY
  if (polylineDistance(x, y, squiggle) <= 2.8) colour = AMBER
  return colour
}

const rows = []
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4)
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0]
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = paint(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
        if (!colour) continue
        for (let c = 0; c < 3; c++) sum[c] += colour[c]
        sum[3]++
      }
    }
    const covered = sum[3]
    const at = 1 + px * 4
    for (let c = 0; c < 3; c++) row[at + c] = covered ? Math.round(sum[c] / covered) : 0
    row[at + 3] = Math.round((covered / SAMPLES ** 2) * 255)
  }
  rows.push(row)
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buffer) => {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header[8] = 8 // bits per channel
header[9] = 6 // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
writeFileSync(path.join(import.meta.dirname, '../images/icon.png'), png)
