// rowsEstimate(): the drift samples size their arrays once from it, so it must be close after the first batch
// (CSV extrapolates from the bytes the rows so far took) and exact at the end; Parquet states its row count.
import { writeFile } from "node:fs/promises";

import { parquetWriteFile } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { mulberry32 } from "../../../src/core/random.js";
import { makeTempDir } from "./helpers.js";

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir("estimate");
});
afterAll(async () => {
  await tmp.remove();
});

describe("rowsEstimate", () => {
  it("CSV: within 2 % after the first batch of a 100,000-row file, exact after the last", async () => {
    const rnd = mulberry32(9);
    const lines = ["x,y,name"];
    // Rows of varying length, so the estimate is an extrapolation and not a count.
    for (let r = 0; r < 100_000; r++) lines.push(`${(rnd() * 1000).toFixed(1 + (r % 4))},${r},${"n".repeat(r % 7)}`);
    const file = tmp.file("t.csv");
    await writeFile(file, `${lines.join("\n")}\n`);
    const source = await openTable(file);
    expect(source.rowsEstimate?.(0)).toBeNull();
    let rows = 0;
    let first: number | null = null;
    for await (const b of source.batches([{ type: "number" }, { type: "integer" }, { type: "string" }])) {
      rows += b.length;
      first ??= source.rowsEstimate!(rows);
    }
    expect(Math.abs(first! - 100_000) / 100_000).toBeLessThan(0.02);
    expect(source.rowsEstimate!(rows)).toBe(100_000);
    await source.close();
  });

  it("Parquet: the row count its metadata states", async () => {
    const file = tmp.file("t.parquet");
    parquetWriteFile({
      filename: file,
      columnData: [{ name: "x", data: Float64Array.from({ length: 1234 }, (_x, i) => i / 4), type: "DOUBLE" }],
      rowGroupSize: 500,
    });
    const source = await openTable(file);
    expect(source.rowsEstimate?.(0)).toBe(1234);
    await source.close();
  });
});
