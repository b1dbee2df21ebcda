import { defineCommand, file, type InputOf, output, text } from "../command.js";
import { readInputs } from "../readOptions.js";

const inputs = {
  data: file("The reference data.", { required: true, config: ["data.reference", "data.path"] }),
  out: output("Where to write the schema (YAML).", { required: true, config: "schema" }),
  target: text("The target (label) column to record in the schema.", { placeholder: "<column>" }),
  ...readInputs,
};

export type SchemaInferInput = InputOf<typeof inputs>;

export const schemaInfer = defineCommand({
  name: "schema-infer",
  words: ["schema", "infer"],
  summary: "Infer a schema from reference data; observed ranges become comments, not rules.",
  inputs,
  outputs: [
    { name: "schema-path", description: "Path of the schema written." },
    { name: "columns", description: "Columns in the schema." },
  ],
  run: async (input, io) => (await import("./run.js")).runSchemaInfer(input, io),
});
