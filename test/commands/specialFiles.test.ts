// /dev/zero and a FIFO given as an input (issue 16): /dev/zero never ends and a FIFO blocks until a writer comes,
// so reading either hung the job or filled its memory. Every reader refuses them in one line, exit 2, through the
// CLI: tables in every format (validate, profile, schema infer, drift), the config, the schema, JSON inputs, and
// the files train hashes.
import { execFileSync } from "node:child_process";
import { copyFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openCsv } from "../../src/core/data/csv/source.js";
import { DEFAULT_READ_OPTIONS } from "../../src/core/data/types.js";
import { fixture, inputErrorOf, makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("special-files");
  for (const name of ["pipe.csv", "pipe.yml", "pipe.json", "pipe.onnx"]) execFileSync("mkfifo", [tmp.file(name)]);
  await copyFile(fixture("loans_reference.csv"), tmp.file("ref.csv"));
  await copyFile(fixture("report/train.profile.json"), tmp.file("train.profile.json"));
  const r = await cli(["schema", "infer", "--data", "ref.csv", "--out", "schema.yml"]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.remove());

const cli = (argv: string[]) => runCli(tmp.path, argv);

const DEVICE = "/dev/zero: cannot be read: it is a character device, not a regular file";
const FIFO = (name: string) => `${name}: cannot be read: it is a FIFO, not a regular file`;

/** Exit 2 and exactly one line on stderr: `modelgate: <problem>`. */
async function refused(argv: string[], problem: string): Promise<void> {
  const r = await cli(argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([`modelgate: ${problem}`]);
}

describe("a device or a FIFO as a table", () => {
  it.each(["csv", "jsonl", "parquet", "arrow"])(
    "/dev/zero as %s: validate, profile and schema infer refuse it",
    async (format) => {
      await refused(["validate", "--data", "/dev/zero", "--format", format, "--schema", "schema.yml"], DEVICE);
      await refused(["profile", "--data", "/dev/zero", "--format", format, "--out", "p.json"], DEVICE);
      await refused(["schema", "infer", "--data", "/dev/zero", "--format", format, "--out", "s.yml"], DEVICE);
    },
  );

  it("a FIFO as the data of validate and profile", async () => {
    await refused(["validate", "--data", "pipe.csv", "--schema", "schema.yml"], FIFO("pipe.csv"));
    await refused(["profile", "--data", "pipe.csv", "--out", "p.json"], FIFO("pipe.csv"));
  });

  it("drift: a device or a FIFO as the current or the reference table", async () => {
    await refused(["drift", "--reference", "ref.csv", "--current", "/dev/zero", "--format", "csv"], DEVICE);
    await refused(["drift", "--reference", "ref.csv", "--current", "pipe.csv"], FIFO("pipe.csv"));
    await refused(["drift", "--reference", "pipe.csv", "--current", "ref.csv"], FIFO("pipe.csv"));
  });

  it("the CSV reader the split validation opens directly refuses one too", async () => {
    const err = await inputErrorOf(() => openCsv(tmp.file("pipe.csv"), DEFAULT_READ_OPTIONS, { start: 0, end: 10 }));
    expect(err.message).toBe(FIFO(tmp.file("pipe.csv")));
  });
});

describe("a device or a FIFO as a config, a schema or a JSON input", () => {
  it("the config named with --config, and a modelgate.yml found in the working directory", async () => {
    await refused(["--config", "/dev/zero", "profile", "--data", "ref.csv", "--out", "p.json"], DEVICE);
    await refused(["--config", "pipe.yml", "profile", "--data", "ref.csv", "--out", "p.json"], FIFO("pipe.yml"));
    const dir = await makeTemp("special-config");
    try {
      execFileSync("mkfifo", [dir.file("modelgate.yml")]);
      const r = await runCli(dir.path, ["profile", "--data", fixture("loans_reference.csv"), "--out", "p.json"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toEqual([`modelgate: ${FIFO("modelgate.yml")}`]);
    } finally {
      await dir.remove();
    }
  });

  it("the schema of validate", async () => {
    await refused(["validate", "--data", "ref.csv", "--schema", "pipe.yml"], FIFO("pipe.yml"));
    await refused(["validate", "--data", "ref.csv", "--schema", "/dev/zero"], DEVICE);
  });

  it("JSON inputs: a metrics file, a profile to merge, train's params", async () => {
    await refused(
      ["gate", "--evaluation", "pipe.json", "--rule", "accuracy >= 0.5", "--out", "g.json"],
      FIFO("pipe.json"),
    );
    await refused(["gate", "--evaluation", "/dev/zero", "--rule", "accuracy >= 0.5", "--out", "g.json"], DEVICE);
    await refused(["profile", "merge", "train.profile.json", "pipe.json", "--out", "m.json"], FIFO("pipe.json"));
    await refused(["train", "--command", "true", "--params", "pipe.yml", "--out", "run.json"], FIFO("pipe.yml"));
    await refused(["train", "--command", "true", "--params", "/dev/zero", "--out", "run.json"], DEVICE);
  });

  it("an artifact or data file train hashes after the run", async () => {
    for (const [flag, file, problem] of [
      ["--artifacts", "pipe.onnx", FIFO("pipe.onnx")],
      ["--data-files", "/dev/zero", DEVICE],
    ] as const) {
      const r = await cli(["train", "--command", "true", flag, file, "--out", "run.json"]);
      expect(r.code, r.stderr).toBe(2);
      // After the group header train opens for the command's output: the one line of the problem.
      expect(
        r.stderr
          .trim()
          .split("\n")
          .filter((l) => l.startsWith("modelgate:")),
      ).toEqual([`modelgate: ${problem}`]);
    }
  });
});
