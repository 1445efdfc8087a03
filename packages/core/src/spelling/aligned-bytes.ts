/** The bytes at an offset typed arrays of 32-bit integers can view: a copy when a file's bytes sit elsewhere in Node's buffer pool. */
export function alignedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
}
