// Property tests of the CSV reader: random tables written as RFC 4180 CSV read back exactly,
// and random CSV text read the same way a small reference parser reads it.
import { writeFile } from "node:fs/promises";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../../src/core/data/open.js";
import { makeTempDir, PROPERTY_SEED, readAll } from "../helpers.js";

const RUNS = 100;
const DELIMITERS = [",", ";", "\t", "|"] as const;

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let fileNo = 0;
beforeAll(async () => {
  tmp = await makeTempDir("csv-prop");
});
afterAll(async () => {
  await tmp.remove();
});

/** Write text (or bytes) to a new file in the temp folder and return its path. */
async function writeTemp(content: string | Uint8Array, ext = ".csv"): Promise<string> {
  const file = tmp.file(`t${fileNo++}${ext}`);
  await writeFile(file, content);
  return file;
}

// ---------------------------------------------------------------------------------------------------------------
// A reference writer: RFC 4180, quoting only when needed.

interface Table {
  header: string[];
  rows: string[][];
}

interface Layout {
  delimiter: (typeof DELIMITERS)[number];
  eol: "\n" | "\r\n";
  bom: boolean;
  trailingEol: boolean;
}

function needsQuotes(cell: string, delimiter: string, onlyColumn: boolean): boolean {
  // A lone empty cell would make a blank line, which the reader skips: quote it.
  if (onlyColumn && cell === "") return true;
  return cell.includes(delimiter) || cell.includes('"') || cell.includes("\n") || cell.includes("\r");
}

function writeCell(cell: string, delimiter: string, onlyColumn: boolean): string {
  return needsQuotes(cell, delimiter, onlyColumn) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The CSV text of a table and the 1-based line on which each data row starts. */
function writeCsv(table: Table, layout: Layout): { text: string; lines: number[] } {
  const onlyColumn = table.header.length === 1;
  const records = [table.header, ...table.rows].map((r) =>
    r.map((c) => writeCell(c, layout.delimiter, onlyColumn)).join(layout.delimiter),
  );
  let text = layout.bom ? "\uFEFF" : "";
  let line = 1;
  const lines: number[] = [];
  records.forEach((record, i) => {
    if (i > 0) {
      text += layout.eol;
      line++;
      lines.push(line);
    }
    text += record;
    line += record.split("\n").length - 1;
  });
  if (layout.trailingEol) text += layout.eol;
  return { text, lines };
}

// Cells are drawn mostly from the characters that matter to CSV, plus any Unicode.
const special = fc.constantFrom(
  ",",
  ";",
  "\t",
  "|",
  '"',
  "\n",
  "\r\n",
  "\r",
  " ",
  "a",
  "b",
  "Z",
  "0",
  "é",
  "中",
  "😀",
  "\u00a0",
);
const cellArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.string({ unit: special, maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 10 }) },
);
// Header names: distinct and not blank. (A leading U+FEFF would read as a BOM, and a genuine U+FFFD is
// rejected by the reader's UTF-8 check of the header - see csv.malformed.test.ts.)
const nameArb = fc
  .oneof(
    fc.string({ unit: special, minLength: 1, maxLength: 6 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 6 }),
  )
  .filter((s) => s.trim() !== "" && !s.startsWith("\uFEFF") && !s.includes("\uFFFD"));

const tableArb: fc.Arbitrary<Table> = fc.uniqueArray(nameArb, { minLength: 1, maxLength: 5 }).chain((header) =>
  fc.record({
    header: fc.constant(header),
    rows: fc.array(fc.array(cellArb, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }),
  }),
);

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  eol: fc.constantFrom("\n" as const, "\r\n" as const),
  bom: fc.boolean(),
  trailingEol: fc.boolean(),
});

describe("CSV round trip (reference writer → openTable)", () => {
  it("reads back every cell, raw text and line of a random table exactly", async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, layoutArb, async (table, layout) => {
        const { text, lines } = writeCsv(table, layout);
        const file = await writeTemp(text);
        const source = await openTable(file, { delimiter: layout.delimiter, nullValues: [] });
        try {
          expect(source.format).toBe("csv");
          expect(source.columnNames).toEqual(table.header);
          const got = await readAll(
            source,
            table.header.map(() => "string" as const),
          );
          expect(got.rows).toEqual(table.rows);
          expect(got.raw).toEqual(table.rows);
          expect(got.lines).toEqual(lines);
        } finally {
          await source.close();
        }
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });

  it('with nullValues [] an empty cell is the string "", with the defaults it is NULL', async () => {
    const file = await writeTemp('a,b\n,x\n"",NA\n');
    const plain = await openTable(file, { nullValues: [] });
    expect((await readAll(plain, ["string", "string"])).rows).toEqual([
      ["", "x"],
      ["", "NA"],
    ]);
    await plain.close();
    const defaults = await openTable(file);
    expect((await readAll(defaults, ["string", "string"])).rows).toEqual([
      [null, "x"],
      [null, null],
    ]);
    await defaults.close();
  });

  it("a .tsv file defaults to the tab delimiter", async () => {
    const file = await writeTemp("a\tb,c\n1\t2,3\n", ".tsv");
    const source = await openTable(file);
    expect(source.columnNames).toEqual(["a", "b,c"]);
    expect((await readAll(source, ["integer", "string"])).rows).toEqual([[1, "2,3"]]);
    await source.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A reference parser over JavaScript strings, written from the reader's documented rules:
// RFC 4180 quoting; a quote inside an unquoted field is literal; LF ends a record and a CR right before it
// (or before the end of the file) is dropped; fully blank lines (LF or CRLF alone) are no record.

interface Parsed {
  records: { fields: string[]; line: number }[];
}

function referenceParse(input: string, delimiter: string): Parsed {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const n = text.length;
  const records: Parsed["records"] = [];
  let pos = 0;
  let line = 1;
  while (pos < n) {
    if (text[pos] === "\n") {
      pos++;
      line++;
      continue;
    }
    if (text[pos] === "\r" && text[pos + 1] === "\n") {
      pos += 2;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text[pos] === '"') {
        pos++;
        for (;;) {
          if (pos >= n) throw new Error(`reference: unterminated quote on line ${recordLine}`);
          const c = text[pos]!;
          if (c === '"') {
            if (text[pos + 1] === '"') {
              value += '"';
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (c === "\n") line++;
          value += c;
          pos++;
        }
        if (text[pos] === "\r" && (pos + 1 >= n || text[pos + 1] === "\n")) pos++;
        if (pos < n && text[pos] !== delimiter && text[pos] !== "\n")
          throw new Error("reference: text after a closing quote");
      } else {
        const start = pos;
        while (pos < n && text[pos] !== delimiter && text[pos] !== "\n") pos++;
        value = text.slice(start, pos);
        if ((pos >= n || text[pos] === "\n") && value.endsWith("\r")) value = value.slice(0, -1);
      }
      fields.push(value);
      if (pos >= n) break;
      if (text[pos] === delimiter) {
        pos++;
        continue;
      }
      pos++; // LF
      line++;
      break;
    }
    records.push({ fields, line: recordLine });
  }
  return { records };
}

// Raw CSV text built from field encodings: quoted fields hold anything (quotes doubled), unquoted ones hold
// anything but the delimiter and LF (quotes and CRs included) and do not start with a quote.
type Field = { quoted: true; text: string } | { quoted: false; text: string };

const rawChar = fc.constantFrom(",", ";", "\t", "|", '"', "\n", "\r", " ", "x", "y", "1", "é", "😀");
const fieldArb: fc.Arbitrary<Field> = fc.oneof(
  fc.record({ quoted: fc.constant(true as const), text: fc.string({ unit: rawChar, maxLength: 6 }) }),
  fc.record({ quoted: fc.constant(false as const), text: fc.string({ unit: rawChar, maxLength: 6 }) }),
);

function encodeField(field: Field, delimiter: string): string {
  if (field.quoted) return `"${field.text.replaceAll('"', '""')}"`;
  let t = field.text.replaceAll(delimiter, "_").replaceAll("\n", "_");
  if (t.startsWith('"')) t = `q${t}`;
  return t;
}

interface RawDoc {
  header: Field[];
  rows: Field[][];
  /** Record terminators, one after the header and after each row but the last (which may have none). */
  eols: ("\n" | "\r\n")[];
  /** Blank lines inserted before the header and after each terminator. */
  blanks: ("" | "\n" | "\r\n" | "\n\r\n")[];
  /** After the last record: nothing, a terminator, or a lone CR (read as a line end at the end of the file). */
  trailing: "" | "\n" | "\r\n" | "\r";
  delimiter: (typeof DELIMITERS)[number];
  bom: boolean;
}

const rawDocArb: fc.Arbitrary<RawDoc> = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.integer({ min: 0, max: 6 }).chain((nRows) =>
    fc.record({
      // Header names are plain and distinct; only their encoding varies.
      header: fc.tuple(
        ...Array.from({ length: width }, (_v, i) => fc.boolean().map((q): Field => ({ quoted: q, text: `col ${i}` }))),
      ),
      rows: fc.array(fc.array(fieldArb, { minLength: width, maxLength: width }), {
        minLength: nRows,
        maxLength: nRows,
      }),
      eols: fc.array(fc.constantFrom("\n" as const, "\r\n" as const), { minLength: nRows + 1, maxLength: nRows + 1 }),
      blanks: fc.array(fc.constantFrom("" as const, "" as const, "\n" as const, "\r\n" as const, "\n\r\n" as const), {
        minLength: nRows + 2,
        maxLength: nRows + 2,
      }),
      trailing: fc.constantFrom("" as const, "\n" as const, "\r\n" as const, "\r" as const),
      delimiter: fc.constantFrom(...DELIMITERS),
      bom: fc.boolean(),
    }),
  ),
);

function renderRawDoc(doc: RawDoc): string {
  const d = doc.delimiter;
  let text = (doc.bom ? "\uFEFF" : "") + doc.blanks[0]!;
  const records = [doc.header, ...doc.rows];
  records.forEach((rec, i) => {
    text += rec.map((f) => encodeField(f, d)).join(d);
    if (i < records.length - 1) text += doc.eols[i]! + doc.blanks[i + 1]!;
  });
  return text + doc.trailing;
}

describe("CSV reader against a reference parser", () => {
  it("agrees with the reference parser on random CSV text", async () => {
    await fc.assert(
      fc.asyncProperty(rawDocArb, async (doc) => {
        const text = renderRawDoc(doc);
        const expected = referenceParse(text, doc.delimiter);
        const [head, ...data] = expected.records;
        expect(head).toBeDefined();
        // The reference parser must see a table of the generated shape (otherwise the generator is wrong).
        for (const rec of data) expect(rec.fields).toHaveLength(doc.header.length);

        const file = await writeTemp(text);
        const source = await openTable(file, { delimiter: doc.delimiter, nullValues: [] });
        try {
          expect(source.columnNames).toEqual(head!.fields);
          const got = await readAll(
            source,
            head!.fields.map(() => "string" as const),
          );
          expect(got.rows).toEqual(data.map((r) => r.fields));
          expect(got.raw).toEqual(data.map((r) => r.fields));
          expect(got.lines).toEqual(data.map((r) => r.line));
        } finally {
          await source.close();
        }
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });

  it("the reference parser itself reads known examples right", () => {
    expect(referenceParse('a,b\r\n"x,""y""",z\r\n\r\n1\r,"2\n3"\n', ",").records).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ['x,"y"', "z"], line: 2 },
      { fields: ["1\r", "2\n3"], line: 4 },
    ]);
    expect(referenceParse('\uFEFFa\n b"c \r\n', ",").records).toEqual([
      { fields: ["a"], line: 1 },
      { fields: [' b"c '], line: 2 },
    ]);
  });

  it("reads the reference parser's known example the same way", async () => {
    const file = await writeTemp('a,b\r\n"x,""y""",z\r\n\r\n1\r,"2\n3"\n');
    const source = await openTable(file, { nullValues: [] });
    const got = await readAll(source, ["string", "string"]);
    expect(got.rows).toEqual([
      ['x,"y"', "z"],
      ["1\r", "2\n3"],
    ]);
    expect(got.lines).toEqual([2, 4]);
    await source.close();
  });
});
