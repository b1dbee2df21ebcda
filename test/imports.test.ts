// No module of src/ imports itself back through others, types included: a loop (specs ↔ reportSpecs, predict ↔
// predictOutputs once) means a module's parts cannot be read, tested or loaded apart. Dynamic import() is left out:
// it is how a command's code loads when it runs.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { ROOT } from "./support.js";

/** Each .ts file under `dir` with the .ts files it imports statically (relative specifiers). */
function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
  const known = new Set(files);
  return new Map(
    files.map((f) => {
      const text = readFileSync(f, "utf8");
      const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gms)].map((m) => m[1]!);
      return [f, specifiers.map((s) => resolve(dirname(f), s.replace(/\.js$/, ".ts"))).filter((d) => known.has(d))];
    }),
  );
}

/** Every import loop, as the chain of files (relative to `base`) that closes it. */
export function importCycles(graph: Map<string, string[]>, base: string): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      cycles.push([...path.slice(at), file].map((p) => p.slice(base.length + 1)).join(" → "));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const dep of graph.get(file) ?? []) visit(dep);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

describe("imports", () => {
  it("no module in src/ imports itself back", () => {
    const src = join(ROOT, "src");
    expect(importCycles(importGraph(src), src)).toEqual([]);
  });

  it("the check finds a loop, type imports included", () => {
    const graph = new Map([
      ["/r/a.ts", ["/r/b.ts"]],
      ["/r/b.ts", ["/r/c.ts"]],
      ["/r/c.ts", ["/r/a.ts"]],
      ["/r/d.ts", ["/r/a.ts"]],
    ]);
    expect(importCycles(graph, "/r")).toEqual(["a.ts → b.ts → c.ts → a.ts"]);
  });
});
