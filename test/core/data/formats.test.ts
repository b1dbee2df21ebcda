// One small table written as CSV, JSON Lines, Parquet and Arrow IPC: every format must detect the same types
// and read the same values. Then broken files of each format: always an InputError naming the file.
import { writeFile } from "node:fs/promises";

import { tableFromArrays, tableToIPC } from "apache-arrow";
import fc from "fast-check";
import { parquetWriteBuffer, parquetWriteFile } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import type { ColumnType, Format } from "../../../src/core/data/types.js";
import { InputError } from "../../../src/core/errors.js";
import { type Cell, inputErrorOf, makeTempDir, PROPERTY_SEED, re, readAll } from "./helpers.js";

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let fileNo = 0;
beforeAll(async () => {
  tmp = await makeTempDir("formats");
});
afterAll(async () => {
  await tmp.remove();
});

// ---------------------------------------------------------------------------------------------------------------
// The table.

const NAMES = ["id", "score", "flag", "at", "name"];
const TYPES: ColumnType[] = ["integer", "number", "boolean", "datetime", "string"];
const T1 = Date.UTC(2023, 0, 1);
const T2 = Date.UTC(2024, 1, 29, 12, 30);
const T3 = Date.UTC(1999, 11, 31, 23, 59, 59, 500);
const ID = [1, 2, null, -4];
const SCORE = [1.5, null, -2.25, 0.001];
const FLAG = [true, false, null, true];
const AT = [T1, T2, null, T3];
const NAME = ["alpha", "beta gamma", null, 'δ,"q"\nx'];

/** The rows read with the right plan. */
const EXPECTED: Cell[][] = [
  [1, 1.5, 1, T1, "alpha"],
  [2, null, 0, T2, "beta gamma"],
  [null, -2.25, null, null, null],
  [-4, 0.001, 1, T3, 'δ,"q"\nx'],
];

/** The rows read with a plan that fits few cells: what does not fit is INVALID, with the same text everywhere. */
const MISMATCH_PLAN: ColumnType[] = ["boolean", "integer", "integer", "datetime", "datetime"];
const MISMATCHED: Cell[][] = [
  [1, { invalid: "1.5" }, { invalid: "true" }, T1, { invalid: "alpha" }],
  [{ invalid: "2" }, null, { invalid: "false" }, T2, { invalid: "beta gamma" }],
  [null, { invalid: "-2.25" }, null, null, null],
  [{ invalid: "-4" }, { invalid: "0.001" }, { invalid: "true" }, T3, { invalid: 'δ,"q"\nx' }],
];

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().replace(".000Z", "Z"));

async function writeCsv(file: string): Promise<void> {
  const cell = (v: unknown) => {
    if (v === null) return "";
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const rows = ID.map((_v, r) => [ID[r], SCORE[r], FLAG[r], iso(AT[r]!), NAME[r]].map(cell).join(","));
  await writeFile(file, `${NAMES.join(",")}\n${rows.join("\n")}\n`);
}

async function writeJsonl(file: string): Promise<void> {
  const rows = ID.map((_v, r) =>
    JSON.stringify({ id: ID[r], score: SCORE[r], flag: FLAG[r], at: iso(AT[r]!), name: NAME[r] }),
  );
  await writeFile(file, `${rows.join("\n")}\n`);
}

function writeParquet(file: string): void {
  parquetWriteFile({
    filename: file,
    columnData: [
      { name: "id", data: ID, type: "INT32" },
      { name: "score", data: SCORE, type: "DOUBLE" },
      { name: "flag", data: FLAG, type: "BOOLEAN" },
      { name: "at", data: AT.map((t) => (t === null ? null : new Date(t))), type: "TIMESTAMP" },
      { name: "name", data: NAME, type: "STRING" },
    ],
  });
}

function arrowTable() {
  return tableFromArrays({
    id: ID.map((v) => (v === null ? null : BigInt(v))), // Int64
    score: SCORE, // Float64
    flag: FLAG, // Bool
    at: AT.map((t) => (t === null ? null : new Date(t))), // Timestamp<MILLISECOND>
    name: NAME, // Dictionary<Int32, Utf8>
  });
}

async function writeArrow(file: string, kind: "file" | "stream"): Promise<void> {
  await writeFile(file, tableToIPC(arrowTable(), kind));
}

interface Case {
  label: string;
  format: Format;
  ext: string;
  write: (file: string) => Promise<void> | void;
  lines: number[] | null;
}

const CASES: Case[] = [
  { label: "CSV", format: "csv", ext: ".csv", write: writeCsv, lines: [2, 3, 4, 5] },
  { label: "JSON Lines", format: "jsonl", ext: ".jsonl", write: writeJsonl, lines: [1, 2, 3, 4] },
  { label: "Parquet", format: "parquet", ext: ".parquet", write: writeParquet, lines: null },
  { label: "Arrow IPC file", format: "arrow", ext: ".arrow", write: (f) => writeArrow(f, "file"), lines: null },
  { label: "Arrow IPC stream", format: "arrow", ext: ".arrows", write: (f) => writeArrow(f, "stream"), lines: null },
];

async function written(c: Case): Promise<string> {
  const file = tmp.file(`table${fileNo++}${c.ext}`);
  await c.write(file);
  return file;
}

/** Open with the format named when the extension does not tell it. */
function open(c: Case, file: string, options: { nullValues?: string[] } = {}) {
  return openTable(file, { ...options, ...(c.ext === ".arrows" ? { format: "arrow" } : {}) });
}

describe.each(CASES)("the same table as $label", (c) => {
  it("has the column names in order", async () => {
    const source = await open(c, await written(c));
    expect(source.format).toBe(c.format);
    expect(source.columnNames).toEqual(NAMES);
    await source.close();
  });

  it("detects integer, number, boolean, datetime and string", async () => {
    const source = await open(c, await written(c));
    const types = await source.detectTypes();
    await source.close();
    expect(Object.fromEntries(NAMES.map((n, i) => [n, types[i]]))).toEqual(
      Object.fromEntries(NAMES.map((n, i) => [n, TYPES[i]])),
    );
  });

  it("reads the values, nulls and lines", async () => {
    const source = await open(c, await written(c));
    const got = await readAll(source, TYPES);
    await source.close();
    expect(got.rows).toEqual(EXPECTED);
    expect(got.lines).toEqual(c.lines);
    // Strings show as themselves in raw text.
    expect(got.raw.map((r) => r[4])).toEqual(["alpha", "beta gamma", expect.any(String), 'δ,"q"\nx']);
  });

  it("fills the feature matrix with the numeric columns as float32, in the places the plan gives", async () => {
    const source = await open(c, await written(c));
    // Places out of column order; the string column stays out of the matrix.
    const places = [0, 2, 3, 1];
    const got = await readAll(
      source,
      TYPES.map((type, i) => (i < places.length ? { type, matrix: places[i]! } : { type })),
    );
    await source.close();
    expect(got.rows).toEqual(EXPECTED);
    expect(got.matrixRows).toBe(EXPECTED.length);
    // Every numeric column counts its bad cells (the table has nulls in each), and the counts are right.
    expect(got.counted).toBe(4 * got.batches);
    // Places that are not 0..w−1 once each make no matrix; the columns are read as ever.
    const source2 = await open(c, await written(c));
    const none = await readAll(source2, [
      { type: "integer", matrix: 0 },
      { type: "number", matrix: 0 },
      { type: "boolean" },
      { type: "datetime" },
      { type: "string" },
    ]);
    await source2.close();
    expect(none.matrixRows).toBe(0);
    expect(none.rows).toEqual(EXPECTED);
  });

  it("reads what does not fit the plan as INVALID, with the cell's text", async () => {
    const source = await open(c, await written(c));
    const got = await readAll(source, MISMATCH_PLAN);
    await source.close();
    expect(got.rows).toEqual(MISMATCHED);
    expect(got.counted).toBe(5 * got.batches);
  });

  it("reads the same values with the types it detects itself", async () => {
    const source = await open(c, await written(c));
    const types = await source.detectTypes();
    const got = await readAll(source, types);
    await source.close();
    expect(got.rows).toEqual(EXPECTED);
  });

  it("reads the string column as NULL where a null token is given", async () => {
    const source = await open(c, await written(c), { nullValues: ["", "alpha"] });
    const got = await readAll(source, TYPES);
    await source.close();
    expect(got.rows.map((r) => r[4])).toEqual([null, "beta gamma", null, 'δ,"q"\nx']);
  });
});

describe("typed formats hand over native values", () => {
  it("reads Parquet INT64 (bigint) as integer and keeps exact safe integers", async () => {
    const file = tmp.file("int64.parquet");
    parquetWriteFile({
      filename: file,
      columnData: [{ name: "n", data: [9007199254740991n, -3n, null], type: "INT64" }],
    });
    const source = await openTable(file);
    expect(await source.detectTypes()).toEqual(["integer"]);
    expect((await readAll(source, ["integer"])).rows).toEqual([[9007199254740991], [-3], [null]]);
    await source.close();
  });

  it("reads ISO datetime strings in JSON Lines and Arrow as datetime", async () => {
    const jsonl = tmp.file("dt.jsonl");
    await writeFile(jsonl, '{"t":"2023-01-01"}\n\n{"t":"2023-01-01T10:00:00+02:00"}\n{"t":null}\n');
    const arrow = tmp.file("dt.arrow");
    await writeFile(arrow, tableToIPC(tableFromArrays({ t: ["2023-01-01", "2023-01-01T10:00:00+02:00", null] })));
    for (const file of [jsonl, arrow]) {
      const source = await openTable(file);
      expect(await source.detectTypes()).toEqual(["datetime"]);
      expect((await readAll(source, ["datetime"])).rows).toEqual([
        [Date.UTC(2023, 0, 1)],
        [Date.UTC(2023, 0, 1, 8)],
        [null],
      ]);
      await source.close();
    }
  });

  it("reads JSON Lines records with missing keys as NULL, columns in first-seen order", async () => {
    const file = tmp.file("keys.jsonl");
    await writeFile(file, '{"a":1}\r\n{"b":"x","a":2}\r\n{"c":true}\r\n');
    const source = await openTable(file);
    expect(source.columnNames).toEqual(["a", "b", "c"]);
    expect(await source.detectTypes()).toEqual(["integer", "string", "boolean"]);
    const got = await readAll(source, ["integer", "string", "boolean"]);
    expect(got.rows).toEqual([
      [1, null, null],
      [2, "x", null],
      [null, null, 1],
    ]);
    expect(got.lines).toEqual([1, 2, 3]);
    await source.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Broken files.

/** Open and read everything; the InputError it fails with. */
async function failure(file: string, format?: string): Promise<InputError> {
  return inputErrorOf(async () => {
    const source = await openTable(file, format ? { format } : {});
    try {
      const types = await source.detectTypes();
      await readAll(source, types);
    } finally {
      await source.close();
    }
  });
}

/** Deterministic pseudo-random bytes. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe("broken JSON Lines", () => {
  it("names the line that is not JSON", async () => {
    const file = tmp.file("bad.jsonl");
    await writeFile(file, '{"a":1}\n\n{"a":2\n{"a":3}\n');
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(new RegExp(`^${re(file)}: line 3: not valid JSON \\(.+\\)$`));
  });

  it("names the line that holds no JSON object", async () => {
    for (const [text, line] of [
      ['{"a":1}\n[1,2]\n', 2],
      ['{"a":1}\r\n42\r\n', 2],
      ['"text"\n', 1],
      ['{"a":1}\nnull\n', 2],
    ] as const) {
      const file = tmp.file(`nobj${fileNo++}.jsonl`);
      await writeFile(file, text);
      const err = await inputErrorOf(() => openTable(file));
      expect(err.message).toMatch(new RegExp(`^${re(file)}: line ${line}: each line must hold one JSON object$`));
    }
  });

  it("names the line with bytes that are not UTF-8", async () => {
    const file = tmp.file("latin1.jsonl");
    await writeFile(
      file,
      Buffer.concat([Buffer.from('{"a":"x"}\n{"a":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
    );
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(new RegExp(`^${re(file)}: line 2: the text is not valid UTF-8$`));
  });

  it("rejects a file without records", async () => {
    for (const text of ["", "\n \n\r\n"]) {
      const file = tmp.file(`empty${fileNo++}.jsonl`);
      await writeFile(file, text);
      const err = await inputErrorOf(() => openTable(file));
      expect(err.message).toMatch(new RegExp(`^${re(file)}: the file holds no JSON records$`));
    }
  });

  it("rejects a blank key", async () => {
    const file = tmp.file("blank.jsonl");
    await writeFile(file, '{"a":1," ":2}\n');
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(new RegExp(`^${re(file)}: column "2": the column name is blank$`));
  });
});

describe("broken Parquet", () => {
  const good = () =>
    new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "s", data: ["a", null, "c"], type: "STRING" },
          { name: "i", data: [1, 2, 3], type: "INT32" },
        ],
      }),
    );

  it("rejects a truncated file (footer cut off)", async () => {
    const bytes = good();
    for (const keep of [bytes.length - 1, bytes.length - 10, bytes.length >> 1, 4, 1]) {
      const file = tmp.file(`trunc${keep}.parquet`);
      await writeFile(file, bytes.subarray(0, keep));
      const err = await failure(file);
      expect(err.message).toMatch(new RegExp(`^${re(file)}: not a readable Parquet file \\(.+\\)$`));
    }
  });

  it("rejects an empty file and random bytes", async () => {
    const empty = tmp.file("empty.parquet");
    await writeFile(empty, "");
    expect((await failure(empty)).message).toMatch(new RegExp(`^${re(empty)}: the file is empty$`));
    const random = tmp.file("random.parquet");
    await writeFile(random, noise(4096, 7));
    expect((await failure(random)).message).toMatch(
      new RegExp(`^${re(random)}: not a readable Parquet file \\(.+\\)$`),
    );
  });

  it("names the row group whose pages cannot be decoded", async () => {
    const bytes = good();
    // Overwrite the start of the first page header (right after the leading magic) with a thrift type it rejects.
    bytes.fill(0x0f, 4, 8);
    const file = tmp.file("pages.parquet");
    await writeFile(file, bytes);
    const err = await failure(file);
    expect(err.message).toMatch(
      new RegExp(`^${re(file)}: row group 0, column "s": the page header at byte 4 cannot be read \\(.+\\)$`),
    );
  });

  /** Index of `pattern` inside the footer metadata, which must be found. */
  function footerIndex(bytes: Uint8Array, pattern: number[]): number {
    const footerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
      bytes.length - 8,
      true,
    );
    const start = bytes.length - 8 - footerLength;
    const at = Buffer.from(bytes).indexOf(Buffer.from(pattern), start);
    expect(at, "the fixture's footer layout").toBeGreaterThan(0);
    return at;
  }

  it("rejects a schema that claims more columns than it holds", async () => {
    const bytes = good();
    // The root schema element: name "root", then field 5 (num_children, zigzag i32) = 2; make it 12.
    const at = footerIndex(bytes, [0x04, ...Buffer.from("root"), 0x15, 0x04]);
    bytes[at + 6] = 0x18;
    const file = tmp.file("children.parquet");
    await writeFile(file, bytes);
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: `));
  });

  it("rejects a column schema element without a name", async () => {
    const bytes = good();
    // Column "s": field 4 (name, binary of 1 byte "s"); turn its field header into one without a name.
    const at = footerIndex(bytes, [0x18, 0x01, 0x73]);
    bytes[at] = 0x05;
    const file = tmp.file("noname.parquet");
    await writeFile(file, bytes);
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: `));
  });

  it("rejects a column chunk that holds no data rather than yielding a short column", async () => {
    const bytes = good();
    // Column "s" chunk metadata: path_in_schema ["s"], codec, num_values 3, total_uncompressed_size 33,
    // total_compressed_size 35 (zigzag 0x46): make the compressed size 0, so no page of it is read.
    const at = footerIndex(bytes, [0x19, 0x18, 0x01, 0x73, 0x15, 0x02, 0x16, 0x06, 0x16, 0x42, 0x16, 0x46]);
    bytes[at + 11] = 0x00;
    const file = tmp.file("nochunk.parquet");
    await writeFile(file, bytes);
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: `));
  });

  it("never fails with anything but an InputError when one footer byte is changed", async () => {
    const bytes = good();
    const footerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
      bytes.length - 8,
      true,
    );
    const file = tmp.file("footer.parquet");
    const crashes: string[] = [];
    for (let i = bytes.length - 8 - footerLength; i < bytes.length - 8; i++) {
      for (const v of [0x00, 0xff, bytes[i]! ^ 0x01, 0x05, 0x18]) {
        if (v === bytes[i]) continue;
        const changed = bytes.slice();
        changed[i] = v;
        await writeFile(file, changed);
        try {
          const source = await openTable(file);
          const types = await source.detectTypes();
          await readAll(source, types);
          await source.close();
        } catch (e) {
          if (!(e instanceof InputError)) crashes.push(`byte ${i} = 0x${v.toString(16)}: ${String(e)}`);
          else expect(e.message.startsWith(`${file}: `)).toBe(true);
        }
      }
    }
    expect(crashes).toEqual([]);
  });
});

describe("broken Arrow IPC", () => {
  it("rejects random bytes", async () => {
    const file = tmp.file("random.arrow");
    await writeFile(file, noise(4096, 42));
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: not a readable Arrow IPC file \\(.+\\)$`));
  });

  it("rejects an empty file", async () => {
    const file = tmp.file("empty.arrow");
    await writeFile(file, "");
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: `));
  });

  it("rejects an end-of-stream marker alone (no schema)", async () => {
    const file = tmp.file("eos.arrow");
    await writeFile(file, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]));
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: `));
  });

  it("names the record batch of a truncated stream", async () => {
    const ipc = tableToIPC(
      tableFromArrays({
        i: Int32Array.from({ length: 5000 }, (_v, i) => i),
        s: Array.from({ length: 5000 }, (_v, i) => `s${i}`),
      }),
      "stream",
    );
    const file = tmp.file("trunc.arrow");
    await writeFile(file, ipc.subarray(0, ipc.length - 100));
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: record 0: record batch cannot be decoded \\(.+\\)$`));
  });

  it("rejects a truncated IPC file (footer cut off)", async () => {
    const ipc = tableToIPC(tableFromArrays({ i: Int32Array.from({ length: 5000 }, (_v, i) => i) }), "file");
    const file = tmp.file("truncf.arrow");
    await writeFile(file, ipc.subarray(0, ipc.length - 100));
    const err = await failure(file);
    expect(err.message).toMatch(new RegExp(`^${re(file)}: not a readable Arrow IPC file \\(.+\\)$`));
  });

  it("never fails with anything but an InputError on random or truncated bytes", async () => {
    const ipcFile = tableToIPC(arrowTable(), "file");
    const ipcStream = tableToIPC(arrowTable(), "stream");
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.uint8Array({ minLength: 64, maxLength: 2048 }),
      fc.nat({ max: ipcFile.length - 1 }).map((n) => ipcFile.subarray(0, n)),
      fc.nat({ max: ipcStream.length - 1 }).map((n) => ipcStream.subarray(0, n)),
    );
    const file = tmp.file("fuzz.arrow");
    await fc.assert(
      fc.asyncProperty(bytesArb, async (bytes) => {
        await writeFile(file, bytes);
        try {
          const source = await openTable(file);
          const types = await source.detectTypes();
          await readAll(source, types);
          await source.close();
        } catch (e) {
          if (!(e instanceof InputError)) throw new Error(`not an InputError: ${String(e)}`, { cause: e });
          expect(e.message.startsWith(`${file}: `)).toBe(true);
        }
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });
});
