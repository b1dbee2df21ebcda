// The byte-level cell parsers (src/core/data/parseBytes.ts) and strftime datetime formats (datetimeFormat.ts).
import { writeFile } from "node:fs/promises";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compileDatetimeFormat } from "../../../src/core/data/datetimeFormat.js";
import { openTable } from "../../../src/core/data/open.js";
import {
  classify,
  FITS_BOOLEAN,
  FITS_DATETIME,
  FITS_INTEGER,
  FITS_NUMBER,
  parseBoolean,
  parseDatetime,
  parseInteger,
  parseNumber,
} from "../../../src/core/data/parseBytes.js";
import type { DatetimeParser } from "../../../src/core/data/types.js";
import { makeTempDir, PROPERTY_SEED, readAll } from "./helpers.js";

const encoder = new TextEncoder();

/** Run a byte parser on the UTF-8 of `text`, placed in the middle of a buffer of other bytes. */
function on<T>(parse: (b: Uint8Array, s: number, e: number) => T, text: string, pad = "9"): T {
  const bytes = encoder.encode(text);
  const before = encoder.encode(pad.repeat(3));
  const after = encoder.encode(pad.repeat(3));
  const buf = new Uint8Array(before.length + bytes.length + after.length);
  buf.set(before, 0);
  buf.set(bytes, before.length);
  buf.set(after, before.length + bytes.length);
  return parse(buf, before.length, before.length + bytes.length);
}

/** The parser on the text alone (a buffer of exactly its bytes). */
function alone<T>(parse: (b: Uint8Array, s: number, e: number) => T, text: string): T {
  const bytes = encoder.encode(text);
  return parse(bytes, 0, bytes.length);
}

const num = (s: string) => alone(parseNumber, s);
const int = (s: string) => alone(parseInteger, s);
const bool = (s: string) => alone(parseBoolean, s);
const dt = (s: string) => alone(parseDatetime, s);

describe("parseNumber", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["-7", -7],
    ["+7", 7],
    ["1.5", 1.5],
    ["-1.5", -1.5],
    [".5", 0.5],
    ["-.5", -0.5],
    ["5.", 5],
    ["007.250", 7.25],
    ["0.1", 0.1],
    ["4.35", 4.35],
    ["1e3", 1000],
    ["1E3", 1000],
    ["1e+3", 1000],
    ["2.5e-3", 0.0025],
    ["-1.25E-7", -1.25e-7],
    ["123456789012345", 123456789012345],
    ["12345678901234567890", 12345678901234567000],
    ["0.30000000000000004", 0.30000000000000004],
    ["9007199254740993", 9007199254740992],
    ["1.7976931348623157e308", 1.7976931348623157e308],
    ["5e-324", 5e-324],
    ["1e-400", 0],
    ["0.0000000000000000000000001", 1e-25],
    [" 42 ", 42],
    ["  -3.5", -3.5],
  ])("reads %j as %d", (text, value) => {
    expect(num(text)).toBe(value);
    expect(on(parseNumber, text)).toBe(value);
  });

  it("keeps the sign of zero like Number does", () => {
    expect(Object.is(num("-0"), -0)).toBe(true);
    expect(Object.is(num("-0.0e5"), -0)).toBe(true);
  });

  it.each([
    "",
    " ",
    "-",
    "+",
    ".",
    "-.",
    "e5",
    "1e",
    "1e+",
    "1.2.3",
    "1,5",
    "1_000",
    "abc",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x1A",
    "1e309",
    "-1e309",
    "\t1",
    "1 2",
    "--1",
    "1e5.5",
    "١",
  ])("reads %j as NaN", (text) => {
    expect(num(text)).toBeNaN();
    expect(on(parseNumber, text)).toBeNaN();
  });

  it("reads the shortest text of any double back to the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = x.toString();
        expect(num(text)).toBe(x === 0 ? 0 : x);
        expect(on(parseNumber, text)).toBe(x === 0 ? 0 : x);
        // Exponent notation JavaScript never writes itself, too.
        expect(num(x.toExponential())).toBe(Number(x.toExponential()));
      }),
      { numRuns: 2000, seed: PROPERTY_SEED },
    );
  });

  const decimalArb = fc
    .record({
      sign: fc.constantFrom("", "-", "+"),
      digits: fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 17 }),
      leadingZeros: fc.integer({ min: 0, max: 3 }),
      point: fc.integer({ min: -1, max: 18 }),
      exponent: fc.option(
        fc.record({
          e: fc.constantFrom("e", "E"),
          sign: fc.constantFrom("", "-", "+"),
          value: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 330 })),
        }),
        { nil: undefined },
      ),
    })
    .map(({ sign, digits, leadingZeros, point, exponent }) => {
      let body = "0".repeat(leadingZeros) + digits;
      if (point >= 0 && point <= body.length) body = `${body.slice(0, point)}.${body.slice(point)}`;
      if (body === ".") body = "0";
      const exp = exponent ? `${exponent.e}${exponent.sign}${exponent.value}` : "";
      return sign + body + exp;
    });

  it("reads decimal strings of up to 17 significant digits as Number does", () => {
    fc.assert(
      fc.property(decimalArb, (text) => {
        const expected = Number(text);
        expect(Number.isNaN(expected)).toBe(false);
        expect(num(text)).toBe(Number.isFinite(expected) ? expected : NaN);
        expect(on(parseNumber, text, "7")).toBe(Number.isFinite(expected) ? expected : NaN);
      }),
      { numRuns: 3000, seed: PROPERTY_SEED },
    );
  });
});

describe("parseInteger", () => {
  it.each([
    ["0", 0],
    ["42", 42],
    ["-42", -42],
    ["+42", 42],
    ["007", 7],
    [" 12 ", 12],
    ["9007199254740991", 9007199254740991],
    ["-9007199254740991", -9007199254740991],
  ])("reads %j as %d", (text, value) => {
    expect(int(text)).toBe(value);
    expect(on(parseInteger, text)).toBe(value);
  });

  it.each([
    "",
    " ",
    "-",
    "+",
    "1.0",
    "1.",
    "1e3",
    "4 2",
    "0x10",
    "9007199254740992",
    "-9007199254740993",
    "99999999999999999999",
    "12a",
    "٣",
  ])("reads %j as NaN", (text) => {
    expect(int(text)).toBeNaN();
    expect(on(parseInteger, text)).toBeNaN();
  });

  it("reads every safe integer's text back", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(int(String(n))).toBe(n);
        expect(on(parseInteger, String(n))).toBe(n);
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });
});

describe("parseBoolean", () => {
  it.each([
    ["true", 1],
    ["TRUE", 1],
    ["True", 1],
    ["tRuE", 1],
    ["false", 0],
    ["FALSE", 0],
    ["False", 0],
    ["1", 1],
    ["0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(bool(text)).toBe(value);
    expect(on(parseBoolean, text, "x")).toBe(value);
  });

  it.each(["", "yes", "no", "t", "f", "truee", " true", "true ", "2", "10", "-1", "01", "tru", "fals"])(
    "reads %j as NaN",
    (text) => {
      expect(bool(text)).toBeNaN();
    },
  );

  it("reads 1 and 0 only when words are not required", () => {
    const one = encoder.encode("1");
    expect(parseBoolean(one, 0, 1, true)).toBeNaN();
    expect(parseBoolean(encoder.encode("TRUE"), 0, 4, true)).toBe(1);
  });
});

describe("parseDatetime", () => {
  it.each([
    ["2023-01-15", Date.UTC(2023, 0, 15)],
    ["1970-01-01", 0],
    ["1969-12-31", -86_400_000],
    ["2024-02-29", Date.UTC(2024, 1, 29)],
    ["2000-02-29", Date.UTC(2000, 1, 29)],
    ["2023-01-15T10:30", Date.UTC(2023, 0, 15, 10, 30)],
    ["2023-01-15 10:30", Date.UTC(2023, 0, 15, 10, 30)],
    ["2023-01-15t10:30", Date.UTC(2023, 0, 15, 10, 30)],
    ["2023-01-15T10:30:45", Date.UTC(2023, 0, 15, 10, 30, 45)],
    ["2023-01-15 10:30:45", Date.UTC(2023, 0, 15, 10, 30, 45)],
    ["2023-01-15T10:30:45.5", Date.UTC(2023, 0, 15, 10, 30, 45, 500)],
    ["2023-01-15T10:30:45.123", Date.UTC(2023, 0, 15, 10, 30, 45, 123)],
    ["2023-01-15T10:30:45,250", Date.UTC(2023, 0, 15, 10, 30, 45, 250)],
    ["2023-01-15T10:30:45Z", Date.UTC(2023, 0, 15, 10, 30, 45)],
    ["2023-01-15T10:30:45z", Date.UTC(2023, 0, 15, 10, 30, 45)],
    ["2023-01-15T10:30Z", Date.UTC(2023, 0, 15, 10, 30)],
    ["2023-01-15T10:30:45.250Z", Date.UTC(2023, 0, 15, 10, 30, 45, 250)],
    ["2023-01-15T10:30:45+02:00", Date.UTC(2023, 0, 15, 8, 30, 45)],
    ["2023-01-15T10:30:45-05:30", Date.UTC(2023, 0, 15, 16, 0, 45)],
    ["2023-01-15T10:30:45+0200", Date.UTC(2023, 0, 15, 8, 30, 45)],
    ["2023-01-15T10:30:45+02", Date.UTC(2023, 0, 15, 8, 30, 45)],
    ["2023-01-15T10:30:45.5-01:00", Date.UTC(2023, 0, 15, 11, 30, 45, 500)],
    ["2023-01-15T00:30:00+01:00", Date.UTC(2023, 0, 14, 23, 30)],
    ["2023-12-31T23:59:59.999", Date.UTC(2023, 11, 31, 23, 59, 59, 999)],
  ])("reads %j", (text, value) => {
    expect(dt(text)).toBe(value);
    expect(on(parseDatetime, text)).toBe(value);
  });

  it("reads years below 100 as themselves, not 19xx", () => {
    const y = (year: number, month: number, day: number) => {
      const d = new Date(Date.UTC(2000, month - 1, day));
      d.setUTCFullYear(year);
      return d.getTime();
    };
    expect(dt("0099-12-31")).toBe(y(99, 12, 31));
    expect(dt("0004-02-29")).toBe(y(4, 2, 29));
    expect(dt("0001-01-01T01:00")).toBe(y(1, 1, 1) + 3_600_000);
  });

  it("reads 0000-02-29 (year 0 is a leap year in the proleptic Gregorian calendar) as that day", () => {
    const d = new Date(Date.UTC(2000, 1, 29));
    d.setUTCFullYear(0);
    expect(new Date(dt("0000-02-29")).toISOString()).toBe(d.toISOString());
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2023-13-01",
    "2023-00-10",
    "2023-04-31",
    "2023-01-00",
    "2023-01-32",
    "2023-1-15",
    "2023/01/15",
    "20230115",
    "2023-01-15T",
    "2023-01-15T10",
    "2023-01-15T10:3",
    "2023-01-15T24:00",
    "2023-01-15T10:60",
    "2023-01-15T10:30:61",
    "2023-01-15T10:30:4",
    "2023-01-15T10:30:",
    "2023-01-15T10:30:45.",
    "2023-01-15T10:30:45.Z",
    "2023-01-15X10:30",
    "2023-01-15T10:30:45+24:00",
    "2023-01-15T10:30:45+02:60",
    "2023-01-15T10:30:45+2",
    "2023-01-15T10:30:45+02:00:00",
    "2023-01-15T10:30:45 Z",
    "2023-01-15T10:30:45ZZ",
    " 2023-01-15",
    "2023-01-15 ",
    "abcd-ef-gh",
    "",
  ])("reads %j as NaN", (text) => {
    expect(dt(text)).toBeNaN();
    expect(on(parseDatetime, text)).toBeNaN();
  });

  it("reads any valid date-time written by toISOString back to the same instant", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString();
          expect(dt(iso)).toBe(d.getTime());
          expect(dt(iso.slice(0, 10))).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
          expect(dt(iso.replace("T", " ").replace("Z", "+00:00"))).toBe(d.getTime());
        },
      ),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });

  it("agrees with Date on YYYY-MM-DD validity for every day of some years", () => {
    for (const year of [1900, 1999, 2000, 2023, 2024]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const text = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const ms = Date.UTC(year, m - 1, d);
          const valid = new Date(ms).getUTCDate() === d;
          expect([text, dt(text)]).toEqual([text, valid ? ms : NaN]);
        }
      }
    }
  });
});

describe("classify", () => {
  const fits = (s: string) => alone(classify, s);
  it.each([
    ["42", FITS_INTEGER | FITS_NUMBER],
    ["-42", FITS_INTEGER | FITS_NUMBER],
    ["1", FITS_INTEGER | FITS_NUMBER],
    ["1.5", FITS_NUMBER],
    [".5", FITS_NUMBER],
    ["1e3", FITS_NUMBER],
    ["true", FITS_BOOLEAN],
    ["FALSE", FITS_BOOLEAN],
    ["2023-01-15", FITS_DATETIME],
    ["2023-01-15T10:30:00Z", FITS_DATETIME],
    ["abc", 0],
    ["yes", 0],
    ["2023-02-30", 0],
  ])("%j fits %d", (text, mask) => {
    expect(fits(text)).toBe(mask);
  });
});

describe("compileDatetimeFormat", () => {
  const run = (parser: DatetimeParser, text: string) => alone(parser, text);

  it("reads %d/%m/%Y %H:%M", () => {
    const p = compileDatetimeFormat("%d/%m/%Y %H:%M");
    expect(run(p, "15/01/2023 10:30")).toBe(Date.UTC(2023, 0, 15, 10, 30));
    expect(run(p, "29/02/2024 00:00")).toBe(Date.UTC(2024, 1, 29));
    expect(run(p, "31/12/1999 23:59")).toBe(Date.UTC(1999, 11, 31, 23, 59));
    expect(run(p, "5/1/2023 7:05")).toBe(Date.UTC(2023, 0, 5, 7, 5));
    expect(on(p, "15/01/2023 10:30")).toBe(Date.UTC(2023, 0, 15, 10, 30));
    for (const bad of [
      "29/02/2023 00:00",
      "31/04/2023 00:00",
      "15/13/2023 10:30",
      "00/01/2023 10:30",
      "15/01/2023 24:00",
      "15/01/2023 10:60",
      "15-01-2023 10:30",
      "15/01/2023",
      "15/01/2023 10:30 ",
      "15/01/2023 10:30:00",
      "",
      "aa/bb/cccc dd:ee",
    ]) {
      expect([bad, run(p, bad)]).toEqual([bad, NaN]);
    }
  });

  it("reads %Y%m%d and %Y-%m-%d %H:%M:%S", () => {
    expect(run(compileDatetimeFormat("%Y%m%d"), "20230115")).toBe(Date.UTC(2023, 0, 15));
    expect(run(compileDatetimeFormat("%Y%m%d"), "20230230")).toBeNaN();
    const p = compileDatetimeFormat("%Y-%m-%d %H:%M:%S");
    expect(run(p, "2023-01-15 10:30:45")).toBe(Date.UTC(2023, 0, 15, 10, 30, 45));
    expect(run(p, "2023-01-15 10:30:61")).toBeNaN();
  });

  it("reads fractions (%f) and zones (%z: Z, ±HHMM, ±HH:MM)", () => {
    const p = compileDatetimeFormat("%Y-%m-%dT%H:%M:%S.%f%z");
    expect(run(p, "2023-01-15T10:30:00.250Z")).toBe(Date.UTC(2023, 0, 15, 10, 30, 0, 250));
    expect(run(p, "2023-01-15T10:30:00.5+05:30")).toBe(Date.UTC(2023, 0, 15, 5, 0, 0, 500));
    expect(run(p, "2023-01-15T10:30:00.000-0100")).toBe(Date.UTC(2023, 0, 15, 11, 30));
    expect(run(p, "2023-01-15T10:30:00.Z")).toBeNaN();
    expect(run(p, "2023-01-15T10:30:00.1+05")).toBeNaN();
    expect(run(p, "2023-01-15T10:30:00.1")).toBeNaN();
  });

  it("reads a literal %% and US-style dates", () => {
    expect(run(compileDatetimeFormat("%m/%d/%Y %%"), "01/15/2023 %")).toBe(Date.UTC(2023, 0, 15));
    expect(run(compileDatetimeFormat("%m/%d/%Y"), "02/29/2000")).toBe(Date.UTC(2000, 1, 29));
  });

  it("reads years below 100 and the Feb 29 of year 0 as written", () => {
    const p = compileDatetimeFormat("%Y-%m-%d");
    const d = new Date(Date.UTC(2000, 1, 29));
    d.setUTCFullYear(0);
    expect(run(p, "0000-02-29")).toBe(d.getTime());
    d.setUTCFullYear(50, 0, 1);
    expect(run(p, "0050-01-01")).toBe(d.getTime());
  });

  it("rejects unknown directives and non-ASCII literals", () => {
    expect(() => compileDatetimeFormat("%Y-%q")).toThrow(/unknown directive %q/);
    expect(() => compileDatetimeFormat("%Y-%")).toThrow(/unknown directive %/);
    expect(() => compileDatetimeFormat("%Y年%m")).toThrow(/only ASCII text/);
  });

  describe("used through a CSV column plan", () => {
    let tmp: Awaited<ReturnType<typeof makeTempDir>>;
    beforeAll(async () => {
      tmp = await makeTempDir("dtfmt");
    });
    afterAll(async () => {
      await tmp.remove();
    });

    it("parses the column with the format; other texts are INVALID", async () => {
      const file = tmp.file("d.csv");
      await writeFile(file, 'when\n15/01/2023 10:30\n"01/02/2024 00:05"\n2023-01-15\n\n31/02/2023 00:00\n');
      const source = await openTable(file, { nullValues: [] });
      const got = await readAll(source, [{ type: "datetime", datetime: compileDatetimeFormat("%d/%m/%Y %H:%M") }]);
      await source.close();
      expect(got.rows).toEqual([
        [Date.UTC(2023, 0, 15, 10, 30)],
        [Date.UTC(2024, 1, 1, 0, 5)],
        [{ invalid: "2023-01-15" }],
        [{ invalid: "31/02/2023 00:00" }],
      ]);
      expect(got.lines).toEqual([2, 3, 4, 6]);
    });
  });
});
