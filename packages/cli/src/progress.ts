/** Only long runs show progress: a short one would just flicker. */
const MIN_LETTERS = 200

/** A one-line counter on standard error while a long run lints, when that is a terminal. */
export function progress(stderr: { write(text: string): unknown; isTTY?: boolean }, total: number) {
  const active = !!stderr.isTTY && total >= MIN_LETTERS
  let last = 0
  return {
    update(done: number): void {
      const now = Date.now()
      if (!active || (now - last < 100 && done < total)) return
      last = now
      stderr.write(`\rLinting letters: ${done}/${total}`)
    },
    done(): void {
      if (active) stderr.write('\r\x1b[K')
    },
  }
}
