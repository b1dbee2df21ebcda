import type { ReadOptions } from "../core/data/types.js";
import { list, text } from "./command.js";

/** The reader's inputs, shared by every command that reads a table. */
export const readInputs = {
  format: text("Data format: csv, jsonl, parquet or arrow (default: from the extension).", {
    config: "data.format",
    placeholder: "<format>",
  }),
  delimiter: text("CSV field delimiter (default `,`; a tab for .tsv).", {
    config: "data.delimiter",
    placeholder: "<char>",
  }),
  nullValues: list('Comma-separated cell texts read as null (default: "", NA, null).', { config: "data.null_values" }),
};

/** The reader options among a command's input. */
export function readOptionsOf(input: {
  format?: string | undefined;
  delimiter?: string | undefined;
  nullValues?: string[] | undefined;
}): Partial<ReadOptions> & { format?: string } {
  const delimiter = input.delimiter === "\\t" ? "\t" : input.delimiter;
  return {
    ...(input.format !== undefined ? { format: input.format } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(input.nullValues !== undefined ? { nullValues: input.nullValues } : {}),
  };
}
