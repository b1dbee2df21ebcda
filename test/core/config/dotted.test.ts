import { describe, expect, it } from "vitest";

import { flattenDotted } from "../../../src/core/config/dotted.js";
import { parseYamlValue } from "../../../src/core/config/yamlFile.js";
import { inputErrorOf } from "../../support.js";

const METRICS = { arrays: "skip", file: "metrics.json", what: "metric" } as const;
const PARAMS = { arrays: "index", file: "params.yaml", what: "param" } as const;

const flat = (value: unknown, options: Parameters<typeof flattenDotted>[1] = PARAMS) => [
  ...flattenDotted(value, options),
];

describe("flattenDotted", () => {
  it("names nested keys by their dotted path, in document order", () => {
    expect(flat({ train: { lr: 0.1, opt: { name: "adam" } }, seed: 7, "a.b": 1 })).toEqual([
      ["train.lr", 0.1],
      ["train.opt.name", "adam"],
      ["seed", 7],
      ["a.b", 1],
    ]);
  });

  it("flattens arrays under their index, or leaves them out, key and all", () => {
    const value = { features: ["a", { name: "b" }, [1, 2]], loss: 0.5, confusion: [[1, 0]] };
    expect(flat(value, PARAMS)).toEqual([
      ["features.0", "a"],
      ["features.1.name", "b"],
      ["features.2.0", 1],
      ["features.2.1", 2],
      ["loss", 0.5],
      ["confusion.0.0", 1],
      ["confusion.0.1", 0],
    ]);
    expect(flat(value, METRICS)).toEqual([["loss", 0.5]]);
  });

  it("keeps leaves as read: null, text, booleans, NaN and infinities are the caller's to judge", () => {
    const value = parseYamlValue("p.yaml", "a: null\nb: text\nc: true\nd: .nan\ne: -.inf\nf: ''\n");
    expect(flat(value, METRICS)).toEqual([
      ["a", null],
      ["b", "text"],
      ["c", true],
      ["d", NaN],
      ["e", -Infinity],
      ["f", ""],
    ]);
  });

  it("yields nothing for empty objects and arrays, nor for a value that is not an object or array", () => {
    expect(flat({ a: {}, b: [], c: { d: {} } })).toEqual([]);
    for (const top of [null, 3, "text", true]) expect(flat(top)).toEqual([]);
  });

  it("refuses a name given twice, as a dotted key and as nested keys, in either order", async () => {
    for (const value of [
      { "train.loss": 1, train: { loss: 0 } },
      { train: { loss: 0 }, "train.loss": 1 },
      { "train.loss": null, train: { loss: null } },
      { "": { "train.loss": 1 }, train: { loss: 0 } },
    ]) {
      const e = await inputErrorOf(() => flattenDotted(value, METRICS));
      expect([e.file, e.place, e.problem]).toEqual([
        "metrics.json",
        { path: "train.loss" },
        "the metric is given twice (as a dotted key and as nested keys)",
      ]);
    }
  });

  it("refuses a name given twice through an array's index only when arrays are flattened", () => {
    const value = { "features.0": "x", features: ["y"] };
    expect(() => flattenDotted(value, PARAMS)).toThrow(
      "params.yaml: at features.0: the param is given twice (as a dotted key and as nested keys)",
    );
    expect(flat(value, METRICS)).toEqual([["features.0", "x"]]);
  });

  it("keeps a key named __proto__ as a name like any other", () => {
    expect(flat(JSON.parse('{"__proto__": 1, "a": {"__proto__": 2}}'))).toEqual([
      ["__proto__", 1],
      ["a.__proto__", 2],
    ]);
  });
});
