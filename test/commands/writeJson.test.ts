// drift.json and profiles of wide tables are written an array element at a time (writeJson.ts): the bytes must be
// JSON.stringify's exactly, one line or indented, whatever the elements are, and the elements may be made as they
// are written (a generator), each let go once its text is out.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { symlink, writeFile } from "node:fs/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chunked, jsonPieces, writePieces } from "../../src/commands/writeJson.js";
import { inputErrorOf, makeTemp, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => (tmp = await makeTemp("write-json")));
afterAll(() => tmp.remove());

const CASES: Record<string, unknown>[] = [
  { before: 1, columns: [], after: [1, 2] },
  {
    kind: "x",
    columns: [{ a: 1, b: [1, { c: 'line\nbreak \u0000 "q"' }], u: undefined }, null, 3, "s", [], {}, [[[]]]],
    target: null,
    nested: { columns: [1] },
  },
  { columns: [undefined, () => 1, { toJSON: () => "j" }, Number.NaN, -0] },
  { columns: ["\u0000columns\u0000"], tail: "\u0000columns\u0000" },
];

describe("jsonPieces", () => {
  it("gives JSON.stringify's text, one line and indented by 2 or 4", () => {
    for (const value of CASES)
      for (const indent of [0, 2, 4])
        expect([...jsonPieces(value, "columns", indent)].join(""), `${indent}`).toBe(
          JSON.stringify(value, null, indent || undefined),
        );
  });

  it("takes the elements from an iterable as it writes them", () => {
    const made: number[] = [];
    function* elements() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    }
    const pieces = jsonPieces({ columns: [] as unknown[], n: 3 }, "columns", 2, elements());
    expect(pieces.next().value).toBe('{\n  "columns": [\n    {\n      "i": 0\n    }');
    expect(made).toEqual([0]);
    expect([...pieces].join("")).toBe(',\n    {\n      "i": 1\n    },\n    {\n      "i": 2\n    }\n  ],\n  "n": 3\n}');
  });
});

describe("writePieces", () => {
  it("writes as writeOutput does: a link at the path replaced, not followed; a folder or a missing folder refused", async () => {
    await writeFile(tmp.file("target.txt"), "keep");
    await symlink(tmp.file("target.txt"), tmp.file("link.json"));
    await writePieces(tmp.file("link.json"), jsonPieces({ columns: [1] }, "columns"));
    expect(readFileSync(tmp.file("target.txt"), "utf8")).toBe("keep");
    expect(lstatSync(tmp.file("link.json")).isSymbolicLink()).toBe(false);
    expect(readFileSync(tmp.file("link.json"), "utf8")).toBe('{"columns":[1]}');
    expect((await inputErrorOf(() => writePieces(tmp.path, ["x"]))).problem).toBe(
      "is a directory: cannot write the output there",
    );
    expect((await inputErrorOf(() => writePieces(tmp.file("no/such.json"), ["x"]))).problem).toBe(
      "cannot be written: its folder does not exist",
    );
    // No temporary file is left behind.
    expect(readdirSync(tmp.path).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the pieces joined, in chunks", async () => {
    const many = { columns: Array.from({ length: 5000 }, (_x, i) => ({ i, text: "x".repeat(300) })) };
    expect([...chunked(jsonPieces(many, "columns"))].length).toBeGreaterThan(1);
    await writePieces(tmp.file("many.json"), jsonPieces(many, "columns", 2));
    expect(readFileSync(tmp.file("many.json"), "utf8")).toBe(JSON.stringify(many, null, 2));
  });
});
