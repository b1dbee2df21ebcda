export const id = 788;
export const ids = [788];
export const modules = {

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ postOutputs),
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   gg: () => (/* binding */ postFlags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43716);
/* harmony import */ var _core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69991);
/* harmony import */ var _core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99546);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73776);
// Posting a body as the pull/merge request comment, shared by `comment` and `report --post`. Without a thread or
// with a read-only token (a fork's pull request) nothing fails: the body goes to the job summary and a file.







/** The key, mode and pull request number flags, checked. */
function postFlags(inputs) {
    const mode = inputs.mode ?? "update";
    if (!_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_MODES */ .p8.includes(mode))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `--mode must be one of ${_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_MODES */ .p8.join(", ")}, not ${JSON.stringify(mode)}`);
    const key = inputs.key ?? "modelgate";
    (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__/* .markerOf */ .we)(key); // checks the key
    const pr = (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .numberOption */ .jZ)("pr", inputs.pr, { min: 1, max: 2 ** 31, integer: true });
    return { key, mode: mode, ...(pr ? { pr } : {}) };
}
/** Not posted: say why, once, and keep the body where a person can read it (summary, log, file artifact). */
async function keepElsewhere(io, r, why) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, `modelgate-comment-${r.key}.md`);
    if (r.mode !== "delete") {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, r.body);
        if (!r.summaryWritten)
            await io.platform.writeSummary(r.body);
    }
    io.platform.warning(`comment not posted: ${why}.${r.mode !== "delete" ? ` The report is in the job summary and ${(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(file, io.cwd)}.` : ""}`);
    return { posted: false, action: "none", id: null, url: null };
}
/** Create, update or delete the key's comment; the body is cut to the platform's limit at a section boundary. */
async function postComment(io, r) {
    const thread = await io.platform.commentThread(r.pr ? { number: r.pr } : {});
    if ("unavailable" in thread)
        return keepElsewhere(io, r, thread.unavailable);
    // The marker goes first on its own line: the room left for the body is the limit less that line.
    const room = thread.maxBodyChars - (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__/* .markerOf */ .we)(r.key).length - 1;
    const fitted = (0,_core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_6__/* .fitBody */ .KM)(r.body, { limit: room, ...(r.fullReport ? { fullReport: r.fullReport } : {}) });
    if (fitted.cut)
        io.platform.warning(`the comment is cut to ${thread.maxBodyChars} characters (${fitted.omitted} sections left out)`);
    if (r.dryRun) {
        const plan = (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_3__/* .planComment */ .tx)({
            comments: await thread.list(),
            me: await thread.identity(),
            key: r.key,
            body: fitted.body,
            mode: r.mode,
        });
        const steps = plan.actions.map((a) => (a.kind === "create" ? "create" : `${a.kind} ${a.id}`));
        io.stdout(`dry run on ${thread.label}: ${steps.length ? steps.join(", ") : "nothing to change"}\n`);
        return { posted: false, action: "none", id: plan.unchanged, url: null };
    }
    try {
        const outcome = await (0,_core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .upsertComment */ .l)(thread, { key: r.key, body: fitted.body, mode: r.mode });
        const extra = outcome.deleted > 0 && r.mode !== "delete" ? ` (${outcome.deleted} old removed)` : "";
        io.platform.info(`comment ${outcome.action} on ${thread.label}${outcome.url ? `: ${outcome.url}` : ""}${extra}`);
        return { posted: outcome.action !== "none", action: outcome.action, id: outcome.id, url: outcome.url };
    }
    catch (e) {
        // The adapter's message says what the token lacks on its platform and how to give it.
        if (e instanceof _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .CommentPermissionError */ .J)
            return keepElsewhere(io, r, e.message);
        throw e;
    }
}
/** The outputs both commands set for a posted comment. */
function postOutputs(p) {
    return { posted: p.posted, "comment-id": p.id ?? "", "comment-url": p.url ?? "", "comment-action": p.action };
}


/***/ }),

/***/ 54788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReport: () => (/* binding */ runReport),
  withoutFrontMatter: () => (/* binding */ withoutFrontMatter)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/render/driftRender.ts
var driftRender = __webpack_require__(50215);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
// EXTERNAL MODULE: ./src/core/render/evaluationRender.ts
var evaluationRender = __webpack_require__(40676);
// EXTERNAL MODULE: ./src/core/render/gateRender.ts
var gateRender = __webpack_require__(89825);
// EXTERNAL MODULE: ./src/core/render/runRender.ts
var runRender = __webpack_require__(68641);
// EXTERNAL MODULE: ./src/core/render/validationRender.ts
var validationRender = __webpack_require__(2009);
;// CONCATENATED MODULE: ./src/core/render/reportRender.ts






/** Failed: a gate that failed, data that is invalid, drift found. Steps not given do not count. */
function reportVerdict(o) {
    const failures = [
        ...(o.gate && !o.gate.passed ? ["gate failed"] : []),
        ...(o.validation && !o.validation.valid ? ["data invalid"] : []),
        ...(o.drift?.drifted ? ["drift found"] : []),
        ...(o.run && o.run.exit_code !== 0 ? ["training failed"] : []),
    ];
    return { passed: failures.length === 0, failures };
}
/** A link only to an http(s) address, its characters made safe inside Markdown's (…). */
function safeLink(label, url) {
    if (!url || !/^https?:\/\//i.test(url))
        return url ? `${label}: ${(0,render_escape/* codeSpan */.SS)(url, 120)}` : null;
    return `[${label}](${encodeURI(decodeURI(url)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
function stepRows(o) {
    const rows = [];
    if (o.gate) {
        const held = o.gate.rules.filter((r) => r.passed).length;
        rows.push(`| Gate | ${o.gate.passed ? "✅" : "❌"} ${held} of ${o.gate.rules.length} rules hold |`);
    }
    if (o.validation) {
        const s = o.validation.summary;
        rows.push(`| Data validation | ${o.validation.valid ? "✅" : "❌"} ${s.checks - s.failed} of ${s.checks} checks pass on ${o.validation.rows} rows |`);
    }
    if (o.drift) {
        const d = o.drift;
        rows.push(`| Drift | ${d.drifted ? "🔴" : "🟢"} ${d.drifted_columns} of ${d.tested_columns} columns drifted${d.target?.drifted ? ", target drifted" : ""}${d.prediction?.drifted ? ", predictions drifted" : ""} |`);
    }
    if (o.evaluation) {
        const e = o.evaluation;
        const m = e.metrics;
        const facts = [
            (0,evaluationRender/* formatMetric */.g)("model_bytes", e.model.bytes),
            `opset ${e.model.signature.opsets.map((x) => x.version).join("/")}`,
            ...(m.latency_p95_ms !== undefined ? [`p95 ${(0,evaluationRender/* formatMetric */.g)("latency_p95_ms", m.latency_p95_ms)} ms/row`] : []),
            ...(m.rows_per_second !== undefined ? [`${(0,evaluationRender/* formatMetric */.g)("rows_per_second", m.rows_per_second)} rows/s`] : []),
        ];
        rows.push(`| Model | ${(0,render_escape/* codeSpan */.SS)(e.model.path)} sha256 \`${e.model.sha256.slice(0, 12)}\` · ${facts.join(" · ")} |`);
    }
    if (o.run)
        rows.push(`| Training | ${o.run.exit_code === 0 ? "✅" : "❌"} ${(0,render_escape/* codeSpan */.SS)(o.run.command, 80)} |`);
    return rows;
}
const collapsed = (summary, body) => [
    `<details><summary>${summary}</summary>`,
    "",
    body,
    "",
    "</details>",
    "",
];
/** The report body: the verdict line and step table, then one section per output given. */
function reportMarkdown(r) {
    const o = r.outputs;
    const v = reportVerdict(o);
    const out = [
        `## ${v.passed ? "✅" : "❌"} modelgate: ${v.passed ? "all checks pass" : (0,render_escape/* escapeMarkdown */.FV)(v.failures.join(", "))}`,
        "",
    ];
    const rows = stepRows(o);
    if (rows.length > 0)
        out.push("| Step | Result |", "|---|---|", ...rows, "");
    const links = [
        safeLink("CI run", r.links.run),
        safeLink("Full HTML report", r.links.htmlReport),
        safeLink("Model card", r.links.card),
    ].filter((l) => l !== null);
    if (links.length > 0)
        out.push(links.join(" · "), "");
    if (rows.length === 0)
        out.push("_No step outputs were given to this report._", "");
    if (o.gate)
        out.push((0,gateRender/* gateMarkdown */.b)(o.gate));
    if (o.validation) {
        const body = (0,validationRender/* validationMarkdown */.N5)(o.validation);
        // A clean validation is one line of news: its check list stays folded (it already folds the passed checks).
        out.push(body);
    }
    if (o.drift)
        out.push((0,driftRender/* driftMarkdown */.fZ)(o.drift, { maxChars: 30_000, ...(r.links.htmlReport ? { fullReport: "the HTML report" } : {}) }));
    if (o.evaluation)
        out.push(...collapsed("Model evaluation: every metric, slices, fairness", (0,evaluationRender/* evaluationMarkdown */.i)(o.evaluation)));
    if (o.run)
        out.push(...collapsed("Training run: command, params, metrics, artifacts", (0,runRender/* runMarkdown */.l)(o.run)));
    if (r.card)
        out.push(...collapsed("Model card", r.card));
    out.push(`<sub>modelgate${r.sha ? ` · commit \`${r.sha.replace(/[^0-9a-f]/gi, "").slice(0, 12)}\`` : ""}</sub>`, "");
    return out.join("\n");
}

// EXTERNAL MODULE: ./src/core/report/outputs.ts
var report_outputs = __webpack_require__(80544);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/post.ts
var commands_post = __webpack_require__(5862);
;// CONCATENATED MODULE: ./src/commands/report.ts






const KINDS = ["validation", "run", "evaluation", "gate", "drift"];
/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
function withoutFrontMatter(markdown) {
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
    return (m ? markdown.slice(m[0].length) : markdown).trim();
}
/** `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. */
async function runReport(inputs, io) {
    const post = inputs.post === "true" ? (0,commands_post/* postFlags */.gg)(inputs) : null;
    const outputs = {};
    for (const kind of KINDS) {
        const file = inputs[kind];
        if (typeof file === "string")
            Object.assign(outputs, { [kind]: await (0,report_outputs/* loadOutput */.g)(kind, file) });
    }
    const cardFile = inputs.card;
    const card = cardFile
        ? withoutFrontMatter(await (0,promises_.readFile)(cardFile, "utf8").catch((e) => Promise.reject((0,errors/* unreadable */.O$)(cardFile, e))))
        : undefined;
    const htmlUrl = inputs.htmlUrl;
    const cardUrl = inputs.cardUrl;
    const ctx = io.platform.context;
    const body = reportMarkdown({
        outputs,
        ...(card ? { card } : {}),
        links: {
            ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
            ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
            ...(cardUrl ? { card: cardUrl } : {}),
        },
        ...(ctx.sha ? { sha: ctx.sha } : {}),
    });
    const verdict = reportVerdict(outputs);
    const out = inputs.out;
    if (out)
        await (0,promises_.writeFile)(out, body);
    else if (!io.json)
        io.stdout(body);
    await io.platform.writeSummary(body);
    const posted = post
        ? await (0,commands_post/* postComment */.Gy)(io, {
            ...post,
            body,
            summaryWritten: true,
            fullReport: htmlUrl
                ? { label: "the full HTML report", url: htmlUrl }
                : { label: "the job summary", url: ctx.runUrl ?? null },
        })
        : null;
    if (io.json)
        io.stdout(`${JSON.stringify({ ...verdict, report: out ?? null, comment: posted }, null, 2)}\n`);
    if (out)
        (io.json ? io.stderr : io.stdout)(`wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`);
    await io.platform.setOutputs({
        passed: verdict.passed,
        "report-path": out ?? "",
        ...(posted ? (0,commands_post/* postOutputs */.BX)(posted) : { posted: false }),
    });
    return 0;
}


/***/ }),

/***/ 99546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony export sections */
// Bodies past a platform's limit are cut where a section ends, never mid-table or inside an open <details>, with a
// pointer to the full report.
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/** Top-level sections: a heading line or a `<details>` block starts one; a `<details>` block is never split. */
function sections(markdown) {
    const lines = markdown.split("\n");
    const out = [];
    let current = [];
    let depth = 0;
    let fence = false;
    for (const line of lines) {
        const starts = !fence && depth === 0 && (/^#{1,6} /.test(line) || /^<details[\s>]/.test(line));
        if (starts && current.length > 0) {
            out.push(current.join("\n"));
            current = [];
        }
        current.push(line);
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        if (!fence) {
            depth += (line.match(/<details[\s>]/g) ?? []).length;
            depth = Math.max(0, depth - (line.match(/<\/details>/g) ?? []).length);
        }
    }
    if (current.length > 0)
        out.push(current.join("\n"));
    return out;
}
function notice(omitted, total, full) {
    const where = full ? (full.url ? `[${full.label}](${full.url})` : full.label) : "the job's log";
    return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}
/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line.
 */
function fitBody(body, o) {
    const measure = o.measure ?? ((t) => t.length);
    if (measure(body) <= o.limit)
        return { body, cut: false, omitted: 0 };
    const parts = sections(body);
    const tail = (omitted) => notice(omitted, parts.length, o.fullReport);
    let kept = "";
    let used = 0;
    for (const part of parts) {
        const next = used === 0 ? part : `${kept}\n${part}`;
        if (measure(next) + measure(tail(parts.length - used - 1)) > o.limit)
            break;
        kept = next;
        used++;
    }
    if (used === 0) {
        // Even the first section is too long: keep its lines that fit.
        const room = o.limit - measure(tail(parts.length));
        const lines = parts[0].split("\n");
        const keptLines = [];
        for (const line of lines) {
            if (measure([...keptLines, line].join("\n")) > room)
                break;
            keptLines.push(line);
        }
        kept = keptLines.join("\n");
    }
    const body2 = `${kept}${tail(parts.length - used)}`;
    return { body: body2, cut: true, omitted: parts.length - used };
}


/***/ }),

/***/ 50215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ statistic),
/* harmony export */   JH: () => (/* binding */ testSummary),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Rm: () => (/* binding */ severityRatio),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown)
/* harmony export */ });
/* unused harmony export sparkline */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const BARS = "▁▂▃▄▅▆▇█";
/** Shares as a sparkline, both sides on one scale so heights compare. */
function sparkline(values, max) {
    return values.map((v) => BARS[Math.min(7, Math.round((v / (max || 1)) * 7))]).join("");
}
function num(x) {
    if (x === null)
        return "–";
    if (!Number.isFinite(x))
        return x > 0 ? "∞" : "−∞";
    if (x !== 0 && Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return x.toFixed(4);
}
function pct(x) {
    return `${(x * 100).toFixed(1)} %`;
}
/** The statistic, marked ≈ (with its bound when known) when it came from profile sketches. */
/** "ks 0.1200, p = 0.0300 (threshold 0.0500)": a tested column's test, statistic, p-value and threshold. */
function testSummary(c) {
    return `${c.test} ${statistic(c)}${c.p_value !== null ? `, p = ${num(c.p_value)}` : ""} (threshold ${num(c.threshold)})`;
}
function statistic(c) {
    if (!c.approximate)
        return num(c.statistic);
    return `≈ ${num(c.statistic)}${c.approximate.bound !== null ? ` ± ${num(c.approximate.bound)}` : ""}`;
}
function verdict(c) {
    if (c.status === "no_reference_values")
        return "⚪ no reference values";
    if (c.status === "no_current_values")
        return "⚪ no current values";
    if (c.status === "identifier")
        return "⚪ identifier, not tested";
    return c.drifted ? "🔴 drift" : "🟢 no drift";
}
function row(c) {
    const pic = c.picture
        ? (() => {
            const max = Math.max(...c.picture.reference, ...c.picture.current);
            return `\`${sparkline(c.picture.reference, max)}\` → \`${sparkline(c.picture.current, max)}\``;
        })()
        : "–";
    const nulls = `${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}${c.null_rate_drifted ? " ⚠️" : ""}`;
    return `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${c.type} | ${c.test ?? "–"} | ${statistic(c)} | ${num(c.p_value)} | ${c.threshold === null ? "–" : num(c.threshold)} | ${verdict(c)} | ${nulls} | ${pic} |`;
}
/** Severity as a multiple of the threshold: distances divide by it, p-values invert (threshold / p), capped at 100. */
function severityRatio(c) {
    return c.p_value !== null ? Math.min(c.threshold / Math.max(c.p_value, 1e-12), 100) : c.statistic / c.threshold;
}
/** A Mermaid bar chart of the most drifted columns' statistics relative to their thresholds. */
function chart(d) {
    const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 8);
    if (tested.length === 0)
        return [];
    const score = severityRatio;
    // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
    const label = (s) => JSON.stringify(s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, 24));
    return [
        "```mermaid",
        "xychart-beta",
        '  title "Drift severity (1 = threshold)"',
        `  x-axis [${tested.map((c) => label(c.column)).join(", ")}]`,
        '  y-axis "× threshold"',
        `  bar [${tested.map((c) => score(c).toFixed(3)).join(", ")}]`,
        `  line [${tested.map(() => "1").join(", ")}]`,
        "```",
        "",
    ];
}
/** The target and prediction columns' verdicts, one line each, when named. */
function apartLines(d) {
    const line = (what, c) => c
        ? `**${what} drift** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)}): ${verdict(c)}${c.status === "ok" ? ` — ${testSummary(c)}` : ""}`
        : null;
    return [line("Target", d.target), line("Prediction", d.prediction)].filter((l) => l !== null);
}
/** Markdown, bounded: beyond `maxChars` the column table is cut and the reader pointed at the full report. */
function driftMarkdown(d, o = {}) {
    const head = [
        `### ${d.dataset_drifted ? "🔴 Dataset drift" : "🟢 No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${pct(d.share_drifted)}; threshold ${pct(d.dataset_threshold)})`,
        "",
        `Reference ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.reference.file)} (${d.reference.rows} rows) → current ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.current.file)} (${d.current.rows} rows).`,
        "",
        ...apartLines(d).flatMap((l) => [l, ""]),
        ...chart(d),
        "| Column | Type | Test | Statistic | p-value | Threshold | Verdict | Nulls (ref → cur) | Distribution (ref → cur) |",
        "|---|---|---|---:|---:|---:|---|---|---|",
    ];
    const foot = [
        "",
        d.from === "profiles"
            ? "<sub>From profiles: counts, nulls and fixed-edge bins exact; ≈ marks a statistic from the quantile or top-value sketches, ± its largest error. Tests as Evidently chooses them by default.</sub>"
            : "<sub>Tests as Evidently chooses them by default; p-values as scipy computes them (KS: exact up to 10,000 values a side). Bins: reference deciles.</sub>",
        "",
    ];
    const max = o.maxChars ?? 60_000;
    let size = [...head, ...foot].join("\n").length;
    const rows = [];
    for (const c of d.columns) {
        const r = row(c);
        if (size + r.length + 200 > max) {
            const rest = d.columns.length - rows.length;
            rows.push(`| … ${rest} more columns | | | | | | | | ${o.fullReport ? `see ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.fullReport)}` : "see drift.json"} |`);
            break;
        }
        rows.push(r);
        size += r.length + 1;
    }
    return [...head, ...rows, ...foot].join("\n");
}
function driftText(d) {
    const lines = [
        `${d.dataset_drifted ? "DRIFT" : "OK"} ${d.drifted_columns} of ${d.tested_columns} columns drifted (share ${d.share_drifted.toFixed(3)}, threshold ${d.dataset_threshold})`,
    ];
    for (const [what, c] of [
        ["target", d.target],
        ["prediction", d.prediction],
    ])
        if (c)
            lines.push(`${what.toUpperCase()} ${c.drifted ? "DRIFT" : "OK"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}` : c.status}`);
    for (const c of d.columns)
        lines.push(`  ${c.drifted ? "✗" : c.status === "ok" ? "✓" : "-"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}${c.p_value !== null ? ` p=${num(c.p_value)}` : ""} (threshold ${c.threshold})` : c.status.replace(/_/g, " ")}${c.null_rate_drifted ? `, null share ${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}` : ""}`);
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/** Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions, no links. */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/@/g, "&#64;")
        .replace(/\r?\n/g, " ");
}
/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
function fencedBlock(text, lang) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text made inert in HTML (and XML) content and attributes. */
function escapeHtml(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
const CODE_ENTITIES = {
    "|": "&#124;",
    "@": "&#64;",
    "[": "&#91;",
    "]": "&#93;",
    "(": "&#40;",
    ")": "&#41;",
    "!": "&#33;",
    "*": "&#42;",
    _: "&#95;",
    "`": "&#96;",
    "~": "&#126;",
    "\\": "&#92;",
};
/**
 * A value shown as written, in an inline `<code>` span that cannot be broken out of. GitHub still parses Markdown
 * inside `<code>`, so link, image and emphasis characters become entities too.
 */
function codeSpan(text, max = 60) {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    const inert = escapeHtml(short)
        .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c])
        .replace(/\r?\n/g, "⏎");
    return `<code>${inert}</code>`;
}


/***/ }),

/***/ 40676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ formatMetric),
/* harmony export */   i: () => (/* binding */ evaluationMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const QUALITY = [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "f1",
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "f1_weighted",
    "roc_auc",
    "roc_auc_ovr_macro",
    "pr_auc",
    "log_loss",
    "rmse",
    "mae",
    "r2",
    "mape",
];
const OPERATIONAL = [
    "latency_p50_ms",
    "latency_p95_ms",
    "latency_p99_ms",
    "batch_latency_p95_ms",
    "rows_per_second",
    "model_bytes",
    "peak_rss_mib",
];
function formatMetric(name, v) {
    if (!Number.isFinite(v))
        return String(v);
    if (name === "model_bytes")
        return `${(v / 1024).toFixed(1)} KiB`;
    if (name === "rows_per_second")
        return Math.round(v).toLocaleString("en-US");
    if (name.endsWith("_ms") || name.endsWith("_mib"))
        return v.toFixed(3);
    return v.toFixed(4);
}
/** The evaluation as a Markdown section (reused by the PR report). */
function evaluationMarkdown(e) {
    const sig = e.model.signature;
    const out = [
        `### Model evaluation: ${e.task}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.model.path)} (sha256 \`${e.model.sha256.slice(0, 12)}\`, ${formatMetric("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.domain)} ${o.version}`).join(", ")}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sig.producer || "unknown producer")}) on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
        "",
        "| Metric | Value |",
        "|---|---:|",
        ...QUALITY.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k])} |`),
        "",
    ];
    if (e.confusion_matrix) {
        const { labels, matrix } = e.confusion_matrix;
        out.push("<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>", "", `| | ${labels.map((l) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(l)).join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
        matrix.forEach((row, i) => out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(labels[i])} | ${row.join(" | ")} |`));
        out.push("", "</details>", "");
    }
    for (const [col, groups] of Object.entries(e.slices)) {
        const keys = e.task === "regression" ? ["count", "rmse", "mae", "r2"] : ["count", "accuracy", "f1", "roc_auc"];
        out.push(`<details><summary>Slices by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(col)}</summary>`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(value)} | ${keys.map((k) => (m[k] === undefined ? "–" : k === "count" ? String(m[k]) : formatMetric(k, m[k]))).join(" | ")} |`);
        out.push("", "</details>", "");
    }
    for (const [col, f] of Object.entries(e.fairness)) {
        out.push(`**Fairness across ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(col)}**: demographic parity difference ${formatMetric("", f.demographic_parity_difference)}, ratio ${formatMetric("", f.demographic_parity_ratio)}, equalized odds difference ${formatMetric("", f.equalized_odds_difference)}, equal opportunity difference ${formatMetric("", f.equal_opportunity_difference)}.`, "");
    }
    out.push("| Operational | Value |", "|---|---:|", ...OPERATIONAL.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k])} |`), "");
    return out.join("\n");
}


/***/ }),

/***/ 89825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ gateMarkdown),
/* harmony export */   u: () => (/* binding */ gateText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);
/* harmony import */ var _evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40676);


function deltaText(r) {
    if (r.delta === null)
        return "–";
    const arrow = r.improved === null ? "→" : r.improved ? "▲" : "▼";
    return `${arrow} ${r.delta >= 0 ? "+" : ""}${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.delta)}`;
}
/** "[−0.084, −0.014] (95 %)": the bootstrap interval of the difference a confidence rule was judged on. */
function intervalText(r) {
    if (!r.interval)
        return "";
    const f = (x) => `${x >= 0 ? "+" : ""}${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, x)}`;
    return `[${f(r.interval.low)}, ${f(r.interval.high)}] (${Math.round(r.interval.confidence * 1000) / 10} %)`;
}
/** The metric comparison table: rule, baseline, candidate, delta with direction, verdict. */
function gateMarkdown(g) {
    const anyInterval = g.rules.some((r) => r.interval);
    const out = [
        `### ${g.passed ? "✅ Gate passed" : "❌ Gate failed"}: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
        "",
        `Candidate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(g.candidate.label)}${g.baseline ? ` against baseline ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(g.baseline.label)}` : ""}.`,
        "",
        `| Rule | Baseline | Candidate | Δ |${anyInterval ? " Δ interval |" : ""} Bound | Verdict |`,
        `|---|---:|---:|---:|${anyInterval ? "---:|" : ""}---:|---|`,
        ...g.rules.map((r) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule, 200)} | ${r.baseline === null ? "–" : (0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.baseline)} | ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.actual)} | ${deltaText(r)} |${anyInterval ? ` ${intervalText(r) || "–"} |` : ""} ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.bound)} | ${r.passed ? "✅ pass" : "❌ fail"} |`),
        "",
        ...(anyInterval
            ? [
                `<sub>Δ interval: paired bootstrap over the holdout rows (${g.rules.find((r) => r.interval).interval.resamples} resamples, seed ${g.rules.find((r) => r.interval).interval.seed}); a rule "with N% confidence" fails only when the whole interval is beyond its allowed difference.</sub>`,
                "",
            ]
            : []),
        `<sub>Bound to model sha256 \`${g.binding.model_sha256?.slice(0, 12) ?? "unknown"}\`, holdout sha256 \`${g.binding.data_sha256?.slice(0, 12) ?? "unknown"}\`, rules sha256 \`${g.binding.config_sha256.slice(0, 12)}\`.</sub>`,
        "",
    ];
    return out.join("\n");
}
function gateText(g) {
    const lines = [
        `${g.passed ? "PASS" : "FAIL"} gate: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
    ];
    for (const r of g.rules) {
        lines.push(`  ${r.passed ? "✓" : "✗"} ${r.rule}: ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.actual)}${r.baseline !== null ? ` (baseline ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.baseline)}, ${deltaText(r)})` : ""}, bound ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .g)(r.metric, r.bound)}${r.interval ? `; Δ interval ${intervalText(r)}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 68641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ failedRunMarkdown),
/* harmony export */   l: () => (/* binding */ runMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const MAX_ROWS = 40;
function table(title, entries) {
    if (entries.length === 0)
        return [];
    const shown = entries.slice(0, MAX_ROWS);
    return [
        `| ${title} | Value |`,
        "|---|---|",
        ...shown.map(([k, v]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(k)} | ${v} |`),
        ...(entries.length > shown.length ? [`| … ${entries.length - shown.length} more | |`] : []),
        "",
    ];
}
/** The run's facts, params, reported metrics and artifacts (with sha256). */
function runMarkdown(r) {
    const git = r.git.commit
        ? `commit \`${r.git.commit.slice(0, 12)}\`${r.git.branch ? ` on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.git.branch)}` : ""}`
        : "no git commit";
    const out = [
        `### Training run: ${r.exit_code === 0 ? "✅ exit 0" : r.timed_out ? "❌ timed out" : `❌ exit ${r.exit_code}`}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.command, 200)} ran ${r.duration_s.toFixed(1)} s from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.started_at)}, ${git}.`,
        "",
        ...table("Param", Object.entries(r.params).map(([k, v]) => [k, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(String(v))])),
        ...table("Reported metric", Object.entries(r.metrics).map(([k, v]) => [k, String(v)])),
        ...table("Artifact", [...r.artifacts, ...r.data].map((a) => [a.path, `${a.bytes} bytes, sha256 \`${a.sha256.slice(0, 12)}\``])),
        "<sub>Reported metrics are what the training script wrote; the gate judges the metrics modelgate measured on the ONNX file.</sub>",
        "",
    ];
    return out.join("\n");
}
/** The job summary of a failed run: what ran, how it ended, and its last lines (its outputs were not read). */
function failedRunMarkdown(run, why, tail) {
    return [
        "## ❌ modelgate train: the training command failed",
        "",
        // A fence, not an inline span: an action's `command: |` is often several lines, which a span cannot hold.
        `The command ${why} (it ran ${run.duration_s.toFixed(1)} s):`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(run.command, "sh"),
        "",
        `Last ${tail.length} lines of its output:`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(tail.join("\n"), "text"),
        "",
    ].join("\n");
}


/***/ }),

/***/ 2009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ validationMarkdown),
/* harmony export */   Tq: () => (/* binding */ checkTitle),
/* harmony export */   nP: () => (/* binding */ validationText),
/* harmony export */   sK: () => (/* binding */ validationJunit)
/* harmony export */ });
/* unused harmony export checkFinding */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const KIND_TITLE = {
    missing_column: "missing column",
    extra_column: "extra column",
    row_count: "row count",
    type: "type",
    nulls: "nulls",
    range: "out of range",
    allowed: "unexpected value",
    pattern: "pattern",
    unique: "duplicate",
    compound_unique: "duplicate key",
};
function checkTitle(c) {
    return `${c.column ?? "table"} › ${KIND_TITLE[c.kind]}`;
}
function pct(share) {
    if (share === 0)
        return "0%";
    if (share < 0.0001)
        return "<0.01%";
    return `${(share * 100).toFixed(2)}%`;
}
function where(e) {
    return e.line !== null ? `row ${e.row} (line ${e.line})` : `row ${e.row}`;
}
/** What a failed check found, in one line of plain text. */
function checkFinding(c) {
    if (c.kind === "row_count")
        return `${c.count} rows; expected ${c.expectation}`;
    if (c.kind === "missing_column" || c.kind === "extra_column")
        return `expected ${c.expectation}`;
    const mostly = c.mostly !== undefined ? ` (mostly ${c.mostly})` : "";
    return `${c.count} of ${c.denominator} (${pct(c.share)}) break "${c.expectation}"${mostly}`;
}
/** Terminal output: a verdict line, then one line per failed check with its first examples. */
function validationText(r) {
    const lines = [
        `${r.valid ? "PASS" : "FAIL"} ${r.file}: ${r.rows} rows, ${r.columns} columns, ${r.summary.checks} checks, ${r.summary.failed} failed`,
    ];
    for (const c of r.checks.filter((x) => !x.passed)) {
        lines.push(`  ✗ ${checkTitle(c)}: ${checkFinding(c)}`);
        for (const e of c.examples)
            lines.push(`      ${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` — ${e.note}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}
/** Markdown for a job summary or PR comment: verdict, then a table of every check, failures first. */
function validationMarkdown(r) {
    const icon = r.valid ? "✅" : "❌";
    const out = [
        `### ${icon} Data validation: ${r.valid ? "passed" : "failed"}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.file)} against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.schema)}: **${r.rows}** rows, **${r.columns}** columns, **${r.summary.checks}** checks, **${r.summary.failed}** failed.`,
        "",
    ];
    const failed = r.checks.filter((c) => !c.passed);
    if (failed.length) {
        out.push("| | Column | Check | Expectation | Violations | Examples |", "|---|---|---|---|---:|---|");
        for (const c of failed) {
            const examples = c.examples
                .map((e) => `${where(e)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.value, 40)}${e.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.note)})` : ""}`)
                .join("<br>");
            const count = c.kind === "row_count" ? `${c.count} rows` : `${c.count} (${pct(c.share)})`;
            out.push(`| ❌ | ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} | ${count} | ${examples} |`);
        }
        out.push("");
    }
    const passed = r.checks.filter((c) => c.passed);
    if (passed.length) {
        out.push(`<details><summary>${passed.length} checks passed</summary>`, "", "| Column | Check | Expectation |", "|---|---|---|");
        for (const c of passed)
            out.push(`| ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} |`);
        out.push("", "</details>", "");
    }
    return out.join("\n");
}
/** JUnit XML: one test case per rule per column, so GitLab's merge request widget lists them. */
function validationJunit(r) {
    const cases = r.checks.map((c) => {
        const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkTitle(c));
        const head = `    <testcase classname="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(`modelgate.validate.${r.file}`)}" name="${name}">`;
        if (c.passed)
            return `${head}</testcase>`;
        const detail = c.examples
            .map((e) => `${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` (${e.note})` : ""}`)
            .join("\n");
        return `${head}\n      <failure message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkFinding(c))}" type="${c.kind}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(detail)}</failure>\n    </testcase>`;
    });
    const failures = r.checks.filter((c) => !c.passed).length;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="modelgate validate" tests="${r.checks.length}" failures="${failures}">`,
        `  <testsuite name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.file)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        `  </testsuite>`,
        `</testsuites>`,
        "",
    ].join("\n");
}


/***/ }),

/***/ 80544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadOutput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _train_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13399);
// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.




const envelope = (kind, fields) => zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(kind), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1), ...fields });
const num = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig();
const str = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP();
/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
    validation: envelope("modelgate.validation", {
        valid: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        file: str,
        schema: str,
        rows: num,
        columns: num,
        checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), kind: str })),
        summary: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ checks: num, failed: num, violations: num }),
    }),
    evaluation: envelope("modelgate.evaluation", {
        model: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ path: str, sha256: str, bytes: num, signature: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({}) }),
        data: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ path: str, sha256: str, rows: num, features: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(str), target: str }),
        task: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["classification", "regression"]),
        metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num),
        slices: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num))),
        fairness: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num)),
    }),
    gate: envelope("modelgate.gate", {
        passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ rule: str, metric: str, passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), actual: num })),
        candidate: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ label: str }),
        binding: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ config_sha256: str }),
    }),
    drift: envelope("modelgate.drift", {
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ column: str, status: str })),
        drifted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        dataset_drifted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        drifted_columns: num,
        tested_columns: num,
    }),
};
async function readJson(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(text, e));
    }
}
function problem(file, error, kind) {
    const issue = error.issues[0];
    const path = issue.path.join(".");
    const what = path === "kind" ? `not a modelgate ${kind} output (kind must be "modelgate.${kind}")` : issue.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, path && path !== "kind" ? { path } : undefined, what);
}
/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
async function loadOutput(kind, file) {
    const value = await readJson(file);
    const schema = kind === "run" ? _train_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runSchema */ .L : SCHEMAS[kind];
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw problem(file, parsed.error, kind);
    return value;
}


/***/ }),

/***/ 13399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runSchema),
/* harmony export */   V: () => (/* binding */ flattenKeys)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
const runSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("modelgate.run"),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    timed_out: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    duration_s: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()])),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    git: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }).strict(),
    ci_run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
})
    .strict();
/** Nested keys as dotted paths (DVC's convention): {train: {lr: 0.1}} → {"train.lr": 0.1}. Arrays keep their index. */
function flattenKeys(value, prefix = "", out = {}) {
    if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value))
            flattenKeys(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix)
        out[prefix] = value;
    return out;
}


/***/ })

};
