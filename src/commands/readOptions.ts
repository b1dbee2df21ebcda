import type { ReadOptions } from "../core/data/types.js";
import type { Inputs } from "./io.js";

/** The reader options among a command's inputs. */
export function readOptionsOf(inputs: Inputs): Partial<ReadOptions> & { format?: string } {
  const nullValues = inputs.nullValues;
  const delimiter =
    typeof inputs.delimiter === "string" ? (inputs.delimiter === "\\t" ? "\t" : inputs.delimiter) : undefined;
  return {
    ...(typeof inputs.format === "string" ? { format: inputs.format } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(Array.isArray(nullValues) ? { nullValues } : {}),
  };
}
