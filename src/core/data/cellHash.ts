// A cell's 52-bit value hash, for exact duplicate detection (validate's unique rules, schema infer's unique
// columns). A string is hashed once per distinct value: batches carry dictionary codes, and the cache is keyed by
// code (and reset when a column's dictionary changes).
import { hashNumber, hashString } from "../profile/hash.js";
import type { ColumnData, StringDict } from "./types.js";

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
