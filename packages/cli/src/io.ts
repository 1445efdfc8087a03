/** Where the CLI reads and writes: the real process in `bin.ts`, buffers in tests. */
export interface Io {
  argv: readonly string[]
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  stdin?: AsyncIterable<string | Buffer>
}
