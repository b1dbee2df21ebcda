// int64 labels narrowed to Int8 or Int32 by a small WebAssembly function. The same loop in JavaScript took 3–4 ns a
// row (every typed-array access is bounds-checked, and an int64 is read as two Int32 words); in WebAssembly it takes
// about 1 ns, which is 2–6 % of a small model's whole inference. onnxruntime writes the labels straight into the
// module's memory (the fetch tensor is a view of it), the function narrows them there, and one TypedArray.set
// (a memcpy) moves them into the prediction array.
//
// Each exported function is, in WebAssembly text:
//   (func (param $src i32) (param $dst i32) (param $n i32) (result i32) (local $r i32) (local $v i64) (local $bad i64)
//     (block (loop
//       (br_if 1 (i32.ge_u (local.get $r) (local.get $n)))
//       (local.set $v (i64.load (i32.add (local.get $src) (i32.shl (local.get $r) (i32.const 3)))))
//       ;; in range iff v + bias lies in [0, 2^bits): no bit of the mask is set
//       (local.set $bad (i64.or (local.get $bad) (i64.and (i64.add (local.get $v) (i64.const BIAS)) (i64.const MASK))))
//       (STORE (i32.add (local.get $dst) (i32.shl (local.get $r) (i32.const SHIFT))) (local.get $v))
//       (local.set $r (i32.add (local.get $r) (i32.const 1)))
//       (br 0)))
//     (i64.eqz (local.get $bad)))
// with BIAS 2^(bits−1) and MASK −2^bits: −128..127 for Int8, −2^31..2^31−1 for Int32. Every row is stored; on a
// false return the caller widens and writes the batch again.

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

const I32 = 0x7f;
const I64 = 0x7e;
// Opcodes used below (WebAssembly core specification, section 5.4).
const BLOCK = 0x02,
  LOOP = 0x03,
  BR = 0x0c,
  BR_IF = 0x0d,
  END = 0x0b,
  VOID = 0x40;
const GET = 0x20,
  SET = 0x21,
  I32_CONST = 0x41,
  I64_CONST = 0x42;
const I32_GE_U = 0x4f,
  I32_ADD = 0x6a,
  I32_SHL = 0x74;
const I64_LOAD = 0x29,
  I64_STORE8 = 0x3c,
  I64_STORE32 = 0x3e,
  I64_EQZ = 0x50,
  I64_ADD = 0x7c,
  I64_AND = 0x83,
  I64_OR = 0x84;
// Locals: 0 src, 1 dst, 2 n (the parameters), 3 r, 4 v, 5 bad.
const [SRC, DST, N, R, V, BAD] = [0, 1, 2, 3, 4, 5];

function narrowBody(bits: 8 | 32): number[] {
  const store = bits === 8 ? [I64_STORE8, 0, 0] : [I64_STORE32, 2, 0];
  const shift = bits === 8 ? 0 : 2;
  const code = [
    ...[BLOCK, VOID, LOOP, VOID],
    ...[GET, R, GET, N, I32_GE_U, BR_IF, 1],
    ...[GET, SRC, GET, R, I32_CONST, 3, I32_SHL, I32_ADD, I64_LOAD, 3, 0, SET, V],
    ...[GET, BAD, GET, V, I64_CONST, ...signed(1n << BigInt(bits - 1)), I64_ADD],
    ...[I64_CONST, ...signed(-(1n << BigInt(bits))), I64_AND, I64_OR, SET, BAD],
    ...[GET, DST, GET, R, I32_CONST, shift, I32_SHL, I32_ADD, GET, V, ...store],
    ...[GET, R, I32_CONST, 1, I32_ADD, SET, R, BR, 0],
    ...[END, END, GET, BAD, I64_EQZ, END],
  ];
  const body = [
    ...vector([
      [1, I32],
      [2, I64],
    ]),
    ...code,
  ];
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
