// Rendering validation reports: hostile column names and values are inert in the Markdown summary (no tags, no
// @mentions, no table breaks, no links) and in JUnit XML (well-formed, one test case per check).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTable } from "../../../src/core/data/open.js";
import { codeSpan, escapeHtml, escapeMarkdown } from "../../../src/core/render/escape.js";
import {
  checkFinding,
  checkTitle,
  validationJunit,
  validationMarkdown,
  validationText,
} from "../../../src/core/render/validationRender.js";
import { schemaFileSchema } from "../../../src/core/schema/schema.js";
import type { Check, ValidationReport } from "../../../src/core/validate/report.js";
import { validateTable } from "../../../src/core/validate/validate.js";
import { makeTemp, type TempDir } from "../../support.js";

const IMG = "<img src=x onerror=alert(1)>";
const MENTION = "@org/team | x";

let tmp: TempDir;
let report: ValidationReport;

beforeAll(async () => {
  tmp = await makeTemp("render");
  const file = await tmp.write("evil.csv", `"${IMG}",note,"${MENTION}"\n"${MENTION}",ok,1\nfine,"line\nbreak",2\n`);
  const schema = schemaFileSchema.parse({
    row_count: { min: 3 },
    fields: [
      { name: IMG, type: "string", allowed: ["fine", "@org/team | y"] },
      { name: "note", type: "string", pattern: "^[a-z]+$" },
    ],
  });
  const source = await openTable(file);
  try {
    report = { ...(await validateTable({ source, schema, schemaFile: "schema.yml" })).report, file: "data/evil.csv" };
  } finally {
    await source.close();
  }
});

afterAll(async () => {
  await tmp.remove();
});

/** `|` not escaped by a backslash: the cell separators a Markdown table row really has. */
function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === "|" && line[i - 1] !== "\\") n++;
  return n;
}

/** A small well-formedness check: balanced tags, quoted attributes without `<`, no bare `&` or `<` in text. */
function checkXml(xml: string): { tags: Map<string, number>; attributes: Map<string, Record<string, string>[]> } {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf("?>") + 2);
  const stack: string[] = [];
  const tags = new Map<string, number>();
  const attributes = new Map<string, Record<string, string>[]>();
  let roots = 0;
  const entity = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  const checkText = (text: string) => {
    for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1))
      expect(text.slice(i), "bare & in XML").toMatch(entity);
  };
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith("<")) {
      if (stack.length === 0) expect(token.trim(), "text outside the root").toBe("");
      checkText(token);
      continue;
    }
    const close = /^<\/([A-Za-z_][\w.-]*)\s*>$/.exec(token);
    if (close) {
      expect(stack.pop(), `closing </${close[1]}>`).toBe(close[1]);
      continue;
    }
    const open = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>$/.exec(token);
    expect(open, `malformed tag ${token}`).not.toBeNull();
    const [, name, attrText, selfClosing] = open!;
    const attrs: Record<string, string> = {};
    for (const m of attrText!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      expect(attrs[m[1]!], `duplicate attribute ${m[1]}`).toBeUndefined();
      checkText(m[2]!);
      attrs[m[1]!] = m[2]!;
    }
    tags.set(name!, (tags.get(name!) ?? 0) + 1);
    attributes.set(name!, [...(attributes.get(name!) ?? []), attrs]);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  return { tags, attributes };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("the report under test", () => {
  it("has the hostile name and value where the renderers will show them", () => {
    expect(report.checks.map((c) => [c.column, c.kind, c.passed])).toEqual([
      [null, "row_count", false],
      [MENTION, "extra_column", false],
      [IMG, "type", true],
      [IMG, "allowed", false],
      ["note", "type", true],
      ["note", "pattern", false],
    ]);
    expect(report.checks[3]!.examples).toEqual([{ row: 1, line: 2, value: MENTION }]);
    expect(report.checks[5]!.examples).toEqual([{ row: 2, line: 3, value: "line\nbreak" }]);
  });
});

describe("validationMarkdown", () => {
  it("renders no raw tag, no @mention and no table-breaking pipe", () => {
    const md = validationMarkdown(report);
    expect(md).not.toContain("<img");
    expect(md).not.toMatch(/<(?!\/?(code|br|details|summary)>)/);
    expect(md).not.toContain("@org");
    // GitHub links @mentions in the rendered text whatever entity wrote the `@`: a zero-width joiner must follow it.
    expect(md).not.toMatch(/@(?!\u200D)/);
    expect(md).toContain(`<code>&lt;img src=x onerror=alert&#40;1&#41;&gt;</code>`);
    expect(md).toContain("<code>&#64;\u200Dorg/team &#124; x</code>");
    // Every table row has exactly its cell separators: 6 cells for failures, 3 for passes.
    const lines = md.split("\n");
    const failedHeader = lines.indexOf("| | Column | Check | Expectation | Violations | Examples |");
    const passedHeader = lines.indexOf("| Column | Check | Expectation |");
    expect(failedHeader).toBeGreaterThan(0);
    expect(passedHeader).toBeGreaterThan(failedHeader);
    const failedRows = lines.slice(failedHeader + 2, failedHeader + 6);
    const passedRows = lines.slice(passedHeader + 2, passedHeader + 4);
    expect(failedRows.every((l) => l.startsWith("| ❌ |"))).toBe(true);
    for (const l of failedRows) expect(unescapedPipes(l), l).toBe(7);
    for (const l of passedRows) expect(unescapedPipes(l), l).toBe(4);
    expect(lines[failedHeader + 6]).toBe("");
    expect(lines[passedHeader + 4]).toBe("");
    // The example's newline does not end the row.
    expect(md).toContain("row 2 (line 3): <code>line⏎break</code>");
  });

  it("shows the verdict, the counts, failures first and passes folded", () => {
    const md = validationMarkdown(report);
    expect(md.split("\n").slice(0, 4)).toEqual([
      "### ❌ Data validation: failed",
      "",
      "<code>data/evil.csv</code> against <code>schema.yml</code>: **2** rows, **3** columns, **6** checks, **4** failed.",
      "",
    ]);
    expect(md).toContain("| ❌ | *table* | row count | at least 3 rows | 2 rows |  |");
    expect(md).toContain(
      '| ❌ | <code>&lt;img src=x onerror=alert&#40;1&#41;&gt;</code> | unexpected value | values in \\{"fine", "@\u200Dorg/team \\| y"\\} | 1 (50.00%) | row 1 (line 2): <code>&#64;\u200Dorg/team &#124; x</code> |',
    );
    expect(md).toContain("<details><summary>2 checks passed</summary>");
    expect(md.indexOf("unexpected value")).toBeLessThan(md.indexOf("<details>"));
  });

  it("a passing report has no failure table", () => {
    const passing: ValidationReport = {
      ...report,
      valid: true,
      checks: report.checks.filter((c) => c.passed),
      summary: { checks: 2, failed: 0, violations: 0 },
    };
    const md = validationMarkdown(passing);
    expect(md.startsWith("### ✅ Data validation: passed\n")).toBe(true);
    expect(md).not.toContain("| | Column |");
    expect(md).toContain("<details><summary>2 checks passed</summary>");
  });

  it("cuts long values and caps the examples cell", () => {
    const long = "x".repeat(100);
    const check: Check = {
      kind: "allowed",
      column: "c",
      passed: false,
      count: 3,
      share: 0.00001,
      denominator: 300000,
      expectation: 'values in {"a"}',
      examples: [{ row: 7, line: null, value: long }],
    };
    const md = validationMarkdown({ ...report, checks: [check], summary: { checks: 1, failed: 1, violations: 3 } });
    expect(md).toContain(`| 3 (<0.01%) | row 7: <code>${"x".repeat(40)}…</code> |`);
  });

  it("data values cannot become links or images in the summary", () => {
    const value = "![x](https://evil.example/p.png) [click](https://evil.example)";
    const check: Check = {
      kind: "allowed",
      column: "c",
      passed: false,
      count: 1,
      share: 1,
      denominator: 1,
      expectation: 'values in {"a"}',
      examples: [{ row: 1, line: 2, value }],
    };
    const md = validationMarkdown({ ...report, checks: [check], summary: { checks: 1, failed: 1, violations: 1 } });
    // Markdown inside an inline <code> tag is still parsed, so `[text](url)` there is a live link.
    expect(md).not.toMatch(/\]\(https:/);
  });
});

describe("validationJunit", () => {
  it("is well-formed XML with one test case per check and the failure counts", () => {
    const xml = validationJunit(report);
    const { tags, attributes } = checkXml(xml);
    expect(tags.get("testsuites")).toBe(1);
    expect(tags.get("testsuite")).toBe(1);
    expect(tags.get("testcase")).toBe(report.checks.length);
    expect(tags.get("failure")).toBe(4);
    expect(attributes.get("testsuites")).toEqual([{ name: "modelgate validate", tests: "6", failures: "4" }]);
    expect(attributes.get("testsuite")).toEqual([
      { name: "data/evil.csv", tests: "6", failures: "4", errors: "0", skipped: "0" },
    ]);
    expect(attributes.get("testcase")!.map((a) => unescapeXml(a.name!))).toEqual(
      report.checks.map((c) => checkTitle(c)),
    );
    expect(attributes.get("testcase")!.every((a) => a.classname === "modelgate.validate.data/evil.csv")).toBe(true);
    expect(attributes.get("failure")!.map((a) => a.type)).toEqual(["row_count", "extra_column", "allowed", "pattern"]);
    expect(attributes.get("failure")!.map((a) => unescapeXml(a.message!))).toEqual(
      report.checks.filter((c) => !c.passed).map((c) => checkFinding(c)),
    );
    expect(xml).not.toContain("<img");
    expect(xml).toContain('name="&lt;img src=x onerror=alert(1)&gt; › unexpected value"');
    expect(xml).toContain(">row 1 (line 2): &quot;@org/team | x&quot;</failure>");
  });

  it("an empty report is still well-formed", () => {
    const xml = validationJunit({ ...report, checks: [], summary: { checks: 0, failed: 0, violations: 0 } });
    const { tags } = checkXml(xml);
    expect(tags.get("testcase")).toBeUndefined();
    expect(xml).toContain('tests="0" failures="0"');
  });
});

describe("validationText", () => {
  it("prints a verdict line and one line per failure with its examples, values quoted", () => {
    expect(validationText(report)).toBe(
      [
        "FAIL data/evil.csv: 2 rows, 3 columns, 6 checks, 4 failed",
        "  ✗ table › row count: 2 rows; expected at least 3 rows",
        "  ✗ @org/team | x › extra column: expected only the columns the schema lists (columns: strict)",
        `  ✗ ${IMG} › unexpected value: 1 of 2 (50.00%) break "values in {"fine", "@org/team | y"}"`,
        '      row 1 (line 2): "@org/team | x"',
        '  ✗ note › pattern: 1 of 2 (50.00%) break "values match /^[a-z]+$/"',
        '      row 2 (line 3): "line\\nbreak"',
        "",
      ].join("\n"),
    );
  });
});

describe("escape helpers", () => {
  it("escapeMarkdown makes tags, mentions, pipes, links and newlines inert", () => {
    expect(escapeMarkdown(IMG)).toBe("&lt;img src=x onerror=alert\\(1\\)\\>");
    expect(escapeMarkdown(MENTION)).toBe("@\u200Dorg/team \\| x");
    expect(escapeMarkdown("[a](http://b) *c* _d_ `e` #f ~g~ !h a&b")).toBe(
      "\\[a\\]\\(http\\://b\\) \\*c\\* \\_d\\_ \\`e\\` \\#f \\~g\\~ \\!h a&amp;b",
    );
    expect(escapeMarkdown("one\ntwo\r\nthree")).toBe("one two three");
    expect(escapeMarkdown("back\\slash")).toBe("back\\\\slash");
  });

  it("escapeHtml covers content and both attribute quotes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("codeSpan escapes HTML, pipes and mentions, shows newlines, and cuts at the limit", () => {
    expect(codeSpan(MENTION)).toBe("<code>&#64;\u200Dorg/team &#124; x</code>");
    expect(codeSpan(IMG)).toBe("<code>&lt;img src=x onerror=alert&#40;1&#41;&gt;</code>");
    // GitHub parses Markdown inside <code>: links and images must not survive.
    const link = codeSpan("![x](https://evil.example/p.png) [click](https://evil.example) *b* _i_ `c`", 200);
    expect(link).not.toMatch(/\]\(|[*_`!]/);
    expect(link).toBe(
      "<code>&#33;&#91;x&#93;&#40;https&#58;//evil.example/p.png&#41; &#91;click&#93;&#40;https&#58;//evil.example&#41; &#42;b&#42; &#95;i&#95; &#96;c&#96;</code>",
    );
    expect(codeSpan("a\nb\r\nc")).toBe("<code>a⏎b⏎c</code>");
    expect(codeSpan("abcdef", 3)).toBe("<code>abc…</code>");
    expect(codeSpan("abc", 3)).toBe("<code>abc</code>");
    expect(codeSpan("</code><script>")).toBe("<code>&lt;/code&gt;&lt;script&gt;</code>");
  });
});
