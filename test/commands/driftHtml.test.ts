// The standalone HTML drift report: no script, no remote load, no row of the data, hostile names inert — checked
// on the text and, where Chromium is installed (`apt-get install chromium`), in a real headless Chromium: the
// parsed DOM holds no injected element, one table row per column, a chart per column, and a screenshot is drawn.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DriftResult } from "../../src/core/drift/drift.js";
import { cloneCsv, col, csvText, fixture, makeTemp, readPlainCsv, runCli, type TempDir } from "../support.js";

const HOSTILE = "<img src=x onerror=alert(1)> @org/team";
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
let tmp: TempDir;
let html: string;
let drift: DriftResult;
let rawValues: string[];

beforeAll(async () => {
  tmp = await makeTemp("drift-html");
  const ref = await readPlainCsv(fixture("loans_reference.csv"));
  const cur = cloneCsv(await readPlainCsv(fixture("loans_current_control.csv")));
  const inc = col(cur, "income");
  cur.rows.forEach((r) => {
    if (r[inc] !== "") r[inc] = (Number(r[inc]) * 1.3).toFixed(2);
  });
  for (const t of [ref, cur]) t.header = t.header.map((h) => (h === "employment" ? HOSTILE : h));
  await tmp.write("ref.csv", csvText(ref));
  await tmp.write("cur.csv", csvText(cur));
  const r = await runCli(tmp.path, ["drift", "--reference", "ref.csv", "--current", "cur.csv", "--html", "r.html"]);
  expect(r.code, r.stderr).toBe(0);
  html = readFileSync(tmp.file("r.html"), "utf8");
  drift = JSON.parse(readFileSync(tmp.file("drift.json"), "utf8")) as DriftResult;
  // Values that only the rows hold: ids and exact incomes.
  rawValues = [
    ...cur.rows.slice(0, 50).map((r) => r[col(cur, "loan_id")]!),
    ...cur.rows.slice(0, 50).map((r) => r[inc]!),
  ];
});
afterAll(() => tmp.remove());

describe("the HTML drift report", () => {
  it("is standalone: no script, no remote URL, a CSP that forbids both", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("holds aggregates only: no id or exact value from the rows", () => {
    for (const v of rawValues.filter((x) => x.length >= 5)) expect(html, v).not.toContain(v);
  });

  it("escapes column names: the hostile name is text", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; @org/team");
  });

  it("has a row and a distribution chart for every column, and the severity chart", () => {
    expect(html.match(/<tr class=/g)).toHaveLength(drift.columns.length);
    const pictured = drift.columns.filter((c) => c.picture).length;
    expect(html.match(/<svg class="dist"/g)).toHaveLength(pictured);
    expect(html).toContain('<svg class="severity"');
    expect(html).toContain(`${drift.drifted_columns} of ${drift.tested_columns} columns drifted`);
  });

  it.runIf(CHROMIUM)("renders in headless Chromium: the DOM has no injected element, and a screenshot is drawn", () => {
    const flags = ["--headless", "--no-sandbox", "--disable-gpu"];
    const url = `file://${tmp.file("r.html")}`;
    const dom = spawnSync(CHROMIUM!, [...flags, "--dump-dom", url], { encoding: "utf8", timeout: 60_000 });
    expect(dom.status, dom.stderr).toBe(0);
    expect(dom.stdout).toContain("<table>");
    expect(dom.stdout).not.toMatch(/<img/i);
    expect(dom.stdout.match(/<tr class=/g)).toHaveLength(drift.columns.length);
    expect(dom.stdout.match(/<rect /g)!.length).toBeGreaterThan(40);
    const shot = tmp.file("r.png");
    const s = spawnSync(CHROMIUM!, [...flags, `--screenshot=${shot}`, "--window-size=1280,1000", url], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(s.status, s.stderr).toBe(0);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A blank page compresses to a few KB; this one has charts and a table.
    expect(statSync(shot).size).toBeGreaterThan(30_000);
  });
});
