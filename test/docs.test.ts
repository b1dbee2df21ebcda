import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { generate, rootActionInputs } from "../scripts/docs.js";
import type { CommandSpec, OptionSpec } from "../src/commands/specs.js";

const ROOT = join(import.meta.dirname, "..");

describe("generated files", () => {
  it.each(Object.keys(generate()))("%s is up to date (run `npm run docs`)", (path) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(generate()[path]);
  });

  it("the validate-data action's inputs are the validate command's flags, plus config", () => {
    const yml = readFileSync(join(ROOT, "actions/validate-data/action.yml"), "utf8");
    const inputsSection = yml.slice(yml.indexOf("\ninputs:"), yml.indexOf("\noutputs:"));
    const inputs = [...inputsSection.matchAll(/^ {2}([a-z-]+):\n {4}description/gm)].map((m) => m[1]);
    expect(inputs).toEqual([
      "config",
      "data",
      "schema",
      "format",
      "delimiter",
      "null-values",
      "profile",
      "junit",
      "report",
    ]);
    expect(yml).toMatch(/using: node24\n\s+main: \.\.\/\.\.\/dist\/validate-data\.js/);
  });
});

describe("the root action's inputs", () => {
  const spec = (name: string, options: OptionSpec[]): CommandSpec => ({
    name,
    words: [name],
    summary: name,
    options,
    outputs: [],
  });

  it("refuses an input name two commands give different kinds of value", () => {
    const a = spec("a", [{ name: "out", arg: "<file>", description: "Where a writes." }]);
    const b = spec("b", [{ name: "out", arg: "<number>", description: "How many." }]);
    expect(() => rootActionInputs([a, b])).toThrow('input "out" means different things: a (<file>), b (<number>)');
    const list = spec("c", [{ name: "out", arg: "<file>", list: true, description: "Files." }]);
    expect(() => rootActionInputs([a, list])).toThrow(/a \(<file>\), c \(<file> list\)/);
  });

  it("refuses a command input named like the root action's own (train's command once ran `/bin/sh train`)", () => {
    const train = spec("train", [{ name: "modelgate-command", arg: "<command>", description: "A shell command." }]);
    expect(() => rootActionInputs([train])).toThrow(/root action's own modelgate-command/);
  });

  it("describes a shared input by what it means for each command", () => {
    const a = spec("a", [{ name: "data", arg: "<file>", description: "The data to check." }]);
    const b = spec("b", [{ name: "data", arg: "<file>", description: "The holdout." }]);
    const c = spec("c", [{ name: "data", arg: "<file>", description: "The holdout." }]);
    expect(rootActionInputs([a, b, c])[0]!.description).toBe("`a`: The data to check. `b`, `c`: The holdout.");
    expect(rootActionInputs([b, c])[0]!.description).toBe("The holdout.");
  });

  it("the committed root action.yml takes the command as modelgate-command and train's command as command", () => {
    const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(yml).toMatch(/^ {2}modelgate-command:\n {4}description: "The modelgate command to run/m);
    expect(yml).toMatch(/^ {2}command:\n {4}description: The training command/m);
  });
});
