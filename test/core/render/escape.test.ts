// The escaping checked by a real GFM renderer: cmark-gfm (GitHub's fork of cmark, as Debian ships it; .ci/run
// installs it) with GitHub's extensions renders a table of hostile cells, and the HTML must hold no link, no tag but
// the table's and <code>, and every row its two cells. GitHub links @mentions and #refs after rendering (cmark-gfm
// does not), so their inertness is checked on the rendered text the way GitHub's filters read it.
import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { visibleControls } from "../../../src/core/render/consoleText.js";
import { codeSpan, digestSpan, escapeHtml, escapeMarkdown } from "../../../src/core/render/escape.js";

const cmark = spawnSync("cmark-gfm", ["--version"]).status === 0;

/** GitHub's Markdown: cmark-gfm with its extensions; raw HTML kept (GitHub keeps <code>), so a tag that got through shows. */
function gfm(markdown: string): string {
  const r = spawnSync(
    "cmark-gfm",
    ["--unsafe", "-e", "autolink", "-e", "table", "-e", "strikethrough", "-e", "tagfilter"],
    { input: markdown, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
  return r.stdout;
}

const HOSTILE = [
  "http://evil.example/x?a=1",
  "see https://evil.example/p.png now",
  "www.evil.example",
  "WWW.Evil.example/path",
  "_www.evil.example_",
  "(www.evil.example)",
  "ftp://files.evil.example",
  "ml-platform@example.com",
  "mailto:someone@evil.example",
  "@org/team please look",
  "fixes #123 and GH-9",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<http://angle.evil.example>",
  "a | b | c",
  "`code` and ``double``",
  "[click](http://evil.example)",
  "![pixel](http://evil.example/p.png)",
  "**bold** _em_ ~~strike~~",
  "\u001b[31mred\u001b[0m and \u001b[0Ksection_end:1:x\r\u001b[0K",
  "x\r\n::error::pwned",
  "::warning::at the start",
  "&lt;already&gt; &amp;",
];

/** The text cmark-gfm's HTML shows in one cell: tags dropped, its four entities read back. */
function cellText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The HTML's text outside <code>, as GitHub's mention and issue-reference filters read it. */
function textOutsideCode(html: string): string {
  return cellText(html.replace(/<code>[\s\S]*?<\/code>/g, ""));
}

describe.skipIf(!cmark)(
  `escaping rendered by cmark-gfm${cmark ? "" : " (skipped: cmark-gfm is not installed; .ci/run installs it)"}`,
  () => {
    const table = [
      "| Escaped | Code |",
      "| --- | --- |",
      ...HOSTILE.map((v) => `| ${escapeMarkdown(v)} | ${codeSpan(v, 200)} |`),
    ].join("\n");
    const html = gfm(`${table}\n`);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);

    it("links nothing: no URL, www. or e-mail autolink, in plain cells or in <code>", () => {
      expect(html).not.toMatch(/<a[\s>]/);
      expect(html).not.toContain("href");
    });

    it("lets no tag through but the table's and <code>", () => {
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].sort()).toEqual(["code", "table", "tbody", "td", "th", "thead", "tr"]);
    });

    it("keeps every row's two cells, each showing the value as written", () => {
      expect(rows).toHaveLength(HOSTILE.length + 1);
      for (const [i, row] of rows.slice(1).entries()) {
        const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
        expect(cells, HOSTILE[i]).toHaveLength(2);
        const shown = visibleControls(HOSTILE[i]!);
        expect(cellText(cells[0]!).replaceAll("\u200D", ""), HOSTILE[i]).toBe(shown.replace(/\n/g, " ").trim());
        expect(cellText(cells[1]!).replaceAll("\u200D", ""), HOSTILE[i]).toBe(shown.replace(/\n/g, "⏎"));
      }
    });

    it("leaves no @mention or #ref for GitHub to link outside <code>", () => {
      const text = textOutsideCode(html);
      // GitHub's filters: `@login` or `@org/team`, `#123`, after the start or a non-word character.
      expect(text).not.toMatch(/(?:^|[^\w])@[a-z0-9]/im);
      expect(text).not.toMatch(/(?:^|[^\w])#\d/m);
      expect(text).toContain("@\u200Dorg/team");
      expect(text).toContain("#\u200D123");
    });

    it("leaves no escape byte, carriage return or line that a CI log reads as a command", () => {
      expect(html).not.toContain("\u001b");
      expect(html).not.toContain("\r");
      for (const line of table.split("\n")) expect(line.trimStart().startsWith("::"), line).toBe(false);
      expect(table).not.toContain("##[");
    });
  },
);

describe("escapeMarkdown (text)", () => {
  it("puts a zero-width joiner after every @ and between # and a digit", () => {
    expect(escapeMarkdown("@org/team")).toBe("@\u200Dorg/team");
    expect(escapeMarkdown("a@b.example")).toBe("a@\u200Db.example");
    expect(escapeMarkdown("#123 #x")).toBe("\\#\u200D123 \\#x");
  });

  it("breaks scheme:// and www. with a backslash, which the reader never sees", () => {
    expect(escapeMarkdown("https://e.example")).toBe("https\\://e.example");
    expect(escapeMarkdown("www.e.example")).toBe("www\\.e.example");
  });

  it("never starts with a colon, and shows control characters as symbols", () => {
    expect(escapeMarkdown("::error::x")).toBe("\\::error::x");
    expect(escapeMarkdown("  :x")).toBe("  \\:x");
    expect(escapeMarkdown("a\u001b[31mb\rc\u0000")).toBe("a␛\\[31mb␍c␀");
  });
});

describe("escapeHtml", () => {
  it("shows control characters as symbols (XML 1.0 forbids them), keeping tab and newline", () => {
    expect(escapeHtml("a\u0001b\u001bc\td\ne\u007f")).toBe("a␁b␛c\td\ne␡");
  });
});

describe("digestSpan", () => {
  it("shows a hex digest as plain inline code, cut to its length", () => {
    expect(digestSpan("3092ff66eaefea8002d6", 12)).toBe("`3092ff66eaef`");
    expect(digestSpan("ABCdef")).toBe("`ABCdef`");
  });

  it("shows anything else through codeSpan: a backtick cannot close the span and free a mention or a tag", () => {
    const hostile = "a`@org/team <img src=x>`";
    expect(digestSpan(hostile)).toBe(codeSpan(hostile, 64));
    expect(digestSpan(hostile, 12)).toBe(codeSpan("a`@org/team ", 12));
    expect(digestSpan(hostile)).not.toContain("`");
  });
});
