// A small protobuf wire-format reader: enough to walk an ONNX ModelProto for its signature without a code
// generator. Every read is bounds-checked, so truncated or random bytes end in an error, never a hang.

export class ProtoError extends Error {}

export interface Field {
  no: number;
  wire: number;
  /** Varint (as a number: ONNX's counts and versions fit) for wire type 0. */
  int: number;
  /** The exact varint, set only when it is too long for a number to hold exactly (negative int64s). */
  int64?: bigint;
  /** The bytes of a length-delimited field (wire type 2). */
  bytes: Uint8Array | null;
  /** The whole field (key included) is buf[start, end): what a rewrite copies when it keeps the field. */
  start: number;
  end: number;
}

/** The fields of one message, in order. Groups (wire types 3/4) are not used by ONNX and are an error. */
/** A varint's exact value (up to 64 bits). */
function exactVarint(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let k = bytes.length - 1; k >= 0; k--) v = (v << 7n) | BigInt(bytes[k]! & 0x7f);
  return v;
}

/** A varint field as a signed int64 (protobuf writes negative int64s as their 64-bit two's complement). */
export function int64Of(f: Field): bigint {
  return BigInt.asIntN(64, f.int64 ?? BigInt(f.int));
}

/** The values of a packed repeated int64 field. */
export function packedInt64s(buf: Uint8Array): bigint[] {
  const out: bigint[] = [];
  const at = { i: 0 };
  while (at.i < buf.length) {
    const from = at.i;
    readVarint(buf, at);
    out.push(BigInt.asIntN(64, exactVarint(buf.subarray(from, at.i))));
  }
  return out;
}

function readVarint(buf: Uint8Array, at: { i: number }): number {
  let result = 0;
  let scale = 1;
  for (let k = 0; k < 10; k++) {
    if (at.i >= buf.length) throw new ProtoError("truncated varint");
    const b = buf[at.i++]!;
    result += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return result;
    scale *= 128;
  }
  throw new ProtoError("varint too long");
}

export function fields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  const at = { i: 0 };
  while (at.i < buf.length) {
    const start = at.i;
    const key = readVarint(buf, at);
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (no === 0) throw new ProtoError("field number 0");
    if (wire === 0) {
      const from = at.i;
      const int = readVarint(buf, at);
      const f: Field = { no, wire, int, bytes: null, start, end: at.i };
      if (at.i - from > 7) f.int64 = exactVarint(buf.subarray(from, at.i));
      out.push(f);
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (at.i + n > buf.length) throw new ProtoError("truncated fixed-width field");
      at.i += n;
      out.push({ no, wire, int: 0, bytes: null, start, end: at.i });
    } else if (wire === 2) {
      const len = readVarint(buf, at);
      if (len > buf.length - at.i) throw new ProtoError(`a field of ${len} bytes runs past the end`);
      out.push({ no, wire, int: 0, bytes: buf.subarray(at.i, at.i + len), start, end: at.i + len });
      at.i += len;
    } else throw new ProtoError(`unsupported wire type ${wire}`);
  }
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function text(f: Field | undefined): string {
  if (!f?.bytes) return "";
  try {
    return utf8.decode(f.bytes);
  } catch {
    throw new ProtoError("a string field is not UTF-8");
  }
}

export function sub(f: Field | undefined): Field[] {
  return f?.bytes ? fields(f.bytes) : [];
}

// Writing, for the few rewrites modelgate makes (see zipMap.ts): fields are copied byte for byte unless replaced.

function varintBytes(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A length-delimited field: a string, bytes or an embedded message. */
export function lenField(no: number, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return concatBytes([Uint8Array.from([...varintBytes(no * 8 + 2), ...varintBytes(bytes.length)]), bytes]);
}

export function varintField(no: number, n: number): Uint8Array {
  return Uint8Array.from([...varintBytes(no * 8), ...varintBytes(n)]);
}

/** The message `buf` with each field replaced by what `edit` returns for it (undefined keeps it, null drops it). */
export function rewrite(buf: Uint8Array, edit: (f: Field) => Uint8Array | null | undefined): Uint8Array {
  return concatBytes(
    fields(buf).flatMap((f) => {
      const r = edit(f);
      return r === null ? [] : [r ?? buf.subarray(f.start, f.end)];
    }),
  );
}
