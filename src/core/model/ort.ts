// onnxruntime-node, loaded when a command first runs a model. A static import would load its native library for
// every command (20–40 ms and its mapped pages, even for `drift` from profiles): the bundler hoists an external
// ES import into the entry chunk, while a require stays where it is called.
import { createRequire } from "node:module";

import type * as Ort from "onnxruntime-node";

export type { Ort };

/**
 * onnxruntime logs from native code straight to the process's stderr, in ANSI colours, bypassing the command's
 * streams: it cannot be made one plain line, so it is silenced below fatal. Nothing is lost: every error it logs
 * is also thrown and reported in one line, and its warnings are about the graph (an unused initializer removed, a
 * declared output shape that differs from the real one), which modelgate checks itself on every run.
 */
const LOG_LEVEL = "fatal";
/** The same level for each session (ORT_LOGGING_LEVEL_FATAL), in case the environment was set up before ort(). */
export const SESSION_OPTIONS: Ort.InferenceSession.SessionOptions = { logSeverityLevel: 4 };

let loaded: typeof Ort | null = null;

export function ort(): typeof Ort {
  if (!loaded) {
    loaded = createRequire(import.meta.url)("onnxruntime-node") as typeof Ort;
    // Read when the first session sets up onnxruntime's environment, so before any.
    loaded.env.logLevel = LOG_LEVEL;
  }
  return loaded;
}
