import { openTable } from "../../core/data/open.js";
import { InputError } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { inferSchema } from "../../core/schema/infer.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { readOptionsOf } from "../readOptions.js";
import type { SchemaInferInput } from "./command.js";

/** `modelgate schema infer`: writes the schema YAML. */
export async function runSchemaInfer(input: SchemaInferInput, io: CommandIO): Promise<number> {
  const { data, out, target } = input;
  const source = await openTable(data, readOptionsOf(input));
  if (target !== undefined && !source.columnNames.includes(target)) {
    await source.close();
    throw new InputError(data, undefined, `the target column ${JSON.stringify(target)} is not in the header`);
  }
  let result;
  try {
    result = await inferSchema(source, {
      ...(target ? { target } : {}),
      ...(io.progress ? { onProgress: io.progress } : {}),
    });
  } finally {
    await source.close();
  }
  await writeOutput(out, result.yaml);
  const fields = result.schema.fields;
  const human = `wrote ${shown(out, io.cwd)}: ${fields.length} columns (${fields.map((f) => `${f.name}: ${f.type}`).join(", ")})\n`;
  printResult(io, human, result.schema);
  await io.platform.setOutputs({ "schema-path": out, columns: fields.length });
  return 0;
}
