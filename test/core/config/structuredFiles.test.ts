// The shared readers of JSON and YAML inputs (issue 16): a byte-order mark is accepted, and hostile nesting or
// alias expansion is one InputError naming the file, quickly, instead of a stack overflow, a crash or a hang.
import { writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { MAX_NESTING, parseJsonText, readJsonFile } from "../../../src/core/config/jsonFile.js";
import { loadYamlFile, parseYamlValue, readStructuredFile } from "../../../src/core/config/yamlFile.js";
import { InputError } from "../../../src/core/errors.js";
import { inputErrorOf, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("structured");
});
afterAll(() => tmp.remove());

const BOM = "\uFEFF";

/** Nine anchors, each a list of nine aliases of the one before: 9^9 nodes once expanded. */
function billionLaughs(): string {
  let text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (let i = 1; i <= 9; i++) text += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]\n`;
  return text;
}

describe("JSON", () => {
  it("accepts a leading byte-order mark", async () => {
    expect(parseJsonText("m.json", `${BOM}{"accuracy": 0.9}`)).toEqual({ accuracy: 0.9 });
    const file = await tmp.write("bom.json", `${BOM}{"a": [1, 2]}\n`);
    expect(await readJsonFile(file)).toEqual({ a: [1, 2] });
  });

  it("refuses 100,000 nested brackets in one line naming the file and the line", () => {
    const text = `{\n"a":\n${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const err = (() => {
      try {
        parseJsonText("deep.json", text);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`deep.json: line 3: nested deeper than ${MAX_NESTING} levels`);
  });

  it("takes nesting up to the limit, and brackets inside strings are text", () => {
    const deepest = `${"[".repeat(MAX_NESTING)}${"]".repeat(MAX_NESTING)}`;
    expect(() => parseJsonText("ok.json", deepest)).not.toThrow();
    expect(() => parseJsonText("over.json", `[${deepest}]`)).toThrow(/over\.json: line 1: nested deeper/);
    expect(parseJsonText("s.json", JSON.stringify({ s: `\\"${"[".repeat(500)}` }))).toEqual({
      s: `\\"${"[".repeat(500)}`,
    });
  });

  it("keeps naming a NaN with its line", () => {
    expect(() => parseJsonText("nan.json", `${BOM}{\n"a": NaN}`)).toThrow(
      /nan\.json: line 2: NaN is not a JSON number/,
    );
  });
});

describe("YAML", () => {
  it("accepts a byte-order mark, and anchors used as anchors are", () => {
    expect(parseYamlValue("c.yml", `${BOM}base: &b {x: 1}\nthis: *b\n`)).toEqual({ base: { x: 1 }, this: { x: 1 } });
  });

  it("refuses a second document, naming its line", () => {
    expect(() => parseYamlValue("m.yml", "a: 1\n---\nb: 2\n")).toThrow(
      new InputError("m.yml", { line: 2 }, "not valid YAML: holds more than one document"),
    );
  });

  it("refuses an alias bomb (billion laughs) in one line", () => {
    expect(() => parseYamlValue("bomb.yml", billionLaughs())).toThrow(
      new InputError("bomb.yml", undefined, "not valid YAML: its aliases expand past 100 nodes (an alias bomb)"),
    );
  });

  it.each([
    ["block sequences, two bytes a level", `key:\n  ${"- ".repeat(100_000)}x\n`, 2],
    ["flow sequences", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, 1],
    ["flow maps", `${"{a: ".repeat(50_000)}1${"}".repeat(50_000)}`, 1],
  ])("refuses 100,000 levels of %s with the line, without overflowing the stack", (_what, text, line) => {
    const err = (() => {
      try {
        parseYamlValue("deep.yml", text);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`deep.yml: line ${line}: nested deeper than ${MAX_NESTING} levels`);
  });

  it("a schema-checked file (config, schema, card info): BOM JSON read, an alias bomb refused", async () => {
    const schema = z.object({ fields: z.array(z.object({ name: z.string() })) }).strict();
    const json = await tmp.write("schema.json", `${BOM}{"fields": [{"name": "age"}]}`);
    expect(await loadYamlFile(json, schema)).toEqual({ fields: [{ name: "age" }] });
    const bomb = await tmp.write("bomb.yml", billionLaughs());
    const err = await inputErrorOf(() => loadYamlFile(bomb, z.object({}).passthrough()));
    expect(err.message).toBe(`${bomb}: not valid YAML: its aliases expand past 100 nodes (an alias bomb)`);
  });

  it("readStructuredFile reads either syntax with the same limits", async () => {
    const json = await tmp.write("p.json", `${BOM}{"lr": 0.1}`);
    expect(await readStructuredFile(json, "json")).toEqual({ lr: 0.1 });
    const yaml = await tmp.write("p.yaml", `${BOM}lr: 0.1\n`);
    expect(await readStructuredFile(yaml, "yaml")).toEqual({ lr: 0.1 });
    await writeFile(tmp.file("deep.yaml"), `${"- ".repeat(1000)}x\n`);
    await expect(readStructuredFile(tmp.file("deep.yaml"), "yaml")).rejects.toThrow(
      /deep\.yaml: line 1: nested deeper/,
    );
  });
});
