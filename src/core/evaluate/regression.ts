// Regression metrics with scikit-learn's definitions.
import type { MetricValues } from "../metrics/catalogue.js";

export interface RegressionMetrics {
  rmse: number;
  mae: number;
  r2: number;
  mape: number;
}

/** float64 machine epsilon: sklearn's floor for |y| in MAPE. */
const EPS = 2.220446049250313e-16;

/** RMSE, MAE, R² (1 − SS_res/SS_tot; a constant target gives 1 when predicted exactly, else 0) and MAPE (a fraction, not %). */
export function regressionMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionMetrics {
  const n = yTrue.length;
  let se = 0;
  let ae = 0;
  let ape = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]!;
  mean /= n;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const d = yTrue[i]! - yPred[i]!;
    se += d * d;
    ae += Math.abs(d);
    ape += Math.abs(d) / Math.max(Math.abs(yTrue[i]!), EPS);
    ssTot += (yTrue[i]! - mean) ** 2;
  }
  const r2 = ssTot === 0 ? (se === 0 ? 1 : 0) : 1 - se / ssTot;
  return { rmse: Math.sqrt(se / n), mae: ae / n, r2, mape: ape / n } satisfies MetricValues;
}
