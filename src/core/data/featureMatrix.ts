// The row-major float32 block of the columns a plan marks with `matrix` (see ColumnPlan.matrix).
import type { ColumnPlan, FeatureMatrix } from "./types.js";

/** Where one column's values go: every `width`-th float from `offset`. */
export interface MatrixSlot {
  readonly data: Float32Array;
  readonly width: number;
  readonly offset: number;
}

/**
 * How wide the plan's matrix is: 0 when no column asks for one, or when the positions are not 0..w−1 once each
 * (then no matrix is made and the consumer copies from the columns).
 */
export function matrixWidth(plan: readonly ColumnPlan[]): number {
  const at = plan.flatMap((p) => (p.matrix === undefined ? [] : [p.matrix]));
  const seen = new Set(at);
  const ok = seen.size === at.length && at.every((m) => Number.isInteger(m) && m >= 0 && m < at.length);
  return ok ? at.length : 0;
}

/** A matrix buffer for `rows` rows of the plan, or null when the plan asks for none. */
export function matrixBuffer(plan: readonly ColumnPlan[], rows: number): FeatureMatrix | null {
  const width = matrixWidth(plan);
  return width > 0 ? { data: new Float32Array(rows * width), width } : null;
}

/** The slot of column `c`'s values in the matrix, or null when it has none. */
export function slotOf(matrix: FeatureMatrix | null, plan: ColumnPlan): MatrixSlot | null {
  return matrix && plan.matrix !== undefined ? { data: matrix.data, width: matrix.width, offset: plan.matrix } : null;
}

/** The first `rows` rows of a matrix buffer, as a batch's matrix. */
export function firstRows(matrix: FeatureMatrix | null, rows: number): FeatureMatrix | null {
  return matrix ? { data: matrix.data.subarray(0, rows * matrix.width), width: matrix.width } : null;
}

/** Copy already-parsed values into their slot (for types whose parse loop does not write the slot itself). */
export function fillSlot(slot: MatrixSlot, values: Float64Array, rows: number): void {
  const { data, width, offset } = slot;
  for (let r = 0, d = offset; r < rows; r++, d += width) data[d] = values[r]!;
}
