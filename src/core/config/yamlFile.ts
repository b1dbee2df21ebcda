import { readFile } from "node:fs/promises";

import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";

import { InputError, unreadable } from "../errors.js";

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

/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
export async function loadYamlFile<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const text = await readFile(file, "utf8").catch((e: unknown) => {
    throw unreadable(file, e);
  });
  return parseYamlText(file, text, schema);
}

export function parseYamlText<T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
    throw new InputError(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
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
