// The one way input text and JSON files are read (config, schema, metrics, evaluation, gate, drift, profile, params):
// regular files only, a leading byte-order mark dropped, nesting bounded. YAML goes through yamlFile.ts, which uses
// the same text reader; this module stays free of the YAML library so JSON-only commands do not load it.
import { readFile } from "node:fs/promises";

import { InputError, jsonSyntaxProblem, unreadable } from "../errors.js";
import { assertRegularFile } from "../regularFile.js";

/**
 * How deep a structured file may nest. No config or result file comes near it; past it the readers that recurse
 * (the YAML composer, zod, the metric flattener) would overflow the stack on a crafted file of a few hundred bytes.
 */
export const MAX_NESTING = 100;

/** The problem named when a file nests deeper than MAX_NESTING. */
export const TOO_DEEP = `nested deeper than ${MAX_NESTING} levels`;

/** A text input's content: only a regular file is read; a UTF-8 byte-order mark is dropped. */
export async function readTextFile(file: string): Promise<string> {
  await assertRegularFile(file);
  const text = await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e)));
  return stripBom(text);
}

/** The text without a leading U+FEFF (JSON.parse refuses one; YAML allows it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The line of the first bracket that opens past MAX_NESTING, strings skipped; null when the text stays within it. */
function tooDeepLine(text: string): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/** JSON text to a value; syntax, NaN and excessive nesting are one InputError naming the file. */
export function parseJsonText(file: string, text: string): unknown {
  const body = stripBom(text);
  const deep = tooDeepLine(body);
  if (deep !== null) throw new InputError(file, { line: deep }, TOO_DEEP);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new InputError(file, undefined, jsonSyntaxProblem(body, e));
  }
}

/** Read and parse a JSON file (see readTextFile and parseJsonText). */
export async function readJsonFile(file: string): Promise<unknown> {
  return parseJsonText(file, await readTextFile(file));
}
