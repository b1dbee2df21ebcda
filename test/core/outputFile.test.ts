import { lstat, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { InputError } from "../../src/core/errors.js";
import { writeOutput } from "../../src/core/outputFile.js";
import { makeTemp, runCli, type TempDir } from "../support.js";

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTemp("output");
});
afterEach(() => dir.remove());

describe("writeOutput", () => {
  it("replaces a symbolic link at the path instead of writing through it", async () => {
    const secret = await dir.write("secret.txt", "keep me\n");
    await symlink(secret, dir.file("report.md"));
    await writeOutput(dir.file("report.md"), "# report\n");
    expect(await readFile(secret, "utf8")).toBe("keep me\n");
    expect((await lstat(dir.file("report.md"))).isSymbolicLink()).toBe(false);
    expect(await readFile(dir.file("report.md"), "utf8")).toBe("# report\n");
  });

  it("leaves no temporary file, and the old file whole, when the write cannot happen", async () => {
    await writeOutput(dir.file("a.json"), "{}\n");
    await writeOutput(dir.file("a.json"), '{"b":1}\n');
    expect(await readdir(dir.path)).toEqual(["a.json"]);
    await mkdir(dir.file("folder"));
    await expect(writeOutput(dir.file("folder"), "x")).rejects.toThrow(/folder: is a directory/);
    const err = await writeOutput(dir.file("none/a.json"), "x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/none\/a\.json: cannot be written: its folder does not exist/);
    expect((await readdir(dir.path)).sort()).toEqual(["a.json", "folder"]);
    expect(await readFile(dir.file("a.json"), "utf8")).toBe('{"b":1}\n');
  });
});

describe("an output that would overwrite an input", () => {
  it("is refused before anything is read or written: --report equal to --data, or a link to it", async () => {
    await dir.write("data.csv", "a\n1\n");
    await dir.write("schema.yml", "columns:\n  a: { type: integer }\n");
    const same = await runCli(dir.path, [
      "validate",
      "--data",
      "data.csv",
      "--schema",
      "schema.yml",
      "--report",
      "data.csv",
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/data\.csv: --report would overwrite --data, the same file/);
    await symlink(dir.file("data.csv"), dir.file("out.json"));
    const linked = await runCli(dir.path, [
      "validate",
      "--data",
      "data.csv",
      "--schema",
      "schema.yml",
      "--report",
      "out.json",
    ]);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toMatch(/--report would overwrite --data/);
    const twice = await runCli(dir.path, [
      "validate",
      "--data",
      "data.csv",
      "--schema",
      "schema.yml",
      "--report",
      "r.json",
      "--profile",
      "r.json",
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/would overwrite --profile|would overwrite --report/);
    expect(await readFile(dir.file("data.csv"), "utf8")).toBe("a\n1\n");
  });

  it("writing the schema over the reference data it is inferred from is refused", async () => {
    await writeFile(dir.file("ref.csv"), "a\n1\n");
    const r = await runCli(dir.path, ["schema", "infer", "--data", "ref.csv", "--out", "ref.csv"]);
    expect(r.code).toBe(2);
    expect(await readFile(dir.file("ref.csv"), "utf8")).toBe("a\n1\n");
  });

  it("is refused when it is the modelgate.yml the command was configured from (named or found)", async () => {
    const config = 'version: 1\ngate:\n  rules: ["accuracy >= 0.5"]\n';
    await dir.write("modelgate.yml", config);
    await dir.write("metrics.json", '{"accuracy": 0.9}\n');
    for (const argv of [
      ["gate", "--evaluation", "metrics.json", "--out", "modelgate.yml"],
      ["--config", "modelgate.yml", "gate", "--evaluation", "metrics.json", "--out", "./modelgate.yml"],
    ]) {
      const r = await runCli(dir.path, argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "modelgate: modelgate.yml: --out would overwrite the config file, the same file: name another file for --out\n",
      );
      expect(await readFile(dir.file("modelgate.yml"), "utf8")).toBe(config);
    }
    expect((await runCli(dir.path, ["gate", "--evaluation", "metrics.json", "--out", "gate.json"])).code).toBe(0);
  });
});
