// Bodies over the platform's limit are cut where a section ends: never inside a <details> block or a fenced code
// block, the marker line kept, a notice saying how much was left out and where the rest is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fitBody, sections, utf8Bytes } from "../../../src/core/comment/fitBody.js";
import { PROPERTY_SEED } from "../data/helpers.js";

const MARKER = "<!-- modelgate:comment key=modelgate -->";

describe("fitBody", () => {
  it("splits at headings and whole <details> blocks, not inside code fences or nested details", () => {
    const body = [
      MARKER,
      "### Verdict",
      "ok",
      "<details><summary>Long</summary>",
      "",
      "## not a section: inside details",
      "<details><summary>inner</summary>x</details>",
      "</details>",
      "## Table",
      "```",
      "# not a heading: in a fence",
      "```",
      "| a | b |",
    ].join("\n");
    const parts = sections(body);
    expect(parts).toHaveLength(4);
    expect(parts[2]).toMatch(/^<details>[\s\S]*inner[\s\S]*<\/details>$/);
    expect(parts[3]).toContain("# not a heading: in a fence");
  });

  it("leaves a body that fits alone, and cuts one that does not at a section, with the notice", () => {
    const body = [
      MARKER,
      "### Verdict: pass",
      ...Array.from({ length: 10 }, (_x, i) => `## Part ${i}\n${"x".repeat(100)}`),
    ].join("\n");
    expect(fitBody(body, { limit: body.length })).toEqual({ body, cut: false, omitted: 0 });
    const r = fitBody(body, { limit: 700, fullReport: { label: "the job summary", url: "https://ci.example/run/1" } });
    expect(r.cut).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(700);
    expect(r.body.startsWith(MARKER)).toBe(true);
    expect(r.body).toMatch(/(## Part \d\nx{100}\n)+\n> \[!NOTE\]/);
    expect(r.body).toContain(
      `${r.omitted} of ${sections(body).length} sections are left out. The full report is in [the job summary](https://ci.example/run/1).`,
    );
  });

  it("links the full report with its parentheses and spaces percent-encoded: the link cannot end early", () => {
    const body = [
      MARKER,
      "### Verdict",
      ...Array.from({ length: 5 }, (_x, i) => `## Part ${i}\n${"x".repeat(100)}`),
    ].join("\n");
    const r = fitBody(body, {
      limit: 500,
      fullReport: { label: "the full report", url: "https://x.example/a)!@org/team (b" },
    });
    expect(r.body).toContain("[the full report](https://x.example/a%29!@org/team%20%28b).");
  });

  it("counts UTF-8 bytes when asked (GitHub's job summary limit)", () => {
    const body = `${MARKER}\n## A\n${"é".repeat(400)}\n## B\n${"é".repeat(400)}`;
    expect(fitBody(body, { limit: 1000 }).cut).toBe(false);
    const bytes = fitBody(body, { limit: 1000, measure: utf8Bytes });
    expect(bytes.cut).toBe(true);
    expect(utf8Bytes(bytes.body)).toBeLessThanOrEqual(1000);
  });

  it("never exceeds the limit, keeps whole sections in order and the marker (property)", () => {
    const section = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.string({ maxLength: 200 }))
        .map(([h, t]) => `${"#".repeat(h)} S\n${t.replaceAll("\n", " ")}`),
      fc
        .string({ maxLength: 300 })
        .map((t) => `<details><summary>d</summary>\n\n${t.replaceAll("<", "‹")}\n</details>`),
      fc.string({ maxLength: 100 }).map((t) => `## Code\n\`\`\`\n# x\n${t.replaceAll("`", "'")}\n\`\`\``),
    );
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 400, max: 4000 }),
        (parts, limit) => {
          const body = [`${MARKER}\n### Verdict`, ...parts].join("\n");
          const r = fitBody(body, { limit });
          if (r.body.length > limit || !r.body.startsWith(MARKER)) return false;
          if (!r.cut) return r.body === body;
          const kept = r.body.slice(0, r.body.indexOf("\n\n> [!NOTE]"));
          // What is kept is the body's leading sections, whole.
          const all = sections(body);
          const n = all.length - r.omitted;
          return n === 0 ? body.startsWith(kept) : kept === all.slice(0, n).join("\n");
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it("cuts a 3 MB body in work linear in its size: each section and line measured once (many sections, one long section)", () => {
    let measured = 0;
    // Counts the characters it is asked to measure: the work a quadratic cut would multiply.
    const counting = (t: string) => ((measured += t.length), utf8Bytes(t));
    const many = [
      MARKER,
      "### Verdict: pass",
      ...Array.from({ length: 30_000 }, (_x, i) => `## Part ${i}\n${"é".repeat(90)}`),
    ].join("\n");
    expect(many.length).toBeGreaterThan(3_000_000);
    const limit = 1024 * 1024;
    const r = fitBody(many, { limit, measure: counting, fullReport: { label: "the run", url: null } });
    expect(measured).toBeLessThan(3 * many.length);
    expect(r.cut).toBe(true);
    expect(utf8Bytes(r.body)).toBeLessThanOrEqual(limit);
    expect(utf8Bytes(r.body)).toBeGreaterThan(limit - 400); // sections of ~190 bytes: the cut is close to the limit
    const all = sections(many);
    const kept = r.body.slice(0, r.body.indexOf("\n\n> [!NOTE]"));
    expect(kept).toBe(all.slice(0, all.length - r.omitted).join("\n"));
    expect(r.body).toContain(`${r.omitted} of ${all.length} sections are left out. The full report is in the run.`);

    measured = 0;
    const oneSection = [
      "### Verdict",
      ...Array.from({ length: 100_000 }, (_x, i) => `| row ${i} | ${"x".repeat(24)} |`),
    ].join("\n");
    expect(oneSection.length).toBeGreaterThan(3_000_000);
    const one = fitBody(oneSection, { limit: 65_536, measure: counting });
    expect(measured).toBeLessThan(3 * oneSection.length);
    expect(one.body.length).toBeLessThanOrEqual(65_536);
    expect(one.body.length).toBeGreaterThan(65_536 - 400);
    expect(oneSection.startsWith(one.body.slice(0, one.body.indexOf("\n\n> [!NOTE]")))).toBe(true);
    // The only section, cut at a line: its leading lines.
    expect(one.omitted).toBe(1);
    expect(one.body).toMatch(/^### Verdict\n\| row 0 \|/);
  });
});
