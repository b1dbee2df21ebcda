// The drift report as one standalone HTML file: inline CSS and SVG only (a Content-Security-Policy forbids any
// script, font or remote load), so it opens offline from a CI artifact. It shows aggregates only — shares per bin
// or category — never a row of the data. Every name and label is escaped.
import type { ColumnDrift, DriftResult } from "../drift/drift.js";
import { num, pct, schemaChanges, severityRatio, statistic, testSummary, verdictWords } from "./driftRender.js";
import { escapeHtml as h } from "./escape.js";

const REF = "#4c78a8";
const CUR = "#f58518";
const BAD = "#d62728";
const GOOD = "#2ca02c";

/** The verdict, escaped. */
const verdictText = (c: ColumnDrift) => h(verdictWords(c).label);

/** Why beyond the test (null or invalid share, type change), after the verdict. */
function whyHtml(c: ColumnDrift): string {
  const { more } = verdictWords(c);
  return more.length ? ` <span class="why">${h(more.join("; "))}</span>` : "";
}

/** Paired bars per bin or category: reference (blue) beside current (orange), on one scale. */
function distributionSvg(c: ColumnDrift): string {
  const p = c.picture;
  if (!p || p.labels.length === 0) return "–";
  const W = 220;
  const H = 56;
  const n = p.labels.length;
  const slot = W / n;
  const bar = Math.max(1, slot / 2 - 1);
  const max = Math.max(...p.reference, ...p.current) || 1;
  const bars = p.labels
    .map((label, i) => {
      const [r, k] = [p.reference[i]!, p.current[i]!];
      const [hr, hk] = [(r / max) * (H - 4), (k / max) * (H - 4)];
      const x = i * slot;
      const tip = h(
        `${c.type === "numeric" ? (i === 0 ? "below" : "from") : ""} ${label}: reference ${pct(r)}, current ${pct(k)}`.trim(),
      );
      return (
        `<g><title>${tip}</title>` +
        `<rect x="${(x + 0.5).toFixed(1)}" y="${(H - hr).toFixed(1)}" width="${bar.toFixed(1)}" height="${hr.toFixed(1)}" fill="${REF}"/>` +
        `<rect x="${(x + 0.5 + bar).toFixed(1)}" y="${(H - hk).toFixed(1)}" width="${bar.toFixed(1)}" height="${hk.toFixed(1)}" fill="${CUR}"/></g>`
      );
    })
    .join("");
  return `<svg class="dist" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${h(`distribution of ${c.column}`)}">${bars}<line x1="0" y1="${H - 0.5}" x2="${W}" y2="${H - 0.5}" stroke="#999"/></svg>`;
}

/** Horizontal bars: each tested column's severity as a multiple of its threshold (log scale), the threshold at 1×. */
function severitySvg(d: DriftResult): string {
  const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 20);
  if (tested.length === 0) return "";
  const rowH = 22;
  const left = 170;
  const W = 640;
  const plot = W - left - 60;
  const H = tested.length * rowH + 30;
  // log10 from 0.01× to 100×, the threshold (1×) in the middle.
  const x = (ratio: number) => left + ((Math.log10(Math.min(Math.max(ratio, 0.01), 100)) + 2) / 4) * plot;
  const rows = tested
    .map((c, i) => {
      const ratio = severityRatio(c);
      const y = 10 + i * rowH;
      const name = c.column.length > 24 ? `${c.column.slice(0, 23)}…` : c.column;
      const end = x(ratio);
      const start = x(0.01);
      return (
        `<g><title>${h(`${c.column}: ${testSummary(c)}`)}</title>` +
        `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${h(name)}</text>` +
        `<rect x="${start}" y="${y + 3}" width="${Math.max(end - start, 1).toFixed(1)}" height="${rowH - 8}" fill="${c.drifted ? BAD : GOOD}"/>` +
        `<text x="${(Math.max(end, start) + 4).toFixed(1)}" y="${y + 14}" class="v">${ratio >= 100 ? "≥100" : ratio.toFixed(2)}×</text></g>`
      );
    })
    .join("");
  const t = x(1);
  const axis = [0.01, 0.1, 1, 10, 100]
    .map((v) => `<text x="${x(v)}" y="${H - 4}" text-anchor="middle" class="v">${v}×</text>`)
    .join("");
  return `<svg class="severity" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="drift severity per column">${rows}<line x1="${t}" y1="4" x2="${t}" y2="${H - 18}" stroke="#333" stroke-dasharray="4 3"/>${axis}</svg>`;
}

function rowHtml(c: ColumnDrift): string {
  const cls = c.drifted ? "bad" : c.status === "ok" ? "good" : "na";
  const nulls = `${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}${c.null_rate_drifted ? ' <span class="warn">moved</span>' : ""}`;
  return `<tr class="${cls}"><td><code>${h(c.column)}</code></td><td>${c.type}</td><td>${c.test ?? "–"}</td><td class="n">${h(statistic(c))}</td><td class="n">${num(c.p_value)}</td><td class="n">${c.threshold === null ? "–" : num(c.threshold)}</td><td><span class="pill ${cls}">${verdictText(c)}</span>${whyHtml(c)}</td><td>${nulls}</td><td>${distributionSvg(c)}</td></tr>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}.sub{color:#57606a;margin:0 0 16px}
.banner{padding:12px 16px;border-radius:6px;margin:12px 0 20px;font-weight:600}
.banner.bad{background:#ffebe9;border:1px solid ${BAD}}.banner.good{background:#dafbe1;border:1px solid ${GOOD}}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:middle}
th{background:#f6f8fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pill{padding:1px 8px;border-radius:10px;font-size:12px}.pill.bad{background:${BAD};color:#fff}.pill.good{background:${GOOD};color:#fff}.pill.na{background:#d0d7de}
.warn{color:#9a6700;font-weight:600}.why{font-size:12px;color:#57606a}svg text{font-size:12px;fill:#1f2328}svg .v{fill:#57606a}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}footer{color:#57606a;font-size:12px;margin-top:20px}
@media print{body{margin:0}}`;

/** Columns missing from the current data or of another type there: the run fails on them whatever the share. */
function schemaBanner(d: DriftResult): string {
  const changed = schemaChanges(d);
  if (changed.length === 0) return "";
  const items = changed
    .slice(0, 20)
    .map((c) => `<code>${h(c.column)}</code> ${h(c.reasons?.[0] ?? c.status)}`)
    .join("; ");
  return `<div class="banner bad">Schema drift: ${items}${changed.length > 20 ? `; and ${changed.length - 20} more` : ""}</div>\n`;
}

/** The whole report as one HTML document. */
export function driftHtml(d: DriftResult, o: { title?: string; generated?: string } = {}): string {
  const title = o.title ?? "Data drift report";
  const banner = `${d.dataset_drifted ? "Dataset drift" : "No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${pct(d.share_drifted)}; threshold ${pct(d.dataset_threshold)})`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${h(title)}</h1>
<p class="sub">Reference <code>${h(d.reference.file)}</code> (${d.reference.rows.toLocaleString("en-US")} rows) → current <code>${h(d.current.file)}</code> (${d.current.rows.toLocaleString("en-US")} rows)${d.from === "profiles" ? ", from profiles" : ""}${o.generated ? ` · ${h(o.generated)}` : ""}</p>
<div class="banner ${d.dataset_drifted ? "bad" : "good"}">${banner}</div>
${schemaBanner(d)}${[
    ["Target", d.target],
    ["Prediction", d.prediction],
  ]
    .filter((x): x is [string, ColumnDrift] => x[1] !== null)
    .map(
      ([what, c]) =>
        `<div class="banner ${c.drifted ? "bad" : "good"}">${what} <code>${h(c.column)}</code>: ${verdictText(c)}${c.status === "ok" ? ` — ${h(testSummary(c))}` : ""}${whyHtml(c)}</div>`,
    )
    .join("\n")}
<h2>Severity</h2>
<p class="sub">Each tested column's statistic as a multiple of its threshold (p-value tests: threshold ÷ p). Right of the dashed line is drift.</p>
${severitySvg(d)}
<h2>Columns</h2>
<p class="legend">Distribution: shares per reference-decile bin or category<span style="background:${REF}"></span>reference<span style="background:${CUR}"></span>current</p>
<table><thead><tr><th>Column</th><th>Type</th><th>Test</th><th>Statistic</th><th>p-value</th><th>Threshold</th><th>Verdict</th><th>Nulls (ref → cur)</th><th>Distribution</th></tr></thead>
<tbody>${[d.target, d.prediction, ...d.columns]
    .filter((c): c is ColumnDrift => c !== null)
    .map(rowHtml)
    .join("\n")}</tbody></table>
<footer>modelgate drift. Tests as Evidently chooses them by default; p-values as scipy computes them. ≈ marks a statistic from profile sketches, ± its largest error. This page holds aggregates only, no rows of the data.</footer>
</body></html>
`;
}
