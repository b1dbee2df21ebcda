// Types for onnx.mjs, so the TypeScript tests can build small ONNX models with the example's writer.
export interface Message {
  bytes(): Uint8Array;
}
export declare const DataType: { FLOAT: number; INT64: number; STRING: number };
export declare const attr: {
  int(name: string, v: number): Message;
  float(name: string, v: number): Message;
  string(name: string, v: string): Message;
  ints(name: string, list: number[]): Message;
  floats(name: string, list: number[]): Message;
  strings(name: string, list: string[]): Message;
};
export declare function node(o: {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  attributes?: Message[];
  domain?: string;
}): Message;
export declare function valueInfo(name: string, elemType: number, shape: (number | string)[]): Message;
export declare function seqMapValueInfo(name: string, keyType: number): Message;
export declare function graph(o: {
  name: string;
  nodes: Message[];
  initializers?: unknown[];
  inputs: Message[];
  outputs: Message[];
  docString?: string;
}): Message;
export declare function model(o: {
  irVersion: number;
  producerName?: string;
  producerVersion?: string;
  domain?: string;
  modelVersion?: number;
  docString?: string;
  graph: Message;
  opsets: { domain: string; version: number }[];
}): Uint8Array;
