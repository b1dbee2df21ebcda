// Nested keys as dotted names, DVC's convention ({train: {lr: 0.1}} → "train.lr"): the one flattener behind metrics
// files (gate, train's --metrics) and params files (train's --params).
import { InputError } from "../errors.js";

export interface DottedOptions {
  /**
   * What an array is. "index": its items are flattened under their index (`features.0`), as params are recorded.
   * "skip": it is left out, key and all, as a metrics file's confusion matrices are (no rule can name one).
   */
  arrays: "index" | "skip";
  /** The file the value was read from, for the error a name given twice is. */
  file: string | undefined;
  /** What a name stands for in that message: "metric", "param". */
  what: string;
}

/**
 * Every leaf of `value` under its dotted name, in document order. Leaves are kept as read (null, text, NaN and
 * infinities included): which ones are usable is the caller's call. A name given twice, as in
 * `{"a.b": 1, "a": {"b": 2}}`, is an InputError: which value counted would hang on key order. Empty objects and
 * arrays have no leaves; a value that is not an object or array has no name, so it yields nothing.
 */
export function flattenDotted(value: unknown, options: DottedOptions): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (node: unknown, name: string, depth: number): void => {
    if (node !== null && typeof node === "object") {
      if (Array.isArray(node) && options.arrays === "skip") return;
      for (const [k, v] of Object.entries(node)) visit(v, name ? `${name}.${k}` : k, depth + 1);
    } else if (depth > 0) {
      if (out.has(name))
        throw new InputError(
          options.file,
          { path: name },
          `the ${options.what} is given twice (as a dotted key and as nested keys)`,
        );
      out.set(name, node);
    }
  };
  visit(value, "", 0);
  return out;
}
