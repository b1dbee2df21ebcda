import type { StringDict } from "./types.js";

/** Past this many distinct values a column's dictionary is no longer shared across batches, so memory stays bounded. */
export const MAX_SHARED_DICT = 65_536;

let nextId = 1;

/** FNV-1a over bytes: cheap, and good enough to spread short category values over a table. */
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Thrown when bytes are not UTF-8; the caller adds file and line. */
export class NotUtf8Error extends Error {}

/** Interns byte strings into a dictionary, decoding each distinct value once (UTF-8, strictly). */
export class ByteInterner {
  readonly dict: StringDict = { id: nextId++, values: [] };
  // Small to start, doubled as values come: a table of 100,000 columns has as many interners (issue 16).
  private table = new Int32Array(16);
  private mask = 15;
  private arena = new Uint8Array(64);
  private arenaUsed = 0;
  private offsets: number[] = [0];
  private hashes: number[] = [];

  get size(): number {
    return this.dict.values.length;
  }

  intern(b: Uint8Array, s: number, e: number): number {
    const h = hashBytes(b, s, e);
    const len = e - s;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      const code = entry - 1;
      if (this.hashes[code] === h) {
        const o = this.offsets[code]!;
        if (this.offsets[code + 1]! - o === len) {
          let same = true;
          for (let i = 0; i < len; i++) {
            if (this.arena[o + i] !== b[s + i]) {
              same = false;
              break;
            }
          }
          if (same) return code;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    let text: string;
    try {
      text = utf8.decode(b.subarray(s, e));
    } catch {
      throw new NotUtf8Error("bytes that are not UTF-8");
    }
    const code = this.dict.values.length;
    this.dict.values.push(text);
    this.hashes.push(h);
    if (this.arenaUsed + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    this.arena.set(b.subarray(s, e), this.arenaUsed);
    this.arenaUsed += len;
    this.offsets.push(this.arenaUsed);
    this.table[slot] = code + 1;
    if (this.dict.values.length * 2 > this.table.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let code = 0; code < this.hashes.length; code++) {
      let slot = this.hashes[code]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = code + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Interns JavaScript strings (for formats that hand us strings already). */
export class StringInterner {
  readonly dict: StringDict = { id: nextId++, values: [] };
  private readonly codes = new Map<string, number>();

  get size(): number {
    return this.dict.values.length;
  }

  intern(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.dict.values.length;
      this.dict.values.push(text);
      this.codes.set(text, code);
    }
    return code;
  }
}
