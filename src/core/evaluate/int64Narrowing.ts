// int64 labels narrowed to Int8 or Int32 by a small WebAssembly function. The same loop in JavaScript took 3–4 ns a
// row here (every typed-array access is bounds-checked, and an int64 is read as two Int32 words); a scalar
// WebAssembly loop took about 1 ns, and the 128-bit vector loop below 0.3 ns for Int8 (0.3–0.6 for Int32): on the
// example's logistic regression, inference itself takes 40–50 ns a row. onnxruntime writes the labels straight into
// the module's memory (the fetch tensor is a view of it), the function narrows them there, and one TypedArray.set
// (a memcpy) moves them into the prediction array.
//
// Each exported function (src, dst, n) -> 1 if all n labels fit, else 0. A row fits Int32 when its high 32-bit word
// is its low word's sign (high == low >> 31), and Int8 when moreover low + 128 lies in [0, 256). Sixteen rows at a
// time: eight 128-bit loads, the low and high words gathered by shuffles, the check or-ed into a vector
// accumulator, the low words stored (Int32) or narrowed with saturation, exact for values in range (Int8). The
// rows left (fewer than 16) go one at a time, the check then being on the int64 itself:
//   bad |= (v + 2^(bits−1)) & −2^bits
// Every row is stored; on a 0 the caller does not copy them and widens the batch.

/** Unsigned LEB128, as WebAssembly encodes sizes and indices. */
function unsigned(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128, for i64 constants. */
function signed(value: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = Number(value & 0x7fn);
    value >>= 7n;
    const done = (value === 0n && (byte & 0x40) === 0) || (value === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const vector = (items: number[][]) => [...unsigned(items.length), ...items.flat()];
const section = (id: number, bytes: number[]) => [id, ...unsigned(bytes.length), ...bytes];
const name = (text: string) => [...unsigned(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

// Value types and opcodes (WebAssembly core specification 2.0, sections 5.3 and 5.4; SIMD ones after the 0xfd prefix).
const I32 = 0x7f;
const I64 = 0x7e;
const V128 = 0x7b;
const op = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  void: 0x40,
  get: 0x20,
  set: 0x21,
  i32Const: 0x41,
  i64Const: 0x42,
  i32Eqz: 0x45,
  i32GeU: 0x4f,
  i32GtU: 0x4b,
  i32Add: 0x6a,
  i32And: 0x71,
  i32Shl: 0x74,
  i64Load: 0x29,
  i64Store8: 0x3c,
  i64Store32: 0x3e,
  i64Eqz: 0x50,
  i64Add: 0x7c,
  i64And: 0x83,
  i64Or: 0x84,
};
const simd = {
  load: 0,
  store: 11,
  const: 12,
  shuffle: 13,
  and: 78,
  or: 80,
  xor: 81,
  anyTrue: 83,
  i8x16NarrowI16x8S: 101,
  i16x8NarrowI32x4S: 133,
  i32x4ShrS: 172,
  i32x4Add: 174,
};
const v = (code: number, ...imm: number[]) => [0xfd, ...unsigned(code), ...imm];
const i32x4 = (x: number) =>
  v(
    simd.const,
    ...Array.from({ length: 4 }, () => [x & 255, (x >> 8) & 255, (x >> 16) & 255, (x >>> 24) & 255]).flat(),
  );
// The low and the high 32-bit words of two vectors of two int64 each: four rows as an i32x4.
const LOW_WORDS = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27];
const HIGH_WORDS = LOW_WORDS.map((b) => b + 4);

// Locals: 0 src, 1 dst, 2 n (the parameters), 3 r, 4 v, 5 bad, 6 p (the rows' address), 7 x, 8 y, 9 acc, 10–13 low words.
const [SRC, DST, N, R, VAL, BAD, P, X, Y, ACC] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const LOW = [10, 11, 12, 13];

/**
 * Sixteen rows at a time: each four rows' low words (the value if it fits), with the check that the high word is
 * the low word's sign (and, for Int8, that low + 128 fits in 8 bits) or-ed into acc; then the low words narrowed
 * (saturating, exact for values in range) to Int8, or stored as they are for Int32.
 */
function simdLoop(bits: 8 | 32): number[] {
  const group = (k: number) => [
    ...[op.get, P, ...v(simd.load, 0, ...unsigned(32 * k)), op.set, X],
    ...[op.get, P, ...v(simd.load, 0, ...unsigned(32 * k + 16)), op.set, Y],
    ...[op.get, X, op.get, Y, ...v(simd.shuffle, ...LOW_WORDS), op.set, LOW[k]!],
    ...[op.get, ACC, op.get, X, op.get, Y, ...v(simd.shuffle, ...HIGH_WORDS)],
    ...[op.get, LOW[k]!, op.i32Const, 31, ...v(simd.i32x4ShrS), ...v(simd.xor), ...v(simd.or)],
    ...(bits === 8
      ? [op.get, LOW[k]!, ...i32x4(128), ...v(simd.i32x4Add), ...i32x4(~255), ...v(simd.and), ...v(simd.or)]
      : []),
    ...[op.set, ACC],
  ];
  const store =
    bits === 8
      ? [
          ...[op.get, DST, op.get, R, op.i32Add],
          ...[op.get, LOW[0]!, op.get, LOW[1]!, ...v(simd.i16x8NarrowI32x4S)],
          ...[op.get, LOW[2]!, op.get, LOW[3]!, ...v(simd.i16x8NarrowI32x4S), ...v(simd.i8x16NarrowI16x8S)],
          ...v(simd.store, 0, 0),
        ]
      : LOW.flatMap((l, k) => [
          ...[op.get, DST, op.get, R, op.i32Const, 2, op.i32Shl, op.i32Add, op.get, l],
          ...v(simd.store, 0, ...unsigned(16 * k)),
        ]);
  return [
    ...[op.block, op.void, op.loop, op.void],
    ...[op.get, R, op.i32Const, 16, op.i32Add, op.get, N, op.i32GtU, op.brIf, 1],
    ...[op.get, SRC, op.get, R, op.i32Const, 3, op.i32Shl, op.i32Add, op.set, P],
    ...[0, 1, 2, 3].flatMap(group),
    ...store,
    ...[op.get, R, op.i32Const, 16, op.i32Add, op.set, R, op.br, 0],
    ...[op.end, op.end],
  ];
}

/** The rows the vector loop left (fewer than 16), one at a time: the loop in the text at the top of the file. */
function scalarLoop(bits: 8 | 32): number[] {
  const store = bits === 8 ? [op.i64Store8, 0, 0] : [op.i64Store32, 2, 0];
  const shift = bits === 8 ? 0 : 2;
  return [
    ...[op.block, op.void, op.loop, op.void],
    ...[op.get, R, op.get, N, op.i32GeU, op.brIf, 1],
    ...[op.get, SRC, op.get, R, op.i32Const, 3, op.i32Shl, op.i32Add, op.i64Load, 3, 0, op.set, VAL],
    ...[op.get, BAD, op.get, VAL, op.i64Const, ...signed(1n << BigInt(bits - 1)), op.i64Add],
    ...[op.i64Const, ...signed(-(1n << BigInt(bits))), op.i64And, op.i64Or, op.set, BAD],
    ...[op.get, DST, op.get, R, op.i32Const, shift, op.i32Shl, op.i32Add, op.get, VAL, ...store],
    ...[op.get, R, op.i32Const, 1, op.i32Add, op.set, R, op.br, 0],
    ...[op.end, op.end],
  ];
}

function narrowBody(bits: 8 | 32): number[] {
  const code = [
    ...simdLoop(bits),
    ...scalarLoop(bits),
    // In range iff neither loop saw a bad row.
    ...[op.get, BAD, op.i64Eqz, op.get, ACC, ...v(simd.anyTrue), op.i32Eqz, op.i32And, op.end],
  ];
  const locals = vector([
    [1, I32],
    [2, I64],
    [1, I32],
    [7, V128],
  ]);
  const body = [...locals, ...code];
  return [...unsigned(body.length), ...body];
}

function moduleBytes(): Uint8Array {
  const narrowType = [0x60, ...vector([[I32], [I32], [I32]]), ...vector([[I32]])];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([narrowType])),
    ...section(3, vector([[0], [0]])),
    ...section(5, vector([[0x00, 1]])),
    ...section(
      7,
      vector([
        [...name("memory"), 0x02, 0],
        [...name("toInt8"), 0x00, 0],
        [...name("toInt32"), 0x00, 1],
      ]),
    ),
    ...section(10, vector([narrowBody(8), narrowBody(32)])),
  ]);
}

// The WebAssembly global as far as it is used here (Node 20's type definitions do not declare it).
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  toInt8(src: number, dst: number, n: number): number;
  toInt32(src: number, dst: number, n: number): number;
}

let compiled: object | null = null;

/**
 * A buffer of `rows` int64 labels in WebAssembly memory (hand it to onnxruntime as the fetch), and the narrowing of
 * its first n rows into Int8 or Int32 arrays. Little-endian hosts only: WebAssembly memory is little-endian.
 */
export class Int64Narrowing {
  readonly labels: BigInt64Array;
  private readonly fn: Exports;
  private readonly out: number;

  constructor(readonly rows: number) {
    compiled ??= new wasm.Module(moduleBytes());
    this.fn = new wasm.Instance(compiled).exports as Exports;
    const bytes = rows * 12;
    const pages = Math.ceil(bytes / 65536);
    if (pages > 1) this.fn.memory.grow(pages - 1);
    this.labels = new BigInt64Array(this.fn.memory.buffer, 0, rows);
    this.out = rows * 8;
  }

  /** The first n labels into dst from base as Int8; false (dst's rows then hold truncated values) if one does not fit. */
  toInt8(dst: Int8Array, base: number, n: number): boolean {
    const ok = this.fn.toInt8(0, this.out, n) === 1;
    if (ok) dst.set(new Int8Array(this.fn.memory.buffer, this.out, n), base);
    return ok;
  }

  /** The first n labels into dst from base as Int32; false if one does not fit. */
  toInt32(dst: Int32Array, base: number, n: number): boolean {
    const ok = this.fn.toInt32(0, this.out, n) === 1;
    if (ok) dst.set(new Int32Array(this.fn.memory.buffer, this.out, n), base);
    return ok;
  }
}
