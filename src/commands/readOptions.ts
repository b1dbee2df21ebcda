import type { ColumnType, ReadOptions } from "../core/data/types.js";
import { schemaFileSchema } from "../core/schema/schema.js";
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

/** Column types from a schema file, in the table's column order; a column the schema does not name is read as text. */
export async function schemaTypes(schemaFile: string, columnNames: readonly string[]): Promise<ColumnType[]> {
  const { loadYamlFile } = await import("../core/config/yamlFile.js");
  const schema = await loadYamlFile(schemaFile, schemaFileSchema);
  const byName = new Map(schema.fields.map((f) => [f.name, f.type as ColumnType]));
  return columnNames.map((n) => byName.get(n) ?? "string");
}
