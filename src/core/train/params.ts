import { extname } from "node:path";

import { flattenDotted } from "../config/dotted.js";
import { readStructuredFile } from "../config/yamlFile.js";
import type { RunRecord } from "./run.js";

/**
 * A params file (YAML, or JSON by its extension) as run.json records it: nested keys as dotted names, DVC's
 * convention ({train: {lr: 0.1}} → "train.lr"), list items under their index ("features.0"). A name given twice
 * is one line naming the file; a file that holds no mapping or list (an empty one) has no params.
 */
export async function readParams(file: string): Promise<RunRecord["params"]> {
  const value = await readStructuredFile(file, extname(file).toLowerCase() === ".json" ? "json" : "yaml");
  // JSON and YAML's core schema have no other scalars than the record's: numbers, text, booleans and null.
  return Object.fromEntries(flattenDotted(value, { arrays: "index", file, what: "param" })) as RunRecord["params"];
}
