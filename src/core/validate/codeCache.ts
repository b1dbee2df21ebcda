// Rules on string columns run once per distinct value: batches carry dictionary codes, and this cache is keyed by
// code (and reset when a column's dictionary changes).
import type { StringDict } from "../data/types.js";

/** Per-dictionary-code memo of a string predicate, so a rule runs once per distinct value. */
export class CodeMemo {
  private dict: StringDict | null = null;
  private memo = new Int8Array(0);
  constructor(private readonly test: (text: string) => boolean) {}

  ok(dict: StringDict, code: number): boolean {
    if (dict !== this.dict) {
      this.dict = dict;
      this.memo = new Int8Array(Math.max(64, dict.values.length * 2));
    }
    if (code >= this.memo.length) {
      const grown = new Int8Array(Math.max(code + 1, this.memo.length * 2));
      grown.set(this.memo);
      this.memo = grown;
    }
    let m = this.memo[code]!;
    if (m === 0) {
      m = this.test(dict.values[code]!) ? 1 : 2;
      this.memo[code] = m;
    }
    return m === 1;
  }
}
