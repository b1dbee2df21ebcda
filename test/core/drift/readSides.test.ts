// readSides: both tables' drift samples with the reference's types, guessed from its first rows and read again with
// every row's types when a later value does not fit; the current table through the sample runner when it is large.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import type { ColumnType } from "../../../src/core/data/types.js";
import { floatsOf } from "../../../src/core/drift/numberColumn.js";
import { readSides, referenceTypes, TYPE_SAMPLE_ROWS } from "../../../src/core/drift/readSides.js";
import { collectFile, type ColumnSample, type SampleJob } from "../../../src/core/drift/samples.js";
import { makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
let refFile: string;
let curFile: string;
let fullTypes: ColumnType[];

// 70,000 rows: `code` is a small integer until text appears after the first TYPE_SAMPLE_ROWS rows, `ratio` whole
// until decimals appear after them too, `n` an integer throughout. Detection over every row: string, number, integer.
const ROWS = 70_000;
const row = (i: number) => `${i >= 69_990 ? `x${i % 3}` : String(i % 7)},${i >= 68_000 ? i / 4 : i % 9},${i % 5}`;

beforeAll(async () => {
  tmp = await makeTemp("read-sides");
  const lines = ["code,ratio,n", ...Array.from({ length: ROWS }, (_, i) => row(i))];
  refFile = await tmp.write("ref.csv", `${lines.join("\n")}\n`);
  curFile = await tmp.write("cur.csv", `${lines.slice(0, 5_001).join("\n")}\nx9,1.5,2\n`);
  const source = await openTable(refFile);
  try {
    fullTypes = await source.detectTypes();
  } finally {
    await source.close();
  }
});
afterAll(() => tmp.remove());

const byName = (samples: ColumnSample[]) => Object.fromEntries(samples.map((s) => [s.name, s]));

describe("referenceTypes", () => {
  it("guesses from the first TYPE_SAMPLE_ROWS rows, detects over all of them when asked, and takes a schema's", async () => {
    expect(TYPE_SAMPLE_ROWS).toBeLessThan(68_000); // the fixture's late values come after the guess stops
    const schema = await tmp.write("types.schema.yml", "fields:\n  - {name: code, type: string}\n");
    const source = await openTable(refFile);
    try {
      expect(await referenceTypes(source, undefined, false)).toEqual(["integer", "integer", "integer"]);
      expect(await referenceTypes(source, undefined, true)).toEqual(["string", "number", "integer"]);
      // A column the schema does not name is read as text.
      expect(await referenceTypes(source, schema, false)).toEqual(["string", "string", "string"]);
    } finally {
      await source.close();
    }
  });
});

describe("readSides", () => {
  it("reads again with every row's types when a value past the guessed rows does not fit the guess", async () => {
    expect(fullTypes).toEqual(["string", "number", "integer"]);
    const { reference, current } = await readSides({ reference: refFile, current: curFile, read: {} });
    expect(reference.map((s) => s.type)).toEqual(fullTypes);
    expect(current.map((s) => s.type)).toEqual(fullTypes);
    // Nothing of the reference is counted as not fitting: every value is read as what it is.
    expect(reference.map((s) => s.invalid)).toEqual([0, 0, 0]);
    const ref = byName(reference);
    expect(ref.code!.rows).toBe(ROWS);
    expect(ref.code!.counts!.get("x0")! + ref.code!.counts!.get("x1")! + ref.code!.counts!.get("x2")!).toBe(10);
    expect(ref.code!.counts!.get("3")).toBe(
      Array.from({ length: 69_990 }, (_, i) => i % 7).filter((c) => c === 3).length,
    );
    // Every ratio kept as a number, the decimals past the guessed rows with their fractions.
    const ratios = floatsOf(ref.ratio!.numbers!);
    expect(ratios.length).toBe(ROWS);
    expect(ratios[ROWS - 1]).toBe(69_999 / 4);
    // The current table read with the same full types: its text code and decimal ratio fit them.
    expect(current.map((s) => s.invalid)).toEqual([0, 0, 0]);
    expect(byName(current).code!.counts!.get("x9")).toBe(1);
  });

  it("gives what a schema declaring every row's types gives", async () => {
    const schema = await tmp.write(
      "full.schema.yml",
      "fields:\n  - {name: code, type: string}\n  - {name: ratio, type: number}\n  - {name: n, type: integer}\n",
    );
    const guessed = await readSides({ reference: refFile, current: curFile, read: {} });
    const declared = await readSides({ reference: refFile, current: curFile, read: {}, schema });
    expect(guessed).toEqual(declared);
  });

  it("keeps a schema's types: a value that does not fit is counted, never guessed again", async () => {
    const schema = await tmp.write("int.schema.yml", "fields:\n  - {name: code, type: integer}\n");
    const { reference, current } = await readSides({ reference: refFile, current: curFile, read: {}, schema });
    expect(reference.map((s) => s.type)).toEqual(["integer", "string", "string"]);
    expect(byName(reference).code!.invalid).toBe(10);
    expect(byName(current).code!.invalid).toBe(1);
  });

  it("reads the current table through the sample runner from splitMinBytes on, with the final types", async () => {
    const jobs: SampleJob[] = [];
    // A runner that reads in this thread (collectFile is what the worker runs), recording the jobs it was given.
    const sampleRunner = (job: SampleJob) => {
      jobs.push(job);
      return collectFile(job);
    };
    const inThread = await readSides({ reference: refFile, current: curFile, read: {} });
    const viaRunner = await readSides(
      { reference: refFile, current: curFile, read: {} },
      { sampleRunner, splitMinBytes: 0 },
    );
    expect(viaRunner).toEqual(inThread);
    // One job with the guessed types, whose result is dropped, then one with every row's.
    expect(jobs.map((j) => j.types)).toEqual([["integer", "integer", "integer"], fullTypes]);
    expect(jobs.every((j) => j.file === curFile)).toBe(true);
    // Below the threshold (8 MiB by default) the runner is not worth its start-up: this thread reads.
    jobs.length = 0;
    expect(await readSides({ reference: refFile, current: curFile, read: {} }, { sampleRunner })).toEqual(inThread);
    expect(jobs).toEqual([]);
  });

  it("reads the current table with the reference's types by name, a column only it has as text", async () => {
    const other = await tmp.write("other.csv", "extra,n,code\n1,2,3\n4,5,6\n");
    const { current } = await readSides({ reference: refFile, current: other, read: {} });
    expect(current.map((s) => [s.name, s.type])).toEqual([
      ["extra", "string"],
      ["n", "integer"],
      ["code", "string"],
    ]);
  });

  it("reports progress, and refuses a wanted column the reference lacks in one line naming the file", async () => {
    const seen: number[] = [];
    await readSides({ reference: refFile, current: curFile, read: {} }, { progress: (rows) => seen.push(rows) });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBe(ROWS);
    await expect(
      readSides({ reference: refFile, current: curFile, read: {}, wanted: new Set(["n", "nope"]) }),
    ).rejects.toThrow(`${refFile}: no column "nope"`);
  });

  it("passes the reader options to both tables", async () => {
    const ref = await tmp.write("ref.tsv.txt", "a;b\n1;x\n2;y\n");
    const cur = await tmp.write("cur.tsv.txt", "a;b\n3;z\n");
    const { reference, current } = await readSides({
      reference: ref,
      current: cur,
      read: { format: "csv", delimiter: ";" },
    });
    expect(reference.map((s) => [s.name, s.type])).toEqual([
      ["a", "integer"],
      ["b", "string"],
    ]);
    expect(byName(current).b!.counts).toEqual(new Map([["z", 1]]));
  });
});
