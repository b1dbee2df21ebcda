import type { Batch } from "../data/types.js";
import { type Example, MAX_EXAMPLES } from "./report.js";

export interface TallyState {
  count: number;
  examples: Example[];
}

/** Counts rule breaks and keeps the first few as examples. */
export class Tally {
  count = 0;
  examples: Example[] = [];

  state(): TallyState {
    return { count: this.count, examples: this.examples };
  }

  /** Add the tally of a later range, whose rows and lines count from its own start. */
  absorb(next: TallyState, rowOffset: number, lineOffset: number): void {
    this.count += next.count;
    const shifted = next.examples.map((e) => ({
      ...e,
      row: e.row + rowOffset,
      line: e.line === null ? null : e.line + lineOffset,
    }));
    this.examples = [...this.examples, ...shifted].slice(0, MAX_EXAMPLES);
  }

  hit(batch: Batch, col: number, r: number, note?: string): void {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) {
      this.examples.push({
        row: batch.rowStart + r + 1,
        line: batch.lines ? batch.lines[r]! : null,
        value: batch.raw(col, r),
        ...(note ? { note } : {}),
      });
    }
  }
}
