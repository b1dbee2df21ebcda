import type { ColumnType } from "../data/types.js";
import { schemaFileSchema } from "./schema.js";

/** Column types from a schema file, in the table's column order; a column the schema does not name is read as text. */
export async function schemaTypes(schemaFile: string, columnNames: readonly string[]): Promise<ColumnType[]> {
  // Loaded when needed: the command declarations every run loads reach this module, and only a run given a schema
  // parses YAML.
  const { loadYamlFile } = await import("../config/yamlFile.js");
  const schema = await loadYamlFile(schemaFile, schemaFileSchema);
  const byName = new Map(schema.fields.map((f) => [f.name, f.type as ColumnType]));
  return columnNames.map((n) => byName.get(n) ?? "string");
}
