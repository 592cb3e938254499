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
  const a = Float64Array.from(values);
  const q1 = quantileSelect(a, 0.25);
  const median = quantileSelect(a, 0.5);
  const q3 = quantileSelect(a, 0.75);
  return { q1, median, q3, iqr: q3 - q1 };
}

/**
 * The same interpolated quantile as quantileSorted, by selection instead of
 * a full sort: linear on average, so a mission group of 10,000 projects
 * costs 10 times one of 1,000 (a sort costs more). Reorders `a`.
 */
export function quantileSelect(a: Float64Array, p: number): number {
  if (!a.length) return NaN;
  const pos = (a.length - 1) * p;
  const lo = Math.floor(pos);
  const low = select(a, lo);
  if (pos === lo) return low;
  // Selection leaves everything above index lo at higher indexes: the next order statistic is their minimum.
  let next = Infinity;
  for (let i = lo + 1; i < a.length; i++) if (a[i] < next) next = a[i];
  return low + (next - low) * (pos - lo);
}

/** Puts the k-th smallest value at index k (smaller before, larger after) and returns it: quickselect, median-of-three pivots, a sort if it goes badly. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  let budget = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (right > left) {
    if (--budget < 0) {
      a.subarray(left, right + 1).sort();
      return a[k];
    }
    const mid = (left + right) >>> 1;
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Q3 + k × IQR. */
export function upperFence(values: ArrayLike<number>, k: number): number {
  const q = quartiles(values);
  return q.q3 + k * q.iqr;
}
