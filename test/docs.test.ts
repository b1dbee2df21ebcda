import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { generate } from "../scripts/docs.js";

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
