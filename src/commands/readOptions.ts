import type { ColumnType, ReadOptions } from "../core/data/types.js";
import { schemaFileSchema } from "../core/schema/schema.js";
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

/** Column types from a schema file, in the table's column order; a column the schema does not name is read as text. */
export async function schemaTypes(schemaFile: string, columnNames: readonly string[]): Promise<ColumnType[]> {
  const { loadYamlFile } = await import("../core/config/yamlFile.js");
  const schema = await loadYamlFile(schemaFile, schemaFileSchema);
  const byName = new Map(schema.fields.map((f) => [f.name, f.type as ColumnType]));
  return columnNames.map((n) => byName.get(n) ?? "string");
}
