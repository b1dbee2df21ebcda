// A command reads its typed input as it is: a cast on it (`input.x as string`) would hide a declaration that says
// something else, which is what the command catalogue replaced (45 such casts before it).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const COMMANDS_DIR = join(import.meta.dirname, "../../src/commands");

/** Every `x as T` / `<T>x` in a file whose x starts with the command's input, with its line. */
export function inputCasts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && /^inputs?\b/.test(node.expression.getText()))
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("commands", () => {
  it("never cast their input", () => {
    const files = readdirSync(COMMANDS_DIR, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => inputCasts(f, readFileSync(join(COMMANDS_DIR, f), "utf8")))).toEqual([]);
  });

  it("the check finds one", () => {
    expect(inputCasts("x.ts", "const a = inputs.data as string;\nconst b = <number>input.n;")).toEqual([
      "x.ts:1: inputs.data as string",
      "x.ts:2: <number>input.n",
    ]);
  });
});
