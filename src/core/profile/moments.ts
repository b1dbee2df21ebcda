/** Count, mean and sum of squared deviations: merged exactly with Chan et al.'s parallel formula. */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
}

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0 };

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}

/** Moments of the OK values of a batch column (two passes over the batch for accuracy). */
export function batchMoments(values: Float64Array, status: Uint8Array, length: number): Moments {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    if (status[i] === 0) {
      n++;
      sum += values[i]!;
    }
  }
  if (n === 0) return EMPTY_MOMENTS;
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < length; i++) {
    if (status[i] === 0) {
      const d = values[i]! - mean;
      m2 += d * d;
    }
  }
  return { n, mean, m2 };
}

/** Sample standard deviation (ddof = 1, as pandas' `std`). */
export function sampleStd(m: Moments): number {
  return m.n > 1 ? Math.sqrt(m.m2 / (m.n - 1)) : NaN;
}
