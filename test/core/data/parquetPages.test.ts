// Corrupted Parquet page headers (issue 16). One lost field in a page header sent hyparquet's page loop to a NaN
// offset, where it decoded byte 0 for ever on a synchronous path. Reads that could hang run in a process of their
// own with a deadline, so a regression fails here instead of stalling the whole run.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import type { ColumnMetaData } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { columnChunkProblem } from "../../../src/core/data/parquetPages.js";
import { ROOT } from "../../support.js";
import { inputErrorOf, makeTempDir, re, readAll } from "./helpers.js";

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir("parquet-pages");
});
afterAll(async () => {
  await tmp.remove();
});

const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Run an ES module script with the sources loaded through tsx, in its own process, killed after `timeout` ms. */
function script(source: string, args: string[], timeout = 60_000) {
  return spawnSync(process.execPath, ["--import", TSX, "--input-type=module", "-e", source, ...args], {
    cwd: tmp.path,
    encoding: "utf8",
    env: { PATH: process.env.PATH, CI: "true", MODELGATE_PLATFORM: "local" },
    timeout,
  });
}

/** Two columns, three rows, one row group: a string column (with a null) and an integer column. */
function small(): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: "s", data: ["a", null, "c"], type: "STRING" },
        { name: "i", data: [1, 2, 3], type: "INT32" },
      ],
    }),
  );
}

/** Three row groups of dictionary-encoded strings, integers, doubles and booleans, several pages to a chunk. */
function paged(): Uint8Array {
  const n = 60;
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: "s", data: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : `v${i % 5}`)), type: "STRING" },
        { name: "i", data: Array.from({ length: n }, (_, i) => i * 3), type: "INT32" },
        { name: "d", data: Array.from({ length: n }, (_, i) => i / 7), type: "DOUBLE" },
        { name: "b", data: Array.from({ length: n }, (_, i) => i % 3 === 0), type: "BOOLEAN" },
      ],
      rowGroupSize: 20,
      pageSize: 64,
    }),
  );
}

/** Where the column data ends and the footer begins. */
function footerStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length - 8 - view.getUint32(bytes.length - 8, true);
}

describe("a corrupted Parquet page header", () => {
  it("that lost a field is refused in one line naming the row group and column, exit 2, instead of a hang", async () => {
    const bytes = small();
    // Column "s" starts with a DATA_PAGE_V2 header at byte 4; its struct ends with the definition levels' byte
    // length (field 5 = 2), the repetition levels' (field 6 = 0) and two STOPs. A STOP in place of field 5's
    // header ends the struct early: both lengths are then missing.
    const at = Buffer.from(bytes).indexOf(Buffer.from([0x15, 0x04, 0x15, 0x00, 0x00, 0x00]), 4);
    expect(at, "the fixture's page header layout").toBeGreaterThan(4);
    expect(at).toBeLessThan(30);
    bytes[at] = 0x00;
    await writeFile(tmp.file("broken.parquet"), bytes);
    const entry = pathToFileURL(join(ROOT, "src", "index.ts")).href;
    const cli = `const { cli } = await import(${JSON.stringify(entry)}); await cli(process.argv.slice(1));`;
    const r = script(cli, ["profile", "--data", "broken.parquet", "--out", "profile.json"], 30_000);
    expect(r.error, "the read must end by itself").toBeUndefined();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      'modelgate: broken.parquet: row group 0, column "s": the page header at byte 4 has an incomplete data page header',
    ]);
  });

  it("never hangs and never fails with anything but an InputError, whichever byte of the pages is changed", () => {
    const file = tmp.file("paged.parquet");
    const check = `
      import { readFileSync, writeFileSync } from "node:fs";
      const { openTable } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src/core/data/open.ts")).href)});
      const { InputError } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src/core/errors.ts")).href)});
      const [file, end] = [process.argv[1], Number(process.argv[2])];
      const good = readFileSync(file);
      const out = { reads: 0, refused: 0, others: [] };
      for (let i = 4; i < end; i++) {
        for (const v of [0x00, 0xff, good[i] ^ 0x01, good[i] ^ 0x80, 0x05, 0x18]) {
          if (v === good[i]) continue;
          const bytes = Buffer.from(good);
          bytes[i] = v;
          writeFileSync(file + ".x", bytes);
          out.reads++;
          try {
            const source = await openTable(file + ".x");
            const types = await source.detectTypes();
            for await (const _ of source.batches(types.map((type) => ({ type })))) {}
          } catch (e) {
            if (e instanceof InputError && e.message.startsWith(file + ".x: ")) out.refused++;
            else out.others.push("byte " + i + " = " + v + ": " + String(e));
          }
        }
      }
      console.log(JSON.stringify(out));
    `;
    const bytes = paged();
    const end = footerStart(bytes);
    expect(end, "several pages to mutate").toBeGreaterThan(500);
    return writeFile(file, bytes).then(() => {
      const r = script(check, [file, String(end)], 120_000);
      expect(r.error, "every read must end by itself").toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { reads: number; refused: number; others: string[] };
      expect(out.others).toEqual([]);
      expect(out.reads).toBeGreaterThan(end * 5);
      expect(out.refused).toBeGreaterThan(out.reads / 10);
    });
  }, 150_000);

  it("names a page that runs past its column chunk, and one that claims more values than its chunk holds", async () => {
    const bytes = small();
    // The first page header: type (field 1), uncompressed size (field 2), compressed size (field 3, zigzag).
    expect([...bytes.subarray(4, 8)]).toEqual([0x15, 0x06, 0x15, bytes[7]]);
    expect(bytes[8]).toBe(0x15);
    const longer = bytes.slice();
    longer[9] = longer[9]! + 0x40; // 32 bytes more than the chunk holds
    await writeFile(tmp.file("long.parquet"), longer);
    const long = await inputErrorOf(async () =>
      readAll(await openTable(tmp.file("long.parquet")), ["string", "integer"]),
    );
    expect(long.message).toMatch(
      new RegExp(
        `^${re(tmp.file("long.parquet"))}: row group 0, column "s": the page at byte 4 runs past the end of its column chunk$`,
      ),
    );

    const many = bytes.slice();
    // The v2 header's num_values (first field of its struct, after 0x5c) = 3 rows: claim 60.
    const v2 = Buffer.from(many).indexOf(Buffer.from([0x5c, 0x15, 0x06]), 4);
    expect(v2).toBeGreaterThan(4);
    many[v2 + 2] = 0x78;
    await writeFile(tmp.file("many.parquet"), many);
    const err = await inputErrorOf(async () =>
      readAll(await openTable(tmp.file("many.parquet")), ["string", "integer"]),
    );
    expect(err.message).toMatch(/: row group 0, column "s": the page header at byte 4 claims 60 values/);
  });

  it("refuses a run length in a page's definition levels that would ask for 134 million levels", async () => {
    const bytes = small();
    // Column "s": its DATA_PAGE_V2 header ends in two STOPs; its 2 bytes of definition levels follow, one
    // bit-packed group (0x03) for its 3 rows. Four bytes from there made one RLE run of ~134 million levels,
    // which hyparquet wrote one by one into a JavaScript array until the heap ran out.
    const end = Buffer.from(bytes).indexOf(Buffer.from([0x15, 0x04, 0x15, 0x00, 0x00, 0x00]), 4) + 6;
    expect(bytes[end], "the fixture's definition levels").toBe(0x03);
    bytes.set([0xfe, 0xff, 0xff, 0x7f], end);
    const file = tmp.file("levels.parquet");
    await writeFile(file, bytes);
    const err = await inputErrorOf(async () => readAll(await openTable(file), ["string", "integer"]));
    expect(err.message).toBe(
      `${file}: row group 0, column "s": the page at byte 4: its definition levels run past their byte length`,
    );
  });

  it("checks the levels of an uncompressed DATA_PAGE (v1) too, which hyparquet-writer does not write", () => {
    // A hand-built v1 page of 3 optional INT32 values, one null: its thrift header, then the definition levels as a
    // 4-byte length and one bit-packed group (levels 1, 0, 1), then the two values, PLAIN.
    const body = [2, 0, 0, 0, 0x03, 0x05, 7, 0, 0, 0, 9, 0, 0, 0];
    const zigzag = (n: number) => n * 2;
    const header = [0x15, 0x00, 0x15, zigzag(body.length), 0x15, zigzag(body.length), 0x2c];
    const pageHeader = [...header, 0x15, zigzag(3), 0x15, 0x00, 0x15, zigzag(3), 0x15, zigzag(3), 0x00, 0x00];
    const meta = {
      num_values: 3n,
      total_uncompressed_size: BigInt(pageHeader.length + body.length),
      codec: "UNCOMPRESSED",
    } as unknown as ColumnMetaData;
    const levels = { maxRepetition: 0, maxDefinition: 1 };
    const check = (b: number[]) =>
      columnChunkProblem(new DataView(Uint8Array.from([...pageHeader, ...b]).buffer), meta, levels, 100);
    expect(check(body)).toBeNull();
    // The group header made an RLE run (even) of 1,000,000 levels for a page of 3.
    expect(check([4, 0, 0, 0, 0x80, 0x89, 0x7a, 0x01, ...body.slice(6)])).toBe(
      `the page at byte 100: its definition levels have a run of 1000000 where 3 levels remain`,
    );
    // A section length past the page.
    expect(check([200, 0, 0, 0, ...body.slice(4)])).toBe(
      "the page at byte 100: its definition levels run past the page",
    );
  });

  it("reads an intact multi-page, multi-group file column by column with every value in place", async () => {
    const file = tmp.file("intact.parquet");
    await writeFile(file, paged());
    const source = await openTable(file);
    const types = await source.detectTypes();
    expect(types).toEqual(["string", "integer", "number", "boolean"]);
    const { rows, batches } = await readAll(source, types);
    expect(batches).toBe(3);
    expect(rows).toHaveLength(60);
    rows.forEach((row, i) => {
      expect(row).toEqual([i % 7 === 0 ? null : `v${i % 5}`, i * 3, i / 7, i % 3 === 0 ? 1 : 0]);
    });
  });
});
