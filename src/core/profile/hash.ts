// 52-bit value hashes: HyperLogLog takes 32 of the bits, exact duplicate detection keeps all 52 in a float64 key.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(a: number, b: number): number {
  // 32 bits from one mix, 20 from the other: exactly representable as a float64 integer.
  return fmix(a) * 1048576 + (fmix(b ^ 0x9e3779b9) >>> 12);
}

/** The hash of a number (-0 and 0 alike). */
export function hashNumber(x: number): number {
  f64[0] = x === 0 ? 0 : x;
  return combine(u32[0]! ^ Math.imul(u32[1]!, 0x27d4eb2d), u32[1]! ^ 0x165667b1);
}

/** The hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x3c6ef372;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return combine(a ^ s.length, b);
}

/** Mix a hash into a running key, for compound keys. */
export function hashCombine(acc: number, h: number): number {
  return combine((acc / 1048576) ^ Math.imul(h % 1048576, 0x9e3779b1), (h / 1048576) ^ (acc % 1048576));
}

/** The upper 32 bits of a 52-bit hash. */
export function hash32(h: number): number {
  return Math.floor(h / 1048576) >>> 0;
}

/** An open-addressing set of 52-bit hashes, each with the first row it was seen on: exact duplicate detection in 12 bytes a value. */
export class HashSet {
  private keys = new Float64Array(1024);
  private rows = new Int32Array(1024);
  private mask = 1023;
  size = 0;

  /** The first row this hash was seen on, or -1 (then it is added with `row`). */
  addOrGet(h: number, row: number): number {
    const key = h + 1; // 0 marks an empty slot
    let slot = ((h % 4294967296) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === 0) break;
      if (k === key) return this.rows[slot]!;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.rows[slot] = row;
    if (++this.size * 2 > this.keys.length) this.grow();
    return -1;
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === 0) continue;
      let slot = (((k - 1) % 4294967296) >>> 0) & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.rows[slot] = rows[i]!;
    }
  }
}
