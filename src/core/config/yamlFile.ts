import { Composer, type Document, isMap, isSeq, LineCounter, type Node, Parser } from "yaml";
import type { z } from "zod";

import { errorMessage, InputError } from "../errors.js";
import { MAX_NESTING, parseJsonText, readTextFile, TOO_DEEP } from "./jsonFile.js";

/** Alias expansions a document may make: past this it is an alias bomb ("billion laughs"), not a config. */
const MAX_ALIASES = 100;

/** `a.b[0].c` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
  return out || "(top level)";
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): { node: Node | null; key: boolean } {
  let node: Node | null = root;
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === p);
      if (!pair) return { node, key: false };
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof p === "number") {
      node = (node.items[p] as Node | undefined) ?? node;
    } else break;
  }
  return { node, key: false };
}

function keyNode(map: Node | null, key: string): Node | null {
  if (!isMap(map)) return null;
  const pair = map.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
  return (pair?.key as Node | undefined) ?? null;
}

type CstNode = { type?: string; offset?: number; value?: unknown; items?: { key?: unknown; value?: unknown }[] };

/**
 * The offset of the first collection nested past MAX_NESTING, or null. Read from the concrete syntax tree, which
 * the yaml package builds without recursion: its composer recurses per level, and `- - - … x` (two bytes a level)
 * overflows it, or worse, exhausts the heap.
 */
function tooDeepOffset(tokens: readonly unknown[]): number | null {
  for (const token of tokens) {
    const stack: [CstNode, number][] = [[token as CstNode, 0]];
    for (let next = stack.pop(); next; next = stack.pop()) {
      const [node, depth] = next;
      const collection = node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection";
      const d = collection ? depth + 1 : depth;
      if (d > MAX_NESTING) return node.offset ?? 0;
      for (const item of node.items ?? []) {
        if (item.key && typeof item.key === "object") stack.push([item.key as CstNode, d]);
        if (item.value && typeof item.value === "object") stack.push([item.value as CstNode, d]);
      }
      if (node.value && typeof node.value === "object") stack.push([node.value as CstNode, d]);
    }
  }
  return null;
}

/**
 * YAML text as one document; nesting past MAX_NESTING and syntax errors are one InputError with the line. This is
 * yaml's parseDocument in its two steps, so that the syntax tree is checked before the composer walks it.
 */
function yamlDocument(file: string, text: string, lineCounter: LineCounter): Document {
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeepOffset(tokens);
  if (deep !== null) throw new InputError(file, { line: lineCounter.linePos(deep).line }, TOO_DEEP);
  const docs = new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, text.length);
  const doc = docs.next().value as Document;
  const second = docs.next();
  const err =
    doc.errors[0] ??
    (second.done ? undefined : { pos: (second.value as Document).range, message: "holds more than one document" });
  if (err) {
    const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
    throw new InputError(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
  }
  return doc;
}

/** The document's value; an alias bomb is one line here, not yaml's bare ReferenceError. */
function documentValue(file: string, doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const bomb = /alias count/i.test(errorMessage(e));
    throw new InputError(
      file,
      undefined,
      bomb
        ? `not valid YAML: its aliases expand past ${MAX_ALIASES} nodes (an alias bomb)`
        : `not valid YAML: ${errorMessage(e)}`,
    );
  }
}

/** YAML text to a plain value, with the same limits as every reader here (nesting, aliases). */
export function parseYamlValue(file: string, text: string): unknown {
  return documentValue(file, yamlDocument(file, text, new LineCounter()));
}

/** A JSON or YAML file's value (metrics, params): regular files only, BOM dropped, nesting and aliases bounded. */
export async function readStructuredFile(file: string, syntax: "json" | "yaml"): Promise<unknown> {
  const text = await readTextFile(file);
  return syntax === "json" ? parseJsonText(file, text) : parseYamlValue(file, text);
}

/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
export async function loadYamlFile<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  return parseYamlText(file, await readTextFile(file), schema);
}

export function parseYamlText<T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = yamlDocument(file, text, lineCounter);
  const value = documentValue(file, doc);
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let { node } = nodeAt(doc.contents as Node | null, issue.path);
  let path = issue.path;
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    node = keyNode(node, key) ?? node;
    path = [...issue.path, key];
    message = `unknown key ${JSON.stringify(key)}`;
  }
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  throw new InputError(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
}
