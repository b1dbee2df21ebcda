// Resolution in one place: flags ▸ modelgate.yml ▸ defaults, each value read as its kind says, one zod parse; a problem
// names the flag, or the modelgate.yml file and key.
import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  choice,
  defineCommand,
  file,
  files,
  flag,
  lines,
  list,
  number,
  output,
  text,
} from "../../src/commands/command.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { resolveInput } from "../../src/commands/resolve.js";
import { configSchema } from "../../src/core/config/config.js";
import { InputError } from "../../src/core/errors.js";
import { inputErrorOf } from "../support.js";

const command = defineCommand({
  name: "t",
  words: ["t"],
  summary: "a test command",
  inputs: {
    data: file("data", { required: true, config: ["data.reference", "data.path"] }),
    out: output("out", { default: "out.json", config: "evaluation.out" }),
    shards: files("shards", { config: "training.data" }),
    threshold: number("threshold", { min: 0, max: 1, config: "evaluation.threshold" }),
    batch: number("batch", { min: 1, max: 10, integer: true, default: 4 }),
    task: choice("task", ["classification", "regression"], { config: "evaluation.task" }),
    columns: list("columns", { config: "evaluation.features" }),
    rule: lines("rules", { config: "gate.rules", placeholder: "<rule>" }),
    direction: lines("directions", {
      config: "gate.directions",
      placeholder: "<m=d>",
      fromConfig: (v) =>
        v && typeof v === "object" ? Object.entries(v).map(([k, d]) => `${k}=${String(d)}`) : undefined,
    }),
    label: text("label"),
    dryRun: flag("dry run"),
  },
  outputs: [],
  run: () => Promise.resolve(0),
});

const config = (c: unknown) => configSchema.parse(c);
const CWD = "/work/repo";
const CONFIG_FILE = "/work/repo/ml/modelgate.yml";

describe("resolveInput", () => {
  it("takes the flag first, then modelgate.yml (its first key set), then the default", () => {
    const c = config({ data: { path: "d.csv" }, evaluation: { out: "e.json", threshold: 0.3 } });
    expect(resolveInput(command, { data: "x.csv" }, c, CONFIG_FILE, CWD)).toMatchObject({
      data: "/work/repo/x.csv",
      out: "/work/repo/ml/e.json",
      threshold: 0.3,
      batch: 4,
      dryRun: false,
    });
    const fromConfig = resolveInput(
      command,
      {},
      config({ data: { path: "p.csv", reference: "r.csv" } }),
      CONFIG_FILE,
      CWD,
    );
    expect(fromConfig).toMatchObject({ data: "/work/repo/ml/r.csv", out: "/work/repo/out.json" });
    expect(fromConfig.threshold).toBeUndefined();
    expect("threshold" in fromConfig).toBe(false);
  });

  it("reads paths from a flag against the working directory, from modelgate.yml against its folder", () => {
    const c = config({ training: { data: ["a.csv", "/abs/b.csv"] } });
    expect(resolveInput(command, { data: "x.csv" }, c, CONFIG_FILE, CWD).shards).toEqual([
      "/work/repo/ml/a.csv",
      "/abs/b.csv",
    ]);
    expect(resolveInput(command, { data: "x.csv", shards: "a.csv,b\\,c.csv" }, c, CONFIG_FILE, CWD).shards).toEqual([
      "/work/repo/a.csv",
      "/work/repo/b,c.csv",
    ]);
  });

  it("reads the folder of local:<dir> like a path: from modelgate.yml against its folder, from a flag against the working directory", () => {
    const publish = COMMANDS.find((c) => c.name === "publish")!;
    const at = (raw: Record<string, string>, c: unknown) =>
      (
        resolveInput(publish, { name: "m", model: "m.onnx", ...raw }, config(c), CONFIG_FILE, CWD) as {
          registry?: string;
        }
      ).registry;
    expect(at({}, { registry: { url: "local:../models" } })).toBe("local:/work/repo/models");
    expect(at({ registry: "local:reg" }, {})).toBe("local:/work/repo/reg");
    expect(at({ registry: "local:/abs/reg" }, {})).toBe("local:/abs/reg");
    expect(at({}, { registry: { url: "github" } })).toBe("github");
  });

  it("reads each kind: numbers, words, lists, one value per line, switches", () => {
    const r = resolveInput(
      command,
      {
        data: "x.csv",
        threshold: "0.25",
        batch: "7",
        task: "regression",
        columns: "a,b",
        rule: "accuracy >= 0.9\r\n\n  f1 >= 0.8  ",
        dryRun: "TRUE",
      },
      config({}),
      null,
      CWD,
    );
    expect(r).toMatchObject({
      threshold: 0.25,
      batch: 7,
      task: "regression",
      columns: ["a", "b"],
      rule: ["accuracy >= 0.9", "f1 >= 0.8"],
      dryRun: true,
    });
    const repeated = resolveInput(command, { data: "x.csv", rule: ["a >= 1", "b >= 2"] }, config({}), null, CWD);
    expect(repeated.rule).toEqual(["a >= 1", "b >= 2"]);
    const mapped = resolveInput(
      command,
      { data: "x.csv" },
      config({ gate: { directions: { gap: "lower" } } }),
      null,
      CWD,
    );
    expect(mapped.direction).toEqual(["gap=lower"]);
  });

  it("an empty flag or action input counts as not given", () => {
    const r = resolveInput(command, { data: "x.csv", label: "", columns: [], batch: "" }, config({}), null, CWD);
    expect(r.label).toBeUndefined();
    expect(r.columns).toBeUndefined();
    expect(r.batch).toBe(4);
  });

  it.each([
    [{ threshold: "1.5" }, '--threshold must be a number from 0 to 1, not "1.5"'],
    [{ threshold: "NaN" }, '--threshold must be a number from 0 to 1, not "NaN"'],
    [{ threshold: "0x1" }, '--threshold must be a number from 0 to 1, not "0x1"'],
    [{ batch: "2.5" }, '--batch must be a whole number from 1 to 10, not "2.5"'],
    [{ task: "ranking" }, '--task must be classification or regression, not "ranking"'],
    [{ dryRun: "yes" }, '--dry-run is a switch: true or false, not "yes"'],
  ])("refuses %j in one line naming the flag", async (raw, message) => {
    const e = await inputErrorOf(() => resolveInput(command, { data: "x.csv", ...raw }, config({}), null, CWD));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(message);
  });

  it("names modelgate.yml and the key when the bad value came from there", async () => {
    // The config's own schema bounds evaluation.threshold too; a command's narrower bound is checked here.
    const narrow = defineCommand({
      name: "n",
      words: ["n"],
      summary: "a narrow bound",
      inputs: { p: number("p", { min: 0, max: 0.5, config: "evaluation.threshold" }) },
      outputs: [],
      run: () => Promise.resolve(0),
    });
    const e = await inputErrorOf(() =>
      resolveInput(narrow, {}, config({ evaluation: { threshold: 0.9 } }), CONFIG_FILE, CWD),
    );
    expect(e.message).toBe(`${CONFIG_FILE}: at evaluation.threshold: must be a number from 0 to 0.5, not 0.9`);
  });

  it("says a required input is missing, and that modelgate.yml may give it", async () => {
    const e = await inputErrorOf(() => resolveInput(command, {}, config({}), null, CWD));
    expect(e.message).toBe("--data is required (or set it in modelgate.yml)");
  });
});

/** The dotted keys a JSON Schema of modelgate.yml has. */
function configKeys(schema: unknown, prefix = ""): string[] {
  const props = (schema as { properties?: Record<string, unknown> }).properties ?? {};
  return Object.entries(props).flatMap(([k, v]) => [`${prefix}${k}`, ...configKeys(v, `${prefix}${k}.`)]);
}

describe("the registry", () => {
  const keys = new Set(configKeys(z.toJSONSchema(configSchema, { io: "input" })));

  it.each(COMMANDS.map((c) => [c.name, c] as const))("%s reads only keys modelgate.yml has", (_name, c) => {
    for (const [input, def] of Object.entries(c.inputs))
      for (const key of def.config ?? []) expect(keys, `${c.name} --${input}: ${key}`).toContain(key);
  });

  it("gives every command words, a summary and a described input each", () => {
    for (const c of COMMANDS) {
      expect(c.words.length).toBeGreaterThan(0);
      expect(c.summary).not.toBe("");
      for (const def of Object.values(c.inputs)) expect(def.description.length).toBeGreaterThan(3);
    }
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });
});
