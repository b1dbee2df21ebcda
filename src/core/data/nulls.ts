const encoder = new TextEncoder();

/** Tests whether a cell's bytes spell one of the null tokens. */
export class NullMatcher {
  private readonly tokens: Uint8Array[];
  readonly empty: boolean;
  private readonly texts: Set<string>;
  /** Which byte lengths any token has, so most cells are ruled out by one load. */
  private readonly lengths = new Uint8Array(64);

  constructor(nullValues: readonly string[]) {
    this.texts = new Set(nullValues);
    this.empty = this.texts.has("");
    this.tokens = nullValues.filter((t) => t !== "").map((t) => encoder.encode(t));
    for (const t of this.tokens) this.lengths[Math.min(t.length, 63)] = 1;
  }

  bytes(b: Uint8Array, s: number, e: number): boolean {
    const n = e - s;
    if (n === 0) return this.empty;
    if (n < 63 && this.lengths[n] === 0) return false;
    for (const t of this.tokens) {
      if (t.length !== n) continue;
      let k = 0;
      while (k < n && t[k] === b[s + k]) k++;
      if (k === n) return true;
    }
    return false;
  }

  text(s: string): boolean {
    return this.texts.has(s);
  }
}

/** The type a column is read as, from the bits of the types every non-null cell fits. */
export function typeFromFits(mask: number, seen: boolean): "integer" | "number" | "boolean" | "datetime" | "string" {
  if (!seen) return "string";
  if (mask & 1) return "integer";
  if (mask & 2) return "number";
  if (mask & 4) return "boolean";
  if (mask & 8) return "datetime";
  return "string";
}
