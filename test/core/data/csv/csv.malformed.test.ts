// Malformed CSV: every problem is an InputError whose message names the file, the line and the problem.
import { writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../../src/core/data/open.js";
import { INVALID } from "../../../../src/core/data/types.js";
import { InputError } from "../../../../src/core/errors.js";
import { inputErrorOf, makeTempDir, re, readAll } from "../helpers.js";

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let fileNo = 0;
beforeAll(async () => {
  tmp = await makeTempDir("csv-bad");
});
afterAll(async () => {
  await tmp.remove();
});

async function csvFile(content: string | Uint8Array, name = `f${fileNo++}.csv`): Promise<string> {
  const file = tmp.file(name);
  await writeFile(file, content);
  return file;
}

/** The InputError from opening the file and reading all of it as strings. */
async function readError(file: string, options: Parameters<typeof openTable>[1] = {}): Promise<InputError> {
  return inputErrorOf(async () => {
    const source = await openTable(file, options);
    try {
      await readAll(
        source,
        source.columnNames.map(() => "string" as const),
      );
    } finally {
      await source.close();
    }
  });
}

/** Anchored pattern: "<file>: <rest>". */
function says(file: string, rest: string): RegExp {
  return new RegExp(`^${re(file)}: ${rest}$`);
}

describe("CSV files that are not tables", () => {
  it("rejects an empty (0-byte) file", async () => {
    const file = await csvFile("");
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "the file is empty: a header row is needed"));
    expect(err.file).toBe(file);
  });

  it("rejects a file of blank lines only (LF and CRLF)", async () => {
    const file = await csvFile("\n\r\n\n");
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "the file is empty: a header row is needed"));
  });

  it("rejects a file holding only a UTF-8 BOM", async () => {
    const file = await csvFile(new Uint8Array([0xef, 0xbb, 0xbf]));
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "the file is empty: a header row is needed"));
  });

  it("accepts a header-only file: 0 rows, names right, every column string", async () => {
    for (const text of ["a,b,c", "a,b,c\n", "a,b,c\r\n\r\n"]) {
      const file = await csvFile(text);
      const source = await openTable(file);
      expect(source.columnNames).toEqual(["a", "b", "c"]);
      expect(await source.detectTypes()).toEqual(["string", "string", "string"]);
      const got = await readAll(source, ["integer", "string", "number"]);
      expect(got.rows).toEqual([]);
      expect(got.batches).toBe(0);
      await source.close();
    }
  });

  it("says there is no such file", async () => {
    const file = tmp.file("missing.csv");
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "no such file"));
  });

  it("rejects a delimiter that is not one ASCII character", async () => {
    const file = await csvFile("a,b\n");
    for (const delimiter of ["", ";;", "§"]) {
      const err = await inputErrorOf(() => openTable(file, { delimiter }));
      expect(err.message).toMatch(
        says(file, `the delimiter must be one ASCII character, not ${re(JSON.stringify(delimiter))}`),
      );
    }
  });

  it("rejects an unknown format and an extension it cannot place", async () => {
    const file = await csvFile("a\n1\n", "data.xyz");
    expect((await inputErrorOf(() => openTable(file))).message).toMatch(
      says(file, "cannot tell the format from the extension: .*"),
    );
    expect((await inputErrorOf(() => openTable(file, { format: "xlsx" }))).message).toMatch(
      says(file, 'unknown format "xlsx" .*'),
    );
    // Naming the format reads any extension.
    const source = await openTable(file, { format: "csv" });
    expect(source.columnNames).toEqual(["a"]);
    await source.close();
  });
});

describe("CSV headers", () => {
  it("rejects duplicate column names", async () => {
    const file = await csvFile("id,name,id\n1,a,2\n");
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, 'line 1: the column name "id" appears twice \\(columns 1 and 3\\)'));
  });

  it("rejects a blank column name (empty or spaces, quoted or not)", async () => {
    for (const [header, col] of [
      ["a,,b", 2],
      ["a,  ", 2],
      ['"",a', 1],
      ['a,b," "', 3],
    ] as const) {
      const file = await csvFile(`${header}\n`);
      const err = await inputErrorOf(() => openTable(file));
      expect(err.message).toMatch(says(file, `line 1, column "${col}": the column name is blank`));
    }
  });

  it("names the header's own line when blank lines come before it", async () => {
    // The header is on line 3: a duplicate name there must not be reported on line 1.
    const file = await csvFile("\n\nx,x\n1,2\n");
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, 'line 3: the column name "x" appears twice \\(columns 1 and 2\\)'));
  });

  it("reads data lines right when blank lines come before the header", async () => {
    const file = await csvFile("\n\r\nx,y\n1,2\n\n3,4\n");
    const source = await openTable(file);
    expect(source.columnNames).toEqual(["x", "y"]);
    const got = await readAll(source, ["integer", "integer"]);
    expect(got.rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(got.lines).toEqual([4, 6]);
    await source.close();
  });

  it("rejects a header that is not UTF-8", async () => {
    const file = await csvFile(Buffer.concat([Buffer.from("a,b"), Buffer.from([0xff]), Buffer.from("\n1,2\n")]));
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, 'line 1, column "2": the header is not valid UTF-8'));
  });

  it("accepts a header name holding a genuine U+FFFD character (valid UTF-8)", async () => {
    const file = await csvFile("a\uFFFD,b\n1,2\n");
    const source = await openTable(file);
    expect(source.columnNames).toEqual(["a\uFFFD", "b"]);
    await source.close();
  });

  it("rejects a header with more fields than the reader's 100000-column limit", async () => {
    const file = await csvFile(`${Array.from({ length: 100_001 }, (_v, i) => `c${i}`).join(",")}\n`);
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "line 1: more than 100000 columns"));
  });
});

describe("CSV rows", () => {
  it("rejects a row with too few fields, naming its line", async () => {
    const file = await csvFile('a,b,c\n1,2,3\n"x\ny",2,3\n4,5\n');
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 5: 2 fields, but the header has 3"));
    expect(err.place).toEqual({ line: 5 });
  });

  it("rejects a row with too many fields, naming its line and counting them", async () => {
    const file = await csvFile("a,b\r\n1,2\r\n\r\n3,4,5,6\r\n");
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 4: 4 fields, but the header has 2"));
  });

  it("rejects a too-short last row without a final newline", async () => {
    const file = await csvFile("a,b\n1,2\n3");
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 3: 1 fields, but the header has 2"));
  });

  it("also fails detectTypes on a ragged row", async () => {
    const file = await csvFile("a,b\n1,2\n3\n");
    const source = await openTable(file);
    const err = await inputErrorOf(() => source.detectTypes());
    await source.close();
    expect(err.message).toMatch(says(file, "line 3: 1 fields, but the header has 2"));
  });

  it("rejects an unterminated quote, naming the line where the quoted field began", async () => {
    const file = await csvFile('a,b\n1,2\n3,"never\nclosed\n4,5\n');
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 3: a quoted field is never closed"));
  });

  it("names the line where the unterminated quoted field began, not where its record began", async () => {
    // The record starts on line 2 with a field spanning two lines; the quote that is never closed opens on line 3.
    const file = await csvFile('a,b\n"x\ny","never\nclosed\n');
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 3: a quoted field is never closed"));
  });

  it("rejects an unterminated quote in the header", async () => {
    const file = await csvFile('a,"b\n1,2\n');
    const err = await inputErrorOf(() => openTable(file));
    expect(err.message).toMatch(says(file, "line 1: a quoted field is never closed"));
  });

  it("rejects text after a closing quote, naming the line of the quote", async () => {
    const file = await csvFile('a,b\n1,2\n3,"x"y\n');
    const err = await readError(file);
    expect(err.message).toMatch(says(file, "line 3: unexpected text after the closing quote of field 2"));
    const spaced = await csvFile('a,b\n"x" ,1\n');
    expect((await readError(spaced)).message).toMatch(
      says(spaced, "line 2: unexpected text after the closing quote of field 1"),
    );
  });

  it("rejects bytes that are not UTF-8 in a string column, naming line and column", async () => {
    const file = await csvFile(
      Buffer.concat([Buffer.from("id,name\n1,ok\n2,caf"), Buffer.from([0xff, 0xfe]), Buffer.from("\n3,fine\n")]),
    );
    const err = await readError(file);
    expect(err.message).toMatch(says(file, 'line 3, column "2": the text is not valid UTF-8'));
    // A truncated multi-byte sequence too.
    const cut = await csvFile(
      Buffer.concat([Buffer.from('id,name\n1,"x\ny"\n2,"'), Buffer.from([0xe2, 0x82]), Buffer.from('"\n')]),
    );
    expect((await readError(cut)).message).toMatch(says(cut, 'line 4, column "2": the text is not valid UTF-8'));
  });

  it("reads bytes that are not UTF-8 in a numeric column as INVALID, without failing", async () => {
    const file = await csvFile(
      Buffer.concat([Buffer.from("id,x\n1,2.5\n2,"), Buffer.from([0xff]), Buffer.from("\n3,\n")]),
    );
    const source = await openTable(file);
    expect(await source.detectTypes()).toEqual(["integer", "string"]);
    let statuses: number[] = [];
    for await (const batch of source.batches([{ type: "integer" }, { type: "number" }])) {
      const col = batch.columns[1]!;
      statuses = [...col.status];
      expect(batch.raw(1, 1)).toBe("\uFFFD");
    }
    await source.close();
    expect(statuses).toEqual([0, INVALID, 1]);
  });

  it("reads a BOM + CRLF file right", async () => {
    const file = await csvFile(
      '\uFEFFid,name,when\r\n1,"a\r\nb",2023-01-02\r\n2,"say ""hi""",2023-01-03T04:05:06Z\r\n',
    );
    const source = await openTable(file);
    expect(source.columnNames).toEqual(["id", "name", "when"]);
    expect(await source.detectTypes()).toEqual(["integer", "string", "datetime"]);
    const got = await readAll(source, ["integer", "string", "datetime"]);
    expect(got.rows).toEqual([
      [1, "a\r\nb", Date.UTC(2023, 0, 2)],
      [2, 'say "hi"', Date.UTC(2023, 0, 3, 4, 5, 6)],
    ]);
    expect(got.lines).toEqual([2, 4]);
    await source.close();
  });

  it("reads cells that do not fit the planned type as INVALID, with their raw text", async () => {
    const file = await csvFile("n,b,d\n1.5,true,2023-01-01\nx,maybe,2023-02-30\n,,\n");
    const source = await openTable(file);
    const got = await readAll(source, ["integer", "boolean", "datetime"]);
    expect(got.rows).toEqual([
      [{ invalid: "1.5" }, 1, Date.UTC(2023, 0, 1)],
      [{ invalid: "x" }, { invalid: "maybe" }, { invalid: "2023-02-30" }],
      [null, null, null],
    ]);
    await source.close();
  });

  it("InputError carries file and place as fields", async () => {
    const file = await csvFile("a,b\n1\n");
    const err = await readError(file);
    expect(err).toBeInstanceOf(InputError);
    expect(err.name).toBe("InputError");
    expect(err.file).toBe(file);
    expect(err.problem).toBe("1 fields, but the header has 2");
  });
});
