// The CSV reader streams the file in chunks of CHUNK_BYTES (src/core/data/csv/source.ts): a record cut
// by the end of a chunk must be read again whole from the next one. These files put the cut at chosen bytes.
import { writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CHUNK_BYTES } from "../../../../src/core/data/csv/source.js";
import { openTable } from "../../../../src/core/data/open.js";
import { OK, type TableSource } from "../../../../src/core/data/types.js";
import { inputErrorOf, makeTempDir, re, readAll } from "../helpers.js";

const CHUNK = CHUNK_BYTES;
const HEADER = "id,text,tail\n";
const H = Buffer.byteLength(HEADER);
/** File offset of the first byte of the second chunk (chunks start where the data starts, after the header). */
const BOUNDARY = H + CHUNK;
/** About this much data follows the record at the cut. */
const AFTER_BYTES = 1 << 20;
const LOREM = "lorem ipsum dolor sit amet consectetur adipiscing elit";

interface Row {
  cells: [number, string, string];
  line: number;
}

/**
 * Rows in several shapes: quoted newlines (LF and CRLF), doubled quotes, empty quoted fields, CRLF ends, UTF-8.
 * Texts repeat (a few distinct values per column) so that reading stays fast; the id column tells rows apart.
 */
function fillerRow(id: number): { text: string; cells: [number, string, string]; lfs: number } {
  const i = id % 32;
  switch (id % 4) {
    case 0:
      return {
        text: `${id},"r${i} ""q"" ${LOREM}\nnext ${i}",t${i}\n`,
        cells: [id, `r${i} "q" ${LOREM}\nnext ${i}`, `t${i}`],
        lfs: 2,
      };
    case 1:
      return { text: `${id},plain ${i} é ${LOREM},t${i}\r\n`, cells: [id, `plain ${i} é ${LOREM}`, `t${i}`], lfs: 1 };
    case 2:
      return { text: `${id},"a,b ${i} ${LOREM}",""\n`, cells: [id, `a,b ${i} ${LOREM}`, ""], lfs: 1 };
    default:
      return { text: `${id},"x\r\ny ${i} ${LOREM}""",t\r\n`, cells: [id, `x\r\ny ${i} ${LOREM}"`, "t"], lfs: 2 };
  }
}

/** Consecutive rows from id `first`, starting on `line`, of about `bytes` bytes. */
function rows(
  first: number,
  line: number,
  bytes: number,
): { buf: Buffer; rows: Row[]; next: number; nextLine: number } {
  const parts: string[] = [];
  const out: Row[] = [];
  let size = 0;
  let i = first;
  while (size < bytes) {
    const r = fillerRow(i++);
    parts.push(r.text);
    out.push({ cells: r.cells, line });
    line += r.lfs;
    size += Buffer.byteLength(r.text);
  }
  return { buf: Buffer.from(parts.join("")), rows: out, next: i, nextLine: line };
}

interface Variant {
  name: string;
  /** The record to place at the cut (its id is given). */
  record: (id: number) => string;
  cells: (id: number) => [number, string, string];
  /** Index (in UTF-16 units) of the character whose byte must be the last one of the first chunk. */
  at: (record: string) => number;
  /** Which byte of that character (for multi-byte UTF-8). */
  byteInChar?: number;
  /** The byte expected at the cut, as a self-check of the fixture. */
  byte: number;
}

const Q = 0x22;
const VARIANTS: Variant[] = [
  {
    name: "first quote of a doubled quote",
    record: (id) => `${id},"ab""cd",t\n`,
    cells: (id) => [id, 'ab"cd', "t"],
    at: (r) => r.indexOf('""'),
    byte: Q,
  },
  {
    name: "second quote of a doubled quote",
    record: (id) => `${id},"ab""cd",t\n`,
    cells: (id) => [id, 'ab"cd', "t"],
    at: (r) => r.indexOf('""') + 1,
    byte: Q,
  },
  {
    name: "opening quote",
    record: (id) => `${id},"abc",t\n`,
    cells: (id) => [id, "abc", "t"],
    at: (r) => r.indexOf('"'),
    byte: Q,
  },
  {
    name: "closing quote before CRLF",
    record: (id) => `${id},t,"abc"\r\n`,
    cells: (id) => [id, "t", "abc"],
    at: (r) => r.length - 3,
    byte: Q,
  },
  {
    name: "CR of CRLF after a closing quote",
    record: (id) => `${id},t,"abc"\r\n`,
    cells: (id) => [id, "t", "abc"],
    at: (r) => r.length - 2,
    byte: 0x0d,
  },
  {
    name: "CR of CRLF after an unquoted field",
    record: (id) => `${id},abc,t\r\n`,
    cells: (id) => [id, "abc", "t"],
    at: (r) => r.length - 2,
    byte: 0x0d,
  },
  {
    name: "LF inside a quoted field",
    record: (id) => `${id},"ab\ncd",t\n`,
    cells: (id) => [id, "ab\ncd", "t"],
    at: (r) => r.indexOf("\n"),
    byte: 0x0a,
  },
  {
    name: "first of three quotes (escaped quote, then closing quote)",
    record: (id) => `${id},"a""",t\n`,
    cells: (id) => [id, 'a"', "t"],
    at: (r) => r.indexOf('"""'),
    byte: Q,
  },
  {
    name: "second of three quotes",
    record: (id) => `${id},"a""",t\n`,
    cells: (id) => [id, 'a"', "t"],
    at: (r) => r.indexOf('"""') + 1,
    byte: Q,
  },
  {
    name: "third of three quotes",
    record: (id) => `${id},"a""",t\n`,
    cells: (id) => [id, 'a"', "t"],
    at: (r) => r.indexOf('"""') + 2,
    byte: Q,
  },
  {
    name: "first quote of an empty quoted field",
    record: (id) => `${id},"",t\n`,
    cells: (id) => [id, "", "t"],
    at: (r) => r.indexOf('""'),
    byte: Q,
  },
  {
    name: "a delimiter",
    record: (id) => `${id},abc,t\n`,
    cells: (id) => [id, "abc", "t"],
    at: (r) => r.indexOf(","),
    byte: 0x2c,
  },
  {
    name: "the LF that ends a record",
    record: (id) => `${id},abc,t\n`,
    cells: (id) => [id, "abc", "t"],
    at: (r) => r.length - 1,
    byte: 0x0a,
  },
  {
    name: "the middle of a 4-byte UTF-8 character",
    record: (id) => `${id},"a😀b",t\n`,
    cells: (id) => [id, "a😀b", "t"],
    at: (r) => r.indexOf("😀"),
    byteInChar: 1,
    byte: 0x9f,
  },
];

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let filler: ReturnType<typeof rows>;
beforeAll(async () => {
  tmp = await makeTempDir("csv-chunks");
  filler = rows(0, 2, CHUNK - 4096);
});
afterAll(async () => {
  await tmp.remove();
});

/** Header, filler, a padding record sized so that `record`'s chosen byte is the last of the first chunk, the record, more rows. */
function buildFile(v: Variant): { bytes: Buffer; expected: Row[] } {
  const padId = filler.next;
  const id = padId + 1;
  const record = v.record(id);
  const idx = v.at(record);
  const k = Buffer.byteLength(record.slice(0, idx)) + (v.byteInChar ?? 0);
  const prefix = H + filler.buf.length;
  const padLength = BOUNDARY - 1 - k - prefix;
  const overhead = Buffer.byteLength(`${padId},"",pad\n`);
  const pad = `${padId},"${"p".repeat(padLength - overhead)}",pad\n`;
  expect(Buffer.byteLength(pad)).toBe(padLength);
  const recordLine = filler.nextLine + 1;
  const afterLine = recordLine + (record.split("\n").length - 1);
  const firstAfter = id + 1;
  const expected: Row[] = [
    ...filler.rows,
    { cells: [padId, "p".repeat(padLength - overhead), "pad"], line: filler.nextLine },
    { cells: v.cells(id), line: recordLine },
  ];
  // The rows after the cut repeat the filler shapes.
  const tail = rows(firstAfter, afterLine, AFTER_BYTES);
  expected.push(...tail.rows);
  const bytes = Buffer.concat([Buffer.from(HEADER), filler.buf, Buffer.from(pad), Buffer.from(record), tail.buf]);
  expect(bytes[BOUNDARY - 1]).toBe(v.byte);
  return { bytes, expected };
}

/**
 * Stream the table as [integer, string, string] and compare every row with the expected ones, reporting at most
 * a few mismatches (readAll would build every raw text too, which is slow at this size). Returns the batch count.
 */
async function compareAll(source: TableSource, expected: Row[], rawAt: number): Promise<number> {
  const bad: unknown[] = [];
  let rows = 0;
  let batches = 0;
  for await (const b of source.batches([{ type: "integer" }, { type: "string" }, { type: "string" }])) {
    batches++;
    expect(b.rowStart).toBe(rows);
    const [ids, texts, tails] = b.columns;
    if (ids?.kind !== "numeric" || texts?.kind !== "string" || tails?.kind !== "string")
      throw new Error("unexpected column kinds");
    for (let r = 0; r < b.length; r++, rows++) {
      const e = expected[rows];
      const got = {
        cells: [
          ids.status[r] === OK ? ids.values[r] : "not OK",
          texts.dict.values[texts.codes[r]!],
          tails.dict.values[tails.codes[r]!],
        ],
        line: b.lines?.[r],
      };
      if (
        !e ||
        got.cells[0] !== e.cells[0] ||
        got.cells[1] !== e.cells[1] ||
        got.cells[2] !== e.cells[2] ||
        got.line !== e.line
      ) {
        if (bad.length < 3) bad.push({ row: rows, expected: e, got });
      }
      if (rows === rawAt) expect([0, 1, 2].map((c) => b.raw(c, r))).toEqual(e?.cells.map(String));
    }
  }
  expect(bad).toEqual([]);
  expect(rows).toBe(expected.length);
  return batches;
}

describe("CSV records cut by the 8 MiB chunk boundary", () => {
  it.each(VARIANTS)("reads every row right when the chunk ends at the $name", async (v) => {
    const { bytes, expected } = buildFile(v);
    expect(bytes.length).toBeGreaterThan(CHUNK + (1 << 20));
    const file = tmp.file("cut.csv");
    await writeFile(file, bytes);
    const source = await openTable(file, { nullValues: [] });
    try {
      expect(source.columnNames).toEqual(["id", "text", "tail"]);
      // The record at the cut, spelled out, then every row.
      const at = filler.rows.length + 1;
      expect(expected[at]!.cells).toEqual(v.cells(filler.next + 1));
      expect(await compareAll(source, expected, at)).toBeGreaterThan(1);
    } finally {
      await source.close();
    }
  });

  it("detects the types over the whole file", async () => {
    const { bytes } = buildFile(VARIANTS[0]!);
    const file = tmp.file("detect.csv");
    await writeFile(file, bytes);
    const source = await openTable(file, { nullValues: [] });
    expect(await source.detectTypes()).toEqual(["integer", "string", "string"]);
    await source.close();
  });

  it("grows the chunk for one record longer than it (a 9 MiB quoted field)", async () => {
    const piece = 'say ""hi""\nnext line ';
    const repeats = Math.ceil((9 << 20) / piece.length);
    const big = `1,"${piece.repeat(repeats)}",end\n2,small,"last\nrow"\n`;
    const file = tmp.file("big.csv");
    await writeFile(file, HEADER + big);
    const source = await openTable(file, { nullValues: [] });
    const got = await readAll(source, ["integer", "string", "string"]);
    await source.close();
    expect(got.rows.length).toBe(2);
    const cell = got.rows[0]![1];
    const decoded = 'say "hi"\nnext line ';
    expect(typeof cell).toBe("string");
    expect((cell as string).length).toBe(decoded.length * repeats);
    expect(cell === decoded.repeat(repeats)).toBe(true);
    expect(got.rows[0]![2]).toBe("end");
    expect(got.rows[1]).toEqual([2, "small", "last\nrow"]);
    expect(got.lines).toEqual([2, 3 + repeats]);
  });

  it("names the right line for a ragged row after the first chunk", async () => {
    const { bytes } = buildFile(VARIANTS[0]!);
    const lines = bytes.toString("latin1").split("\n").length; // the file ends with LF: the next line
    const file = tmp.file("ragged.csv");
    await writeFile(file, Buffer.concat([bytes, Buffer.from("1,2\n3,4,5\n")]));
    const source = await openTable(file);
    const err = await inputErrorOf(() => readAll(source, ["integer", "string", "string"]));
    await source.close();
    expect(err.message).toMatch(new RegExp(`^${re(file)}: line ${lines}: 2 fields, but the header has 3$`));
  });

  it("names the line where an unterminated quoted record starts, after the first chunk", async () => {
    const { bytes } = buildFile(VARIANTS[0]!);
    const lfs = bytes.toString("latin1").split("\n").length - 1;
    const file = tmp.file("unterminated.csv");
    await writeFile(file, Buffer.concat([bytes, Buffer.from('7,"never closed\nmore,text\n')]));
    const source = await openTable(file);
    const err = await inputErrorOf(() => readAll(source, ["integer", "string", "string"]));
    await source.close();
    expect(err.message).toMatch(new RegExp(`^${re(file)}: line ${lfs + 1}: a quoted field is never closed$`));
  });
});
