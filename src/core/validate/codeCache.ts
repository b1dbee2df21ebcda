// Rules on string columns run once per distinct value: batches carry dictionary codes, and these caches are keyed
// by code (and reset when a column's dictionary changes).
import type { ColumnData, StringDict } from "../data/types.js";
import { hashNumber, hashString } from "../profile/hash.js";

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

/** Per-dictionary-code cache of string hashes. */
export class CodeHashes {
  private dict: StringDict | null = null;
  private hashes = new Float64Array(0);

  get(dict: StringDict, code: number): number {
    if (dict !== this.dict) {
      this.dict = dict;
      this.hashes = new Float64Array(Math.max(64, dict.values.length * 2)).fill(-1);
    }
    if (code >= this.hashes.length) {
      const grown = new Float64Array(Math.max(code + 1, this.hashes.length * 2)).fill(-1);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    let h = this.hashes[code]!;
    if (h < 0) {
      h = hashString(dict.values[code]!);
      this.hashes[code] = h;
    }
    return h;
  }
}

/** The hash of an OK cell, for duplicate detection. */
export function cellHash(col: ColumnData, r: number, hashes: CodeHashes): number {
  return col.kind === "string" ? hashes.get(col.dict, col.codes[r]!) : hashNumber(col.values[r]!);
}
