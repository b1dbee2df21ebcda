// Group fairness for a binary classifier, as fairlearn defines the metrics (fairlearn.metrics):
// demographic parity difference/ratio over selection rates P(ŷ = positive | group), equalized odds difference
// (the larger of the between-group TPR and FPR differences), and equal opportunity difference (TPR difference).

export interface GroupRates {
  count: number;
  selection_rate: number;
  tpr: number;
  fpr: number;
  accuracy: number;
}

export interface Fairness {
  groups: Record<string, GroupRates>;
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
  equal_opportunity_difference: number;
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/** Fairness of predictions across the values of a sensitive column (rates of a group with no positives or negatives are 0). */
export function fairness(
  yTrue: readonly string[],
  yPred: readonly string[],
  group: readonly string[],
  positive: string,
): Fairness {
  const byGroup = new Map<string, number[]>();
  group.forEach((g, i) => byGroup.set(g, [...(byGroup.get(g) ?? []), i]));
  const groups: Record<string, GroupRates> = {};
  for (const [g, rows] of [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let tp = 0;
    let fp = 0;
    let pos = 0;
    let selected = 0;
    let correct = 0;
    for (const i of rows) {
      const t = yTrue[i] === positive;
      const p = yPred[i] === positive;
      if (t) pos++;
      if (p) selected++;
      if (t && p) tp++;
      if (!t && p) fp++;
      if (yTrue[i] === yPred[i]) correct++;
    }
    const neg = rows.length - pos;
    groups[g] = {
      count: rows.length,
      selection_rate: selected / rows.length,
      tpr: pos ? tp / pos : 0,
      fpr: neg ? fp / neg : 0,
      accuracy: correct / rows.length,
    };
  }
  const rates = Object.values(groups);
  const sel = rates.map((r) => r.selection_rate);
  const tprDiff = spread(rates.map((r) => r.tpr));
  const fprDiff = spread(rates.map((r) => r.fpr));
  return {
    groups,
    demographic_parity_difference: spread(sel),
    demographic_parity_ratio: Math.max(...sel) === 0 ? 1 : Math.min(...sel) / Math.max(...sel),
    equalized_odds_difference: Math.max(tprDiff, fprDiff),
    equal_opportunity_difference: tprDiff,
  };
}
