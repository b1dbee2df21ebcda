import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { generate, rootActionInputs } from "../scripts/docs.js";
import { type Command, defineCommand, file, type Inputs, list, number, text } from "../src/commands/command.js";
import { COMMANDS } from "../src/commands/registry.js";

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
  const spec = (name: string, inputs: Inputs): Command<Inputs> =>
    defineCommand({ name, words: [name], summary: name, inputs, outputs: [], run: () => Promise.resolve(0) });

  it("refuses an input name two commands give different kinds of value", () => {
    const a = spec("a", { out: file("Where a writes.") });
    const b = spec("b", { out: number("How many.", { min: 0, max: 9, placeholder: "<number>" }) });
    expect(() => rootActionInputs([a, b])).toThrow(
      'input "out" means different things: a (file <file>), b (number <number> 0..9); rename one',
    );
    const several = spec("c", { out: list("Files.", { placeholder: "<file>" }) });
    expect(() => rootActionInputs([a, several])).toThrow(/a \(file <file>\), c \(list <file>\)/);
    const otherRange = spec("d", { out: number("How many.", { min: 0, max: 5, placeholder: "<number>" }) });
    expect(() => rootActionInputs([b, otherRange])).toThrow(
      /b \(number <number> 0\.\.9\), d \(number <number> 0\.\.5\)/,
    );
  });

  it("refuses a command input named like the root action's own (train's command once ran `/bin/sh train`)", () => {
    const train = spec("train", { modelgateCommand: text("A shell command.") });
    expect(() => rootActionInputs([train])).toThrow(/root action's own modelgate-command/);
  });

  it("describes a shared input by what it means for each command", () => {
    const a = spec("a", { data: file("The data to check.") });
    const b = spec("b", { data: file("The holdout.") });
    const c = spec("c", { data: file("The holdout.") });
    expect(rootActionInputs([a, b, c])[0]!.description).toBe("`a`: The data to check. `b`, `c`: The holdout.");
    expect(rootActionInputs([b, c])[0]!.description).toBe("The holdout.");
  });

  it("holds for the registry: no two commands give one input name different meanings", () => {
    expect(() => rootActionInputs(COMMANDS)).not.toThrow();
  });

  it("the committed root action.yml takes the command as modelgate-command and train's command as command", () => {
    const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(yml).toMatch(/^ {2}modelgate-command:\n {4}description: "The modelgate command to run/m);
    expect(yml).toMatch(/^ {2}command:\n {4}description: The training command/m);
  });
});
