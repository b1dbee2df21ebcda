// The console sanitiser: what GitHub's runner and GitLab's log would obey must come out inert, for any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { consoleJson, consoleText, visibleControls } from "../../../src/core/render/consoleText.js";

/** Lines as GitHub's runner reads them (it splits at CR as well as LF), leading whitespace trimmed. */
function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.replace(/^\s+/, ""));
}

/** Text rich in what matters here: colons, hashes, brackets, whitespace, line breaks and control characters. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(":", "::", "#", "##", "[", "##[", " ", "\t", "\n", "\r", "\r\n", "\u001b", "\u0085", "\u009b"),
      fc.constantFrom("error", "warning::x", "add-mask::s", "section_end:1:x", "[0K", "\u00a0", "\u2003"),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("consoleText", () => {
  it("shows control characters as symbols, keeping tab and newline (CRLF is a newline)", () => {
    expect(consoleText("a\u001b[31mb\u001b[0m")).toBe("a␛[31mb␛[0m");
    expect(consoleText("\u001b[0Ksection_end:1:x\r\u001b[0K")).toBe("␛[0Ksection_end:1:x␍␛[0K");
    expect(consoleText("a\tb\r\nc\u0000d\u007fe\u0085f")).toBe("a\tb\nc␀d␡e\uFFFDf");
  });

  it("puts a zero-width space before a line's leading colon, after any whitespace", () => {
    expect(consoleText("::error::pwned")).toBe("\u200B::error::pwned");
    expect(consoleText("ok\n  ::warning::x\n\u00a0:y")).toBe("ok\n  \u200B::warning::x\n\u00a0\u200B:y");
    expect(consoleText("key: value::x")).toBe("key: value::x");
  });

  it("breaks every ##[, also one begun by what was written before (a leading [ or #[)", () => {
    expect(consoleText("x ##[error]pwned")).toBe("x ##\u200B[error]pwned");
    expect(consoleText("[a]")).toBe("\u200B[a]");
    expect(consoleText("#[a]")).toBe("#\u200B[a]");
  });

  it("leaves plain text as it is", () => {
    expect(consoleText("PASS data.csv: 20000 rows, 9 columns\n  ✗ age › type\n")).toBe(
      "PASS data.csv: 20000 rows, 9 columns\n  ✗ age › type\n",
    );
  });

  it("for any text: no control character, no line the runner reads as a command, no ##[; idempotent", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = consoleText(text);
        expect(out).toBe(visibleControls(out));
        for (const line of runnerLines(out)) expect(line.startsWith("::")).toBe(false);
        expect(out).not.toContain("##[");
        // Written after anything (a piece of a longer line): still no ##[ across the seam.
        expect(`##${out}`).not.toContain("##[");
        expect(consoleText(out)).toBe(out);
        // Nothing is lost: without the zero-width spaces, the text is the input with its controls shown.
        expect(out.replaceAll("\u200B", "")).toBe(visibleControls(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("consoleJson", () => {
  it("reads back as the same value, with no ##[ left in the text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText, (value, text) => {
        const json = JSON.stringify({ value, text, nested: [text, { [text]: text }] }, null, 2);
        const out = consoleJson(json);
        expect(out).not.toContain("##[");
        expect(JSON.parse(out)).toEqual(JSON.parse(json));
      }),
      { numRuns: 1000 },
    );
  });
});
