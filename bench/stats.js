/** Order statistics for timing samples. */

/** Sorted copy, numbers ascending. */
export function sorted(values) {
  return Float64Array.from(values).sort()
}

/**
 * The `p`-th percentile (0–100) of ascending `values`, interpolating linearly between the two
 * nearest ranks (Hyndman & Fan type 7, as numpy and spreadsheets do), so p50 of an even count is
 * the mean of the middle two.
 */
export function percentile(ascending, p) {
  const n = ascending.length
  if (n === 0) return Number.NaN
  const rank = (p / 100) * (n - 1)
  const low = Math.floor(rank)
  const high = Math.min(n - 1, low + 1)
  return ascending[low] + (ascending[high] - ascending[low]) * (rank - low)
}

/** The median of any order of `values`. */
export function median(values) {
  return percentile(sorted(values), 50)
}
