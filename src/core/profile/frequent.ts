/** How many values a frequent-items sketch tracks before it starts to forget the rarest (Misra-Gries). */
export const FREQUENT_CAPACITY = 1024;

export interface FrequentState {
  /** Counts are exact while `error` is 0; otherwise each may be low by at most `error`. */
  items: [string, number][];
  error: number;
}

/** Value counts: exact for few distinct values, a Misra-Gries summary beyond; merges by adding counts. */
export class FrequentItems {
  counts = new Map<string, number>();
  error = 0;

  add(value: string, count = 1): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    if (this.counts.size > FREQUENT_CAPACITY * 2) this.reduce();
  }

  /** Misra-Gries reduction: subtract the (capacity+1)-th largest count from all, drop those at or below zero. */
  private reduce(): void {
    const sorted = [...this.counts.values()].sort((a, b) => b - a);
    const cut = sorted[FREQUENT_CAPACITY] ?? 0;
    if (cut === 0) return;
    for (const [k, v] of this.counts) {
      if (v <= cut) this.counts.delete(k);
      else this.counts.set(k, v - cut);
    }
    this.error += cut;
  }

  merge(other: FrequentItems): void {
    for (const [k, v] of other.counts) this.counts.set(k, (this.counts.get(k) ?? 0) + v);
    this.error += other.error;
    if (this.counts.size > FREQUENT_CAPACITY) this.reduce();
  }

  top(n: number): { value: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n)
      .map(([value, count]) => ({ value, count }));
  }

  toState(): FrequentState {
    if (this.counts.size > FREQUENT_CAPACITY) this.reduce();
    return { items: [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)), error: this.error };
  }

  static fromState(state: FrequentState): FrequentItems {
    const f = new FrequentItems();
    for (const [k, v] of state.items) f.counts.set(k, v);
    f.error = state.error;
    return f;
  }
}
