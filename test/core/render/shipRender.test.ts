// The "What would ship" section: the version, digest, metric table with signs, the chart only where it says more
// than the table, the exact commands, the hidden marker (round-tripped through parseShipMarker, and left out where
// nothing could act on it), and hostile names, metrics, rules and notes inert.
import { describe, expect, it } from "vitest";

import { parseShipMarker } from "../../../src/core/registry/shipMarker.js";
import { metricDeltas, type ShipPlan } from "../../../src/core/registry/shipPlan.js";
import { shipMarkdown } from "../../../src/core/render/shipRender.js";

const SHA = "ab".repeat(32);
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const PRODUCTION = { accuracy: 0.9649, f1: 0.972, roc_auc: 0.995, log_loss: 0.09, latency_p95_ms: 0.05 };
const CANDIDATE = { accuracy: 0.9737, f1: 0.972, roc_auc: 0.994, log_loss: 0.08, latency_p95_ms: 0.06 };

function shipping(o: Partial<ShipPlan> = {}): ShipPlan {
  return {
    name: "cancer",
    stage: "production",
    model: { sha256: SHA, bytes: 2345 },
    outcome: {
      status: "ships",
      version: "1.0.1",
      tag: "model/cancer/v1.0.1",
      existing: "new",
      commands: {
        publish: "modelgate publish --name cancer --version 1.0.1",
        promote: "modelgate promote --name cancer --version 1.0.1 --stage production",
        comment: "/modelgate promote production",
      },
    },
    registry: "local folder .modelgate/registry",
    current: { version: "1.0.0", metrics: PRODUCTION },
    deltas: metricDeltas(CANDIDATE, PRODUCTION),
    notes: [],
    ...o,
  };
}

/** The Mermaid block of a section, or null. */
const mermaid = (md: string) => /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1] ?? null;

/** `|` not escaped by a backslash: the cell separators a Markdown table row really has. */
const cells = (line: string) => [...line].filter((c, i) => c === "|" && line[i - 1] !== "\\").length;

describe("shipMarkdown", () => {
  it("says what ships: version, digest, production now, each metric's change with its sign, and the commands", () => {
    const md = shipMarkdown(shipping(), { commit: COMMIT });
    expect(md).toContain("### 🚢 What would ship: <code>cancer 1.0.1</code>\n");
    expect(md).toContain(`- **Model**: sha256 \`${SHA}\` (2.3 KiB)\n`);
    expect(md).toContain("- **Version**: <code>1.0.1</code> — what `publish --version auto` takes next");
    expect(md).toContain("- **production now**: <code>1.0.0</code>\n");
    expect(md).toContain("| Metric | Candidate | <code>production 1.0.0</code> | Change |\n");
    expect(md).toContain("| <code>accuracy</code> (higher is better) | 0.9737 | 0.9649 | 🟢 +0.0088 better |\n");
    expect(md).toContain("| <code>f1</code> (higher is better) | 0.9720 | 0.9720 | ⚪ same |\n");
    expect(md).toContain("| <code>roc&#95;auc</code> (higher is better) | 0.9940 | 0.9950 | 🔴 -0.0010 worse |\n");
    expect(md).toContain("| <code>log&#95;loss</code> (lower is better) | 0.0800 | 0.0900 | 🟢 -0.0100 better |\n");
    expect(md).toContain(
      "| <code>latency&#95;p95&#95;ms</code> (lower is better) | 0.060 | 0.050 | 🔴 +0.010 worse |\n",
    );
    expect(md).toContain(
      "```sh\nmodelgate publish --name cancer --version 1.0.1\nmodelgate promote --name cancer --version 1.0.1 --stage production\n```\n",
    );
    expect(md).toContain("or comment <code>/modelgate promote production</code> on this pull/merge request");
  });

  it("charts the 0-1 metrics where higher is better, candidate bars against production's line", () => {
    expect(mermaid(shipMarkdown(shipping()))).toBe(
      [
        "xychart-beta",
        '  title "Candidate (bars) vs production 1.0.0 (line)"',
        '  x-axis ["accuracy", "f1", "roc_auc"]',
        '  y-axis "value" 0.9 --> 1',
        "  bar [0.9737, 0.9720, 0.9940]",
        "  line [0.9649, 0.9720, 0.9950]",
      ].join("\n"),
    );
  });

  it("draws no chart where the table says it all: nothing to compare with, one such metric, no visible change", () => {
    expect(mermaid(shipMarkdown(shipping({ current: null, deltas: metricDeltas(CANDIDATE, null) })))).toBeNull();
    const regression = { rmse: 3.2, r2: 0.81, latency_p95_ms: 0.04 };
    const before = { rmse: 3.5, r2: 0.78, latency_p95_ms: 0.05 };
    const md = shipMarkdown(shipping({ deltas: metricDeltas(regression, before) }));
    expect(md).toContain("| <code>r2</code> (higher is better) | 0.8100 | 0.7800 | 🟢 +0.0300 better |");
    expect(mermaid(md)).toBeNull();
    // Two such metrics, but bars level with the line: the table's "same" and tiny changes say it all.
    const level = { accuracy: 0.986, f1: 0.9889, roc_auc: 0.9975 };
    const md2 = shipMarkdown(shipping({ deltas: metricDeltas({ ...level, roc_auc: 0.9977 }, level) }));
    expect(md2).toContain("🟢 +0.0002 better");
    expect(mermaid(md2)).toBeNull();
  });

  it("with no production yet, says this would be its first version and shows no change", () => {
    const md = shipMarkdown(shipping({ current: null, deltas: metricDeltas(CANDIDATE, null) }));
    expect(md).toContain("- **production now**: no version yet: this would be its first\n");
    expect(md).toContain("| Metric | Candidate | <code>production</code> | Change |\n");
    expect(md).toContain("| <code>accuracy</code> (higher is better) | 0.9737 | – | – |\n");
  });

  it("a model already published: its version, and only the promote command", () => {
    const md = shipMarkdown(
      shipping({
        outcome: {
          status: "ships",
          version: "1.0.0",
          tag: "model/cancer/v1.0.0",
          existing: "already-published",
          commands: {
            publish: null,
            promote: "modelgate promote --name cancer --version 1.0.0 --stage production",
            comment: "/modelgate promote production",
          },
        },
      }),
      { commit: COMMIT },
    );
    expect(md).toContain("### 🚢 What would ship: <code>cancer 1.0.0</code> (already published)\n");
    expect(md).toContain("already holds this very model");
    expect(md).toContain("- **production now**: <code>1.0.0</code> — this model is there already\n");
    // production holds it already: nothing to run, not a promote that would change nothing.
    expect(md).toContain("Nothing to ship: <code>production</code> already holds this very model.");
    expect(md).not.toContain("modelgate promote");
    expect(md).not.toContain("modelgate publish");
  });

  it("a model published but not in the stage: only the promote command", () => {
    const md = shipMarkdown(
      shipping({
        current: { version: "0.9.0", metrics: null },
        outcome: {
          status: "ships",
          version: "1.0.0",
          tag: "model/cancer/v1.0.0",
          existing: "already-published",
          commands: {
            publish: null,
            promote: "modelgate promote --name cancer --version 1.0.0 --stage production",
            comment: "/modelgate promote production",
          },
        },
      }),
      { commit: COMMIT },
    );
    expect(md).toContain("```sh\nmodelgate promote --name cancer --version 1.0.0 --stage production\n```\n");
    expect(md).not.toContain("modelgate publish");
    expect(md).not.toContain("Nothing to ship");
  });

  it("the hidden marker round-trips: name, version, this commit and the model digest", () => {
    const md = shipMarkdown(shipping(), { commit: COMMIT });
    expect(parseShipMarker(md)).toEqual({ name: "cancer", version: "1.0.1", commit: COMMIT, modelSha256: SHA });
    // A commit id as a platform may write it, in capitals: the marker holds it as git does.
    expect(parseShipMarker(shipMarkdown(shipping(), { commit: COMMIT.toUpperCase() }))?.commit).toBe(COMMIT);
  });

  it("no marker, and no comment command, without a commit id; none either when nothing ships", () => {
    for (const commit of [undefined, "", "abc123", `${COMMIT}0`, "g".repeat(40)]) {
      const md = shipMarkdown(shipping(), commit === undefined ? {} : { commit });
      expect(md).not.toContain("<!--");
      expect(md).not.toContain("/modelgate promote");
      expect(md).toContain("modelgate promote --name cancer");
    }
    const blocked = shipMarkdown(
      shipping({ outcome: { status: "blocked", reason: "the gate failed", failedRules: [] } }),
      { commit: COMMIT },
    );
    expect(parseShipMarker(blocked)).toBeNull();
  });

  it("a failed gate: nothing ships, the rules that failed, no command", () => {
    const md = shipMarkdown(
      shipping({
        outcome: {
          status: "blocked",
          reason: "the gate failed (2 of 3 rules): only a model whose gate passed is published",
          failedRules: ["accuracy >= 0.999", "log_loss <= 0.0001"],
        },
      }),
      { commit: COMMIT },
    );
    expect(md).toContain("### 🚫 Nothing would ship: <code>cancer</code>\n");
    expect(md).toContain(
      "the gate failed \\(2 of 3 rules\\): only a model whose gate passed is published. Failed: <code>accuracy &gt;= 0.999</code>, <code>log&#95;loss &lt;= 0.0001</code>.\n",
    );
    expect(md).not.toContain("To ship it");
    expect(md).not.toContain("```sh");
  });

  it("no registry: the version unknown, and the note that says why", () => {
    const md = shipMarkdown(
      shipping({
        outcome: { status: "unknown", reason: "the version publish would take cannot be told without the registry" },
        registry: null,
        current: null,
        deltas: metricDeltas(CANDIDATE, null),
        notes: ["no registry can be read here (no token)"],
      }),
      { commit: COMMIT },
    );
    expect(md).toContain("### 🚢 What would ship: <code>cancer</code>, version unknown\n");
    expect(md).toContain("the version publish would take cannot be told without the registry.\n");
    expect(md).toContain("- ⚠️ no registry can be read here \\(no token\\)\n");
    expect(md).not.toContain("production now");
    expect(md).not.toContain("<!--");
  });

  it("hostile names, metric names, rules, labels and notes stay inert, and the chart stays one block", () => {
    const EVIL = "<img src=x onerror=alert(1)>@org/team | x ``` ](http://evil.example)";
    const before = { accuracy: 0.8, f1: 0.7 };
    const deltas = metricDeltas({ accuracy: 0.9, f1: 0.8 }, before).concat([
      { metric: EVIL, candidate: 0.5, current: 0.4, delta: 0.1, direction: "higher", change: "better" },
      { metric: '"]\n```\n<script>', candidate: 0.6, current: 0.5, delta: 0.1, direction: "higher", change: "better" },
    ]);
    const md = shipMarkdown(
      shipping({
        name: EVIL,
        stage: EVIL,
        registry: EVIL,
        current: { version: EVIL, metrics: before },
        deltas,
        notes: [EVIL],
        outcome: {
          status: "ships",
          version: EVIL,
          tag: EVIL,
          existing: "new",
          commands: { publish: EVIL, promote: EVIL, comment: EVIL },
        },
      }),
      { commit: COMMIT },
    );
    // The commands are a code block whose fence no backtick run inside can close; the rest is Markdown.
    const block = /^(`{4,})sh\n[\s\S]*?\n\1$/m.exec(md);
    expect(block?.[0]).toBe(`\`\`\`\`sh\n${EVIL}\n${EVIL}\n\`\`\`\``);
    const prose = md.replace(block![0], "");
    expect(prose).not.toMatch(/<img|<script/);
    expect(prose).not.toMatch(/@org/); // @ is an entity or followed by a zero-width joiner: no mention
    expect(prose).not.toContain("](http");
    expect(prose).not.toContain("http://"); // no autolink: the scheme's colon is escaped
    // Every table row keeps its four cells, the hostile metrics' rows too.
    const rows = prose.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(5);
    for (const line of rows) expect(cells(line), line).toBe(5);
    // The chart is one block of six lines whose labels hold nothing Mermaid or Markdown would read.
    const chart = mermaid(prose)!.split("\n");
    expect(chart).toHaveLength(6);
    const xAxis = /^ {2}x-axis \[(.*)\]$/.exec(chart[2]!)![1]!.split(", ");
    expect(xAxis).toHaveLength(4);
    for (const label of xAxis) expect(label).toMatch(/^"[\p{L}\p{N} _.-]{1,24}"$/u);
    expect(chart[1]).toMatch(/^ {2}title "Candidate \(bars\) vs [\p{L}\p{N} _.-]+ \(line\)"$/u);
    expect(prose.match(/^`{3,}.*$/gm)).toEqual(["```mermaid", "```"]);
    // An invalid name gets no marker (nothing a comment command could trust), and no comment command.
    expect(md).not.toContain("<!--");
    expect(md).not.toContain("or comment");
  });
});
