// A small protobuf wire-format reader: enough to walk an ONNX ModelProto for its signature without a code
// generator. Every read is bounds-checked, so truncated or random bytes end in an error, never a hang.

export class ProtoError extends Error {}

export interface Field {
  no: number;
  wire: number;
  /** Varint (as a number: ONNX's counts and versions fit) for wire type 0. */
  int: number;
  /** The bytes of a length-delimited field (wire type 2). */
  bytes: Uint8Array | null;
}

/** The fields of one message, in order. Groups (wire types 3/4) are not used by ONNX and are an error. */
export function fields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  let i = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (let k = 0; k < 10; k++) {
      if (i >= buf.length) throw new ProtoError("truncated varint");
      const b = buf[i++]!;
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new ProtoError("varint too long");
  };
  while (i < buf.length) {
    const key = varint();
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (no === 0) throw new ProtoError("field number 0");
    if (wire === 0) out.push({ no, wire, int: varint(), bytes: null });
    else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (i + n > buf.length) throw new ProtoError("truncated fixed-width field");
      i += n;
      out.push({ no, wire, int: 0, bytes: null });
    } else if (wire === 2) {
      const len = varint();
      if (len > buf.length - i) throw new ProtoError(`a field of ${len} bytes runs past the end`);
      out.push({ no, wire, int: 0, bytes: buf.subarray(i, i + len) });
      i += len;
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
