/** Quartiles and the Tukey-style upper fence used for cost outliers. */

/** Linear-interpolation quantile (Excel's QUARTILE.INC) of ascending values. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
  iqr: number;
}

export function quartiles(values: ArrayLike<number>): Quartiles {
  // A typed array sorts numerically and natively: no comparator call per comparison.
  const sorted = Float64Array.from(values).sort();
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  return { q1, median: quantileSorted(sorted, 0.5), q3, iqr: q3 - q1 };
}

/** Q3 + k × IQR. */
export function upperFence(values: ArrayLike<number>, k: number): number {
  const q = quartiles(values);
  return q.q3 + k * q.iqr;
}
