// A minimal ONNX (ModelProto) writer: just enough protobuf to describe a small inference graph.
//
// Why by hand: the example must not add dependencies (no `onnx`, no protobuf runtime), and a model file
// is only a handful of nested messages. Field numbers follow onnx/onnx.proto3 (checked against the
// public file); each one is named at its use so a reviewer can compare them line by line.
//
// Determinism: fields are written in a fixed order, nothing depends on time, locale or object key
// order, and floats are stored as IEEE 754 float32 little-endian, so the same inputs give the same bytes.

import { TextEncoder } from "node:util";

// Protobuf wire types.
const VARINT = 0;
const FIXED32 = 5;
const LEN = 2;

// Public enums (AttributeProto.AttributeType, TensorProto.DataType).
export const AttrType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 };
export const DataType = { FLOAT: 1, INT64: 7, STRING: 8 };

const utf8 = new TextEncoder();

// Base-128 varint. int64 fields use two's complement over 64 bits, so negatives (e.g. axis=-1) take
// ten bytes; BigInt keeps that exact instead of losing bits in 32-bit JS shifts.
function varint(value) {
  let v = BigInt.asUintN(64, BigInt(value));
  const out = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

const key = (field, wire) => varint((field << 3) | wire);

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function float32Bytes(values) {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true)); // protobuf fixed32 is little-endian
  return bytes;
}

// A message is built as a list of encoded fields; `bytes()` joins them. Unset (undefined) values are
// skipped, matching proto3 "absent" semantics, so callers can pass optional fields straight through.
class Msg {
  parts = [];
  int(field, v) {
    if (v !== undefined) this.parts.push(Uint8Array.from([...key(field, VARINT), ...varint(v)]));
    return this;
  }
  float(field, v) {
    if (v !== undefined) this.parts.push(concat([Uint8Array.from(key(field, FIXED32)), float32Bytes([v])]));
    return this;
  }
  bytesField(field, data) {
    if (data !== undefined)
      this.parts.push(concat([Uint8Array.from([...key(field, LEN), ...varint(data.length)]), data]));
    return this;
  }
  str(field, s) {
    return s === undefined ? this : this.bytesField(field, utf8.encode(s));
  }
  msg(field, m) {
    return m === undefined ? this : this.bytesField(field, m.bytes());
  }
  // Repeated scalars written one element per field (the proto2 default that onnx.proto uses for
  // dims/ints/floats); every protobuf parser accepts this form.
  ints(field, list = []) {
    list.forEach((v) => this.int(field, v));
    return this;
  }
  floatsUnpacked(field, list = []) {
    list.forEach((v) => this.float(field, v));
    return this;
  }
  // Packed repeated scalars: one length-delimited field, as onnx.proto declares for float_data /
  // int64_data ([packed = true]); compact for weight tensors.
  packedFloats(field, list) {
    return list === undefined ? this : this.bytesField(field, float32Bytes(list));
  }
  packedInts(field, list) {
    return list === undefined ? this : this.bytesField(field, Uint8Array.from(list.flatMap((v) => varint(v))));
  }
  bytes() {
    return concat(this.parts);
  }
}

// TensorProto{dims=1, data_type=2, float_data=4, int64_data=7, name=8}.
export function tensor({ name, dims, dataType, floats, int64s }) {
  return new Msg()
    .ints(1, dims)
    .int(2, dataType)
    .packedFloats(4, dataType === DataType.FLOAT ? floats : undefined)
    .packedInts(7, dataType === DataType.INT64 ? int64s : undefined)
    .str(8, name);
}

// AttributeProto{name=1, f=2, i=3, s=4, t=5, floats=7, ints=8, type=20}; `type` is mandatory since IR v2.
export const attr = {
  int: (name, v) => new Msg().str(1, name).int(3, v).int(20, AttrType.INT),
  float: (name, v) => new Msg().str(1, name).float(2, v).int(20, AttrType.FLOAT),
  string: (name, v) => new Msg().str(1, name).str(4, v).int(20, AttrType.STRING),
  tensor: (name, t) => new Msg().str(1, name).msg(5, tensor(t)).int(20, AttrType.TENSOR),
  strings: (name, list) => {
    const m = new Msg().str(1, name);
    list.forEach((v) => m.str(9, v));
    return m.int(20, 8); // STRINGS
  },
  ints: (name, list) => new Msg().str(1, name).ints(8, list).int(20, AttrType.INTS),
  floats: (name, list) => new Msg().str(1, name).floatsUnpacked(7, list).int(20, AttrType.FLOATS),
};

// NodeProto{input=1, output=2, name=3, op_type=4, attribute=5, domain=7}. Domain is left absent, which
// means the default ONNX domain ("").
export function node({ opType, inputs, outputs, name, attributes = [], domain }) {
  const m = new Msg();
  inputs.forEach((s) => m.str(1, s));
  outputs.forEach((s) => m.str(2, s));
  m.str(3, name).str(4, opType);
  attributes.forEach((a) => m.msg(5, a));
  return m.str(7, domain);
}

// ValueInfoProto{name=1, type=2} → TypeProto{tensor_type=1} → TypeProto.Tensor{elem_type=1, shape=2}
// → TensorShapeProto{dim=1} → Dimension{dim_value=1, dim_param=2}. A string dim is symbolic ("N").
export function valueInfo(name, elemType, shape) {
  const dims = new Msg();
  for (const d of shape) dims.msg(1, typeof d === "string" ? new Msg().str(2, d) : new Msg().int(1, d));
  const tensorType = new Msg().int(1, elemType).msg(2, dims);
  return new Msg().str(1, name).msg(2, new Msg().msg(1, tensorType));
}

// GraphProto{node=1, name=2, initializer=5, doc_string=10, input=11, output=12}.
/** A sequence of maps from `keyType` to float: what ai.onnx.ml ZipMap outputs (scikit-learn's default export). */
export function seqMapValueInfo(name, keyType) {
  const floatTensor = new Msg().msg(1, new Msg().int(1, DataType.FLOAT));
  const map = new Msg().msg(5, new Msg().int(1, keyType).msg(2, floatTensor));
  return new Msg().str(1, name).msg(2, new Msg().msg(4, new Msg().msg(1, map)));
}

export function graph({ name, nodes, initializers = [], inputs, outputs, docString }) {
  const m = new Msg();
  nodes.forEach((n) => m.msg(1, n));
  m.str(2, name);
  initializers.forEach((t) => m.msg(5, tensor(t)));
  m.str(10, docString);
  inputs.forEach((v) => m.msg(11, v));
  outputs.forEach((v) => m.msg(12, v));
  return m;
}

// ModelProto{ir_version=1, producer_name=2, producer_version=3, domain=4, model_version=5,
// doc_string=6, graph=7, opset_import=8}; OperatorSetIdProto{domain=1, version=2}. Returns file bytes.
export function model({ irVersion, producerName, producerVersion, domain, modelVersion, docString, graph: g, opsets }) {
  const m = new Msg().int(1, irVersion).str(2, producerName).str(3, producerVersion).str(4, domain);
  m.int(5, modelVersion).str(6, docString).msg(7, g);
  // An empty domain string is the default ONNX operator set, so it is written as absent.
  opsets.forEach(({ domain: d, version }) => m.msg(8, new Msg().str(1, d || undefined).int(2, version)));
  return m.bytes();
}
