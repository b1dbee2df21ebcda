// The worker runners against real worker threads: a job's error comes back as the error it was (an InputError keeps
// its file, place and problem; anything else its message), and a worker that dies is an Error saying so. The
// workers start from test/workerEntry.mjs, which loads the sources through tsx.

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_READ_OPTIONS } from "../src/core/data/types.js";
import { InputError } from "../src/core/errors.js";
import type { SchemaFile } from "../src/core/schema/schema.js";
import { fromThreadError, toThreadError, workerRangeRunner, workerSampleRunner } from "../src/workers.js";
import { makeTemp, ROOT, type TempDir } from "./support.js";

const entry = `${ROOT}test/workerEntry.mjs`;

const SCHEMA: SchemaFile = {
  version: 1,
  columns: "strict",
  fields: [
    { name: "a", type: "integer", required: true, nullable: false },
    { name: "b", type: "integer", required: true, nullable: false },
  ],
};

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("workers");
});
afterAll(() => tmp.remove());

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("workerRangeRunner", () => {
  it("rejects with the InputError the range met, its line counted from the range's start", async () => {
    const head = "a,b\n1,2\n";
    const text = `${head}3,4\n5,6,7\n`;
    const file = await tmp.write("ragged.csv", text);
    const job = {
      file,
      read: DEFAULT_READ_OPTIONS,
      schema: SCHEMA,
      profile: false,
      start: head.length,
      end: text.length,
    };
    const e = await rejection(workerRangeRunner(entry)(job));
    expect(e).toBeInstanceOf(InputError);
    expect([(e as InputError).file, (e as InputError).place, (e as InputError).problem]).toEqual([
      file,
      { line: 2 },
      "3 fields, but the header has 2",
    ]);
  });

  it("rejects with an Error carrying the message of anything else the job threw", async () => {
    const file = await tmp.write("fine.csv", "a,b\n1,2\n");
    const job = {
      file,
      read: DEFAULT_READ_OPTIONS,
      schema: null as unknown as SchemaFile,
      profile: false,
      start: 4,
      end: 8,
    };
    const e = await rejection(workerRangeRunner(entry)(job));
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^Cannot read properties of null/);
  });

  it("rejects with an Error when the worker stops without replying, or its script throws", async () => {
    const silent = await tmp.write("silent.mjs", "");
    const job = { file: "x.csv", read: DEFAULT_READ_OPTIONS, schema: SCHEMA, profile: false, start: 0, end: 1 };
    const stopped = await rejection(workerRangeRunner(silent)(job));
    expect(stopped).toBeInstanceOf(Error);
    expect((stopped as Error).message).toBe("the validation worker stopped (exit 0)");
    const broken = await tmp.write("broken.mjs", 'throw new Error("the bundle is broken");\n');
    const thrown = await rejection(workerRangeRunner(broken)(job));
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe("the bundle is broken");
  });
});

describe("workerSampleRunner", () => {
  it("rejects with the InputError the table's reader met", async () => {
    const file = tmp.file("missing.csv");
    const e = await rejection(workerSampleRunner(entry)({ file, read: {}, types: ["integer"] }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(`${file}: no such file`);
  });
});

describe("the error as it crosses a thread", () => {
  it("is plain data that rebuilds the InputError, or an Error with the message", () => {
    const input = new InputError("data.csv", { line: 7, column: "age" }, "not an integer");
    const back = fromThreadError(structuredClone(toThreadError(input)));
    expect(back).toBeInstanceOf(InputError);
    expect([back.message, (back as InputError).place]).toEqual([input.message, input.place]);
    const other = fromThreadError(structuredClone(toThreadError(new TypeError("x is not a function"))));
    expect([other instanceof InputError, other.message]).toEqual([false, "x is not a function"]);
    expect(fromThreadError(structuredClone(toThreadError("a thrown string"))).message).toBe("a thrown string");
  });
});
