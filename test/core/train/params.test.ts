import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readParams } from "../../../src/core/train/params.js";
import { inputErrorOf, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("params");
});
afterAll(() => tmp.remove());

describe("readParams", () => {
  it("records nested keys as dotted names and list items under their index, from YAML or JSON", async () => {
    const yaml = await tmp.write("params.yaml", "train:\n  learning_rate: 0.5\n  epochs: 1000\nfeatures: [a, b]\n");
    expect(await readParams(yaml)).toEqual({
      "train.learning_rate": 0.5,
      "train.epochs": 1000,
      "features.0": "a",
      "features.1": "b",
    });
    const json = await tmp.write("params.JSON", '{"train": {"lr": 0.5, "decay": null, "warm": true}}');
    expect(await readParams(json)).toEqual({ "train.lr": 0.5, "train.decay": null, "train.warm": true });
  });

  it("has no params in an empty file", async () => {
    expect(await readParams(await tmp.write("empty.yaml", ""))).toEqual({});
  });

  it("refuses a param given twice, as a dotted key and as nested keys, naming the file", async () => {
    const file = await tmp.write("twice.json", '{"train.lr": 0.1, "train": {"lr": 0.2}}');
    const e = await inputErrorOf(() => readParams(file));
    expect(e.message).toBe(`${file}: at train.lr: the param is given twice (as a dotted key and as nested keys)`);
  });

  it("keeps a param named __proto__", async () => {
    const params = await readParams(await tmp.write("proto.json", '{"__proto__": 3}'));
    expect(Object.entries(params)).toEqual([["__proto__", 3]]);
  });
});
