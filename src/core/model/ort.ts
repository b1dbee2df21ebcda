// onnxruntime-node, loaded when a command first runs a model. A static import would load its native library for
// every command (20–40 ms and its mapped pages, even for `drift` from profiles): the bundler hoists an external
// ES import into the entry chunk, while a require stays where it is called.
import { createRequire } from "node:module";

import type * as Ort from "onnxruntime-node";

export type { Ort };

let loaded: typeof Ort | null = null;

export function ort(): typeof Ort {
  return (loaded ??= createRequire(import.meta.url)("onnxruntime-node") as typeof Ort);
}
