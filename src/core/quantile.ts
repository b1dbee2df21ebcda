/**
 * numpy.quantile(sorted, q, method="linear") to the bit: index (n − 1)·q, and numpy 1.24's interpolation, which
 * works down from the upper neighbour when the fraction is ≥ 0.5. Used for latency percentiles, bootstrap
 * intervals and drift bin edges alike. `sorted` must be ascending and non-empty.
 */
export function quantileLinear(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * q;
  const lo = Math.min(Math.max(Math.floor(index), 0), n - 1);
  const hi = Math.min(lo + 1, n - 1);
  const t = index - Math.floor(index);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The quantiles at which drift cuts numeric bins (from the rows, or from a sketch). */
export const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Interior bin edges at the deciles `quantile` gives, de-duplicated and ascending. */
export function decileEdgesBy(quantile: (q: number) => number): number[] {
  return [...new Set(DECILES.map(quantile))].sort((x, y) => x - y);
}
