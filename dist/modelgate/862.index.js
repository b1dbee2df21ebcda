export const id = 862;
export const ids = [862];
export const modules = {

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ postOutputs),
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   a: () => (/* binding */ urlFlag),
/* harmony export */   gg: () => (/* binding */ postFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43716);
/* harmony import */ var _core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69991);
/* harmony import */ var _core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99546);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7344);
/* harmony import */ var _core_render_reportRender_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40152);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73776);
// Posting a body as the pull/merge request comment, shared by `comment` and `report --post`. Without a thread, with
// a read-only or refused token (a fork's pull request) or with the platform down, nothing fails unless
// --fail-on-post-error asks: the body goes to the job summary and a file, with one warning naming the cause.








const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A link flag: absent, or an http(s) address (anything else is one line, never a link or a code span). */
function urlFlag(flag, value) {
    if (typeof value !== "string")
        return undefined;
    if ((0,_core_render_reportRender_js__WEBPACK_IMPORTED_MODULE_5__/* .httpUrl */ .q3)(value) === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--${flag} must be an http:// or https:// address, not ${JSON.stringify(value)}`);
    return value;
}
/** The key, mode, pull request number and safety flags, checked. */
function postFlags(inputs) {
    const mode = inputs.mode ?? "update";
    if (!_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_MODES */ .p8.includes(mode))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--mode must be one of ${_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_MODES */ .p8.join(", ")}, not ${JSON.stringify(mode)}`);
    const key = inputs.key ?? "modelgate";
    (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .markerOf */ .we)(key); // checks the key
    const pr = (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .numberOption */ .jZ)("pr", inputs.pr, { min: 1, max: 2 ** 31, integer: true });
    const sha = inputs.expectHeadSha;
    if (sha !== undefined && !SHA.test(sha))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--expect-head-sha must be a full commit sha (40 or 64 lowercase hex digits), not ${JSON.stringify(sha)}`);
    return {
        key,
        mode: mode,
        ...(pr ? { pr } : {}),
        ...(inputs.failOnPostError === "true" ? { failOnPostError: true } : {}),
        ...(sha ? { expectHeadSha: sha } : {}),
    };
}
/** Not posted: say why, once, and keep the body where a person can read it (summary, log, file artifact). */
async function keepElsewhere(io, r, why) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(io.cwd, `modelgate-comment-${r.key}.md`);
    if (r.mode !== "delete") {
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOutput */ .z)(file, r.body);
        if (!r.summaryWritten)
            await io.platform.writeSummary(r.body);
    }
    io.platform.warning(`comment not posted: ${why}.${r.mode !== "delete" ? ` The report is in the job summary and ${(0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(file, io.cwd)}.` : ""}`);
    return { posted: false, action: "none", id: null, url: null };
}
/**
 * Why the body may not go to this thread: the pull/merge request moved on from the commit the report is for, or
 * the number came from elsewhere (a fork's run hands it over in the workflow_run pattern) and names another one.
 */
async function headMismatch(thread, expected) {
    if (!thread.headSha)
        return `--expect-head-sha cannot be checked on ${thread.label}`;
    const head = await thread.headSha();
    if (head === expected)
        return null;
    return `${thread.label}'s head is ${head.slice(0, 12)}, not ${expected.slice(0, 12)} as --expect-head-sha says (a newer push, or a number that is not this run's pull request): refused`;
}
/** Create, update or delete the key's comment; the body is cut to the platform's limit at a section boundary. */
async function postComment(io, r) {
    try {
        return await post(io, r);
    }
    catch (e) {
        // Unusable input or config (a crafted comments.json, a bad flag) is exit 2 whatever the flag says.
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
        // The adapter's message says what the token lacks or which call failed, and how long it was tried.
        return refused(io, r, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e));
    }
}
/** Not posted because the platform refused or failed: kept and warned about, or (opted in) the step fails. */
async function refused(io, r, why) {
    const kept = await keepElsewhere(io, r, why);
    if (r.failOnPostError)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `comment not posted (--fail-on-post-error): ${why}`);
    return kept;
}
async function post(io, r) {
    const thread = await io.platform.commentThread(r.pr ? { number: r.pr } : {});
    if ("unavailable" in thread)
        return keepElsewhere(io, r, thread.unavailable);
    if (r.expectHeadSha) {
        const mismatch = await headMismatch(thread, r.expectHeadSha);
        if (mismatch)
            return refused(io, r, mismatch);
    }
    // The marker goes first on its own line: the room left for the body is the limit less that line.
    const room = thread.maxBodyChars - (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .markerOf */ .we)(r.key).length - 1;
    const fitted = (0,_core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_7__/* .fitBody */ .KM)(r.body, { limit: room, ...(r.fullReport ? { fullReport: r.fullReport } : {}) });
    if (fitted.cut)
        io.platform.warning(`the comment is cut to ${thread.maxBodyChars} characters (${fitted.omitted} sections left out)`);
    if (r.dryRun) {
        const plan = (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .planComment */ .tx)({
            comments: await thread.list(),
            me: await thread.identity(),
            key: r.key,
            body: fitted.body,
            mode: r.mode,
        });
        const steps = plan.actions.map((a) => (a.kind === "create" ? "create" : `${a.kind} ${a.id}`));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .humanStream */ .wW)(io)(`dry run on ${thread.label}: ${steps.length ? steps.join(", ") : "nothing to change"}\n`);
        return { posted: false, action: "none", id: plan.unchanged, url: null };
    }
    const outcome = await (0,_core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertComment */ .lB)(thread, { key: r.key, body: fitted.body, mode: r.mode });
    const extra = outcome.deleted > 0 && r.mode !== "delete" ? ` (${outcome.deleted} old removed)` : "";
    io.platform.info(`comment ${outcome.action} on ${thread.label}${outcome.url ? `: ${outcome.url}` : ""}${extra}`);
    return { posted: outcome.action !== "none", action: outcome.action, id: outcome.id, url: outcome.url };
}
/** The outputs both commands set for a posted comment. */
function postOutputs(p) {
    return { posted: p.posted, "comment-id": p.id ?? "", "comment-url": p.url ?? "", "comment-action": p.action };
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
    // Parentheses in the address would end Markdown's (…) early and leave the rest as text: percent-encoded.
    const href = full?.url?.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    const where = full ? (href ? `[${full.label}](${href})` : full.label) : "the job's log";
    return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}
/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line. Linear in the body: each section and line is measured
 * once and the sizes summed, which `measure` allows as long as it adds up over concatenation (characters and UTF-8
 * bytes do: text is only ever joined at a newline, never inside a surrogate pair).
 */
function fitBody(body, o) {
    const measure = o.measure ?? ((t) => t.length);
    if (measure(body) <= o.limit)
        return { body, cut: false, omitted: 0 };
    const parts = sections(body);
    const tail = (omitted) => notice(omitted, parts.length, o.fullReport);
    const newline = measure("\n");
    let size = 0;
    let used = 0;
    for (const part of parts) {
        const next = used === 0 ? measure(part) : size + newline + measure(part);
        if (next + measure(tail(parts.length - used - 1)) > o.limit)
            break;
        size = next;
        used++;
    }
    let kept = parts.slice(0, used).join("\n");
    if (used === 0) {
        // Even the first section is too long: keep its lines that fit.
        const room = o.limit - measure(tail(parts.length));
        const lines = parts[0].split("\n");
        let lineCount = 0;
        let lineSize = 0;
        for (const line of lines) {
            const next = lineCount === 0 ? measure(line) : lineSize + newline + measure(line);
            if (next > room)
                break;
            lineSize = next;
            lineCount++;
        }
        kept = lines.slice(0, lineCount).join("\n");
    }
    return { body: `${kept}${tail(parts.length - used)}`, cut: true, omitted: parts.length - used };
}


/***/ }),

/***/ 71734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ isRegressionFairness),
/* harmony export */   BA: () => (/* binding */ regressionFairness),
/* harmony export */   I5: () => (/* binding */ classificationFairness),
/* harmony export */   zH: () => (/* binding */ fairnessFigures)
/* harmony export */ });
/* unused harmony export fairness */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Group fairness as fairlearn defines it (fairlearn.metrics).
// - A binary classifier: demographic parity difference/ratio over selection rates P(ŷ = positive | group),
//   equalized odds difference (the larger of the between-group TPR and FPR differences) and equal opportunity
//   difference (the TPR difference).
// - A classifier over more classes: the same binary definitions one-vs-rest, on the labelling "the positive label
//   against every other class" (true and predicted alike); without a positive label there is no such labelling.
// - A regressor: per-group metrics as a MetricFrame gives them (count, mean prediction, MAE, RMSE) and the
//   between-group difference (max − min) of each but the count.

/** Whether a fairness entry is a regressor's (per-group errors) rather than a classifier's (rates). */
function isRegressionFairness(f) {
    return "rmse_difference" in f;
}
/** The between-group figures of a fairness entry, by name (everything but the per-group table). */
function fairnessFigures(f) {
    return Object.entries(f).filter((x) => x[0] !== "groups" && typeof x[1] === "number");
}
const spread = (xs) => Math.max(...xs) - Math.min(...xs);
/** Row indices per group value, groups in sorted order (as a MetricFrame's by_group index). */
function rowsByGroup(group) {
    const byGroup = new Map();
    group.forEach((g, i) => {
        const rows = byGroup.get(g);
        if (rows)
            rows.push(i);
        else
            byGroup.set(g, [i]);
    });
    return [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
/** Fairness of predictions across the values of a sensitive column (rates of a group with no positives or negatives are 0). */
function fairness(yTrue, yPred, group, positive) {
    const groups = {};
    for (const [g, rows] of rowsByGroup(group)) {
        let tp = 0;
        let fp = 0;
        let pos = 0;
        let selected = 0;
        let agree = 0;
        for (const i of rows) {
            const t = yTrue[i] === positive;
            const p = yPred[i] === positive;
            if (t)
                pos++;
            if (p)
                selected++;
            if (t && p)
                tp++;
            if (!t && p)
                fp++;
            if (t === p)
                agree++;
        }
        const neg = rows.length - pos;
        groups[g] = {
            count: rows.length,
            selection_rate: selected / rows.length,
            tpr: pos ? tp / pos : 0,
            fpr: neg ? fp / neg : 0,
            accuracy: agree / rows.length,
        };
    }
    const rates = Object.values(groups);
    const sel = rates.map((r) => r.selection_rate);
    const tprDiff = spread(rates.map((r) => r.tpr));
    const fprDiff = spread(rates.map((r) => r.fpr));
    return {
        groups,
        demographic_parity_difference: spread(sel),
        demographic_parity_ratio: Math.max(...sel) === 0 ? 1 : Math.min(...sel) / Math.max(...sel),
        equalized_odds_difference: Math.max(tprDiff, fprDiff),
        equal_opportunity_difference: tprDiff,
    };
}
/**
 * A classifier's fairness across each sensitive column (column → its value per row): binary as it is, more
 * classes one-vs-rest for the positive label. Without a positive label over more classes, or with one that is none
 * of the classes, one line says what to pass.
 */
function classificationFairness(yTrue, yPred, columns, classes, positive) {
    if (columns.size === 0)
        return {};
    const list = classes.join(", ");
    if (positive === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `fairness over ${classes.length} classes is measured one class against the rest: pass --positive-label with that class (one of ${list})`);
    if (!classes.includes(positive))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `--positive-label ${JSON.stringify(positive)} is none of the model's classes (${list}): fairness needs one of them`);
    return Object.fromEntries([...columns].map(([col, group]) => [col, fairness(yTrue, yPred, group, positive)]));
}
/** A regressor's fairness across each sensitive column: per-group count, mean prediction, MAE and RMSE, and their spreads. */
function regressionFairness(yTrue, yPred, columns) {
    const out = {};
    for (const [col, group] of columns) {
        const groups = {};
        for (const [g, rows] of rowsByGroup(group)) {
            let sum = 0;
            let ae = 0;
            let se = 0;
            for (const i of rows) {
                const d = yTrue[i] - yPred[i];
                sum += yPred[i];
                ae += Math.abs(d);
                se += d * d;
            }
            const n = rows.length;
            groups[g] = { count: n, mean_prediction: sum / n, mae: ae / n, rmse: Math.sqrt(se / n) };
        }
        const all = Object.values(groups);
        out[col] = {
            groups,
            mean_prediction_difference: spread(all.map((x) => x.mean_prediction)),
            mae_difference: spread(all.map((x) => x.mae)),
            rmse_difference: spread(all.map((x) => x.rmse)),
        };
    }
    return out;
}


/***/ }),

/***/ 50215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ statistic),
/* harmony export */   JH: () => (/* binding */ testSummary),
/* harmony export */   L2: () => (/* binding */ verdictWords),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Rm: () => (/* binding */ severityRatio),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   nQ: () => (/* binding */ schemaChanges)
/* harmony export */ });
/* unused harmony exports sparkline, statusWords, otherReasons, TEXT_COLUMNS */
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
/** A column's status in words (the verdict's label when no test ran). */
function statusWords(c) {
    if (c.status === "identifier")
        return "identifier, not tested";
    return c.status.replace(/_/g, " ");
}
/**
 * Why a column drifted beyond what its test row shows: its null or invalid share, a type change. The test's own
 * reason is left out (the row shows the statistic); a drift.json from before reasons existed has none.
 */
function otherReasons(c) {
    return (c.reasons ?? []).filter((r) => c.status !== "ok" || !r.startsWith(`${c.test} `));
}
/** A column's verdict in words, and the reasons beyond it (a schema change's reason is its label). */
function verdictWords(c) {
    const more = otherReasons(c);
    const schema = c.status === "missing_in_current" || c.status === "type_changed";
    if (schema && more.length)
        return { label: more[0], more: more.slice(1) };
    return { label: c.status === "ok" ? (c.drifted ? "drift" : "no drift") : statusWords(c), more };
}
function verdict(c) {
    const { label, more } = verdictWords(c);
    const icon = c.drifted ? "🔴" : c.status === "ok" ? "🟢" : "⚪";
    return `${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(label)}${more.length ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(more.join("; "))}` : ""}`;
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
/** Columns missing from the current data or of another type there, at most this many named in the summary line. */
const SCHEMA_NAMED = 10;
/** The columns whose schema changed (missing, another type): the run fails on them whatever the share. */
function schemaChanges(d) {
    return [...d.columns, d.target, d.prediction].filter((c) => c !== null && (c.status === "missing_in_current" || c.status === "type_changed"));
}
/** The schema line, and the target and prediction columns' verdicts, one line each, when there is something to say. */
function apartLines(d) {
    const line = (what, c) => c
        ? `**${what} drift** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)}): ${verdict(c)}${c.status === "ok" ? ` — ${testSummary(c)}` : ""}`
        : null;
    const changed = schemaChanges(d);
    const schema = changed.length
        ? `**🔴 Schema drift**: ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.reasons?.[0] ?? statusWords(c))}`)
            .join("; ")}${changed.length > SCHEMA_NAMED ? `; and ${changed.length - SCHEMA_NAMED} more` : ""}`
        : null;
    return [schema, line("Target", d.target), line("Prediction", d.prediction)].filter((l) => l !== null);
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
/** Column lines the text verdict shows, worst first: a log of 100,000 lines helps no one; drift.json has them all. */
const TEXT_COLUMNS = 100;
/** The verdict for a terminal or CI log: the dataset line, schema, target and prediction lines, the worst columns. */
function driftText(d, o = {}) {
    const lines = [
        `${d.dataset_drifted ? "DRIFT" : "OK"} ${d.drifted_columns} of ${d.tested_columns} columns drifted (share ${d.share_drifted.toFixed(3)}, threshold ${d.dataset_threshold})`,
    ];
    const changed = schemaChanges(d);
    if (changed.length)
        lines.push(`SCHEMA DRIFT ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${c.column} (${c.reasons?.[0] ?? statusWords(c)})`)
            .join(", ")}${changed.length > SCHEMA_NAMED ? ` and ${changed.length - SCHEMA_NAMED} more` : ""}`);
    const why = (c) => {
        const { more } = verdictWords(c);
        return more.length ? ` — ${more.join("; ")}` : "";
    };
    const words = (c) => (c.status === "ok" ? "" : verdictWords(c).label);
    for (const [what, c] of [
        ["target", d.target],
        ["prediction", d.prediction],
    ])
        if (c)
            lines.push(`${what.toUpperCase()} ${c.drifted ? "DRIFT" : "OK"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}` : words(c)}${why(c)}`);
    for (const c of d.columns.slice(0, TEXT_COLUMNS))
        lines.push(`  ${c.drifted ? "✗" : c.status === "ok" ? "✓" : "-"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}${c.p_value !== null ? ` p=${num(c.p_value)}` : ""} (threshold ${c.threshold})` : words(c)}${c.reasons ? why(c) : c.null_rate_drifted ? `, null share ${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}` : ""}`);
    if (d.columns.length > TEXT_COLUMNS)
        lines.push(`  … ${d.columns.length - TEXT_COLUMNS} more columns (every column is in ${o.fullReport ?? "drift.json"})`);
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   ps: () => (/* binding */ digestSpan),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* harmony import */ var _consoleText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48706);

// GitHub links more than cmark-gfm does: after rendering, it turns `@user`, `@org/team` (which notifies the team)
// and `#123` in the HTML's text into links, whatever entity wrote the character, and skips only <code>, <pre> and
// <a>. A zero-width joiner after `@`, and between `#` and a digit, leaves the text as it reads and links nothing.
const ZWJ = "\u200D";
/**
 * Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions or #refs, no
 * links (cmark-gfm autolinks `scheme://` and `www.` anywhere, table cells included), no control characters, and
 * never a leading `:` (a line starting `::` is a workflow command when a CI log shows the Markdown).
 */
function escapeMarkdown(text) {
    return (0,_consoleText_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .xx)(text)
        .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/:(?=\/\/)/g, "\\:")
        .replace(/(www)\./gi, "$1\\.")
        .replace(/^(\s*):/, "$1\\:")
        .replace(/\n/g, " ");
}
/**
 * A digest or commit id as inline code, cut to `length`: hex as it is, anything else (a hand-made run.json) through
 * codeSpan, as a backtick in it would close the span and let the rest render as Markdown.
 */
function digestSpan(text, length = 64) {
    const short = text.slice(0, length);
    return /^[0-9a-f]*$/i.test(short) ? `\`${short}\`` : codeSpan(short, length);
}
/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
function fencedBlock(text, lang) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text made inert in HTML (and XML) content and attributes; control characters, which XML 1.0 forbids, shown as symbols. */
function escapeHtml(text) {
    return (0,_consoleText_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .xx)(text)
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
 * inside `<code>` (cmark-gfm autolinks `http://`, `www.` and e-mail addresses there), so link, image and emphasis
 * characters become entities too, and a zero-width joiner follows `@`; GitHub's own @mention and #ref links skip <code>.
 */
function codeSpan(text, max = 60) {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    const inert = escapeHtml(short)
        .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c])
        .replace(/&#64;/g, `&#64;${ZWJ}`)
        .replace(/:(?=\/\/)/g, "&#58;")
        .replace(/(www)\./gi, "$1&#46;")
        .replace(/\n/g, "⏎");
    return `<code>${inert}</code>`;
}


/***/ }),

/***/ 40676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ metricCells),
/* harmony export */   Qk: () => (/* binding */ fairnessBasis),
/* harmony export */   Z: () => (/* binding */ sliceKeys),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   iL: () => (/* binding */ evaluationMarkdown),
/* harmony export */   pk: () => (/* binding */ fairnessGroupTable)
/* harmony export */ });
/* harmony import */ var _evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71734);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56745);


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
/** The per-slice columns for a model: errors for a regressor, f1 and ROC AUC for a binary classifier, macro scores over more classes. */
function sliceKeys(e) {
    if (e.task === "regression")
        return ["count", "rmse", "mae", "r2"];
    return (e.classes?.length ?? 0) > 2
        ? ["count", "accuracy", "f1_macro", "roc_auc_ovr_macro"]
        : ["count", "accuracy", "f1", "roc_auc"];
}
/** One table row of metrics: a count as a whole number, a metric an output lacks as "–". */
function metricCells(keys, m) {
    const at = m;
    return keys
        .map((k) => {
        const v = at[k];
        return v === undefined ? "–" : k === "count" ? String(v) : formatMetric(k, v);
    })
        .join(" | ");
}
/** What a fairness entry measures, in words: which labelling (a classifier's) or which errors (a regressor's). */
function fairnessBasis(f, e) {
    if ((0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionFairness */ .$B)(f))
        return "per group: count, mean prediction, MAE and RMSE; each difference is the largest group's value minus the smallest's";
    const positive = e.positive_label === null ? "the positive class" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.positive_label);
    const n = e.classes?.length ?? 0;
    return n > 2 ? `one-vs-rest, ${positive} against the other ${n - 1} classes` : `for the positive class ${positive}`;
}
/** A fairness entry's per-group table. */
function fairnessGroupTable(f) {
    const keys = (0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionFairness */ .$B)(f)
        ? ["count", "mean_prediction", "mae", "rmse"]
        : ["count", "selection_rate", "tpr", "fpr", "accuracy"];
    return [
        `| Group | ${keys.join(" | ")} |`,
        `|---|${keys.map(() => "---:").join("|")}|`,
        ...Object.entries(f.groups).map(([g, m]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(g)} | ${metricCells(keys, m)} |`),
    ];
}
/** The evaluation as a Markdown section (reused by the PR report). */
function evaluationMarkdown(e) {
    const sig = e.model.signature;
    const out = [
        `### Model evaluation: ${e.task}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.model.path)} (sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .digestSpan */ .ps)(e.model.sha256, 12)}, ${formatMetric("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(o.domain)} ${o.version}`).join(", ")}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(sig.producer || "unknown producer")}) on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
        "",
        "| Metric | Value |",
        "|---|---:|",
        ...QUALITY.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k])} |`),
        "",
    ];
    if (e.confusion_matrix) {
        const { labels, matrix } = e.confusion_matrix;
        out.push("<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>", "", `| | ${labels.map((l) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(l)).join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
        matrix.forEach((row, i) => out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(labels[i])} | ${row.join(" | ")} |`));
        out.push("", "</details>", "");
    }
    const keys = sliceKeys(e);
    for (const [col, groups] of Object.entries(e.slices)) {
        out.push(`<details><summary>Slices by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(col)}</summary>`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(value)} | ${metricCells(keys, m)} |`);
        out.push("", "</details>", "");
    }
    for (const [col, f] of Object.entries(e.fairness)) {
        const figures = (0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .fairnessFigures */ .zH)(f).map(([k, v]) => `${k.replace(/_/g, " ")} ${formatMetric(k, v)}`);
        out.push(`**Fairness across ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(col)}** (${fairnessBasis(f, e)}): ${figures.join(", ")}.`, "", ...fairnessGroupTable(f), "");
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
    return `${arrow} ${r.delta >= 0 ? "+" : ""}${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.delta)}`;
}
/** "[−0.084, −0.014] (95 %)": the bootstrap interval of the difference a confidence rule was judged on. */
function intervalText(r) {
    if (!r.interval)
        return "";
    const f = (x) => `${x >= 0 ? "+" : ""}${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, x)}`;
    return `[${f(r.interval.low)}, ${f(r.interval.high)}] (${Math.round(r.interval.confidence * 1000) / 10} %)`;
}
const bound = (sha) => (sha === null ? "`unknown`" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(sha, 12));
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
        ...g.rules.map((r) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule, 200)} | ${r.baseline === null ? "–" : (0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.baseline)} | ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.actual)} | ${deltaText(r)} |${anyInterval ? ` ${intervalText(r) || "–"} |` : ""} ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.bound)} | ${r.passed ? "✅ pass" : "❌ fail"} |`),
        "",
        ...(anyInterval
            ? [
                `<sub>Δ interval: paired bootstrap over the holdout rows (${g.rules.find((r) => r.interval).interval.resamples} resamples, seed ${g.rules.find((r) => r.interval).interval.seed}); a rule "with N% confidence" fails only when the whole interval is beyond its allowed difference.</sub>`,
                "",
            ]
            : []),
        `<sub>Bound to model sha256 ${bound(g.binding.model_sha256)}, holdout sha256 ${bound(g.binding.data_sha256)}, rules sha256 ${bound(g.binding.config_sha256)}.</sub>`,
        "",
    ];
    return out.join("\n");
}
function gateText(g) {
    const lines = [
        `${g.passed ? "PASS" : "FAIL"} gate: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
    ];
    for (const r of g.rules) {
        lines.push(`  ${r.passed ? "✓" : "✗"} ${r.rule}: ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.actual)}${r.baseline !== null ? ` (baseline ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.baseline)}, ${deltaText(r)})` : ""}, bound ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(r.metric, r.bound)}${r.interval ? `; Δ interval ${intervalText(r)}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 40152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ reportVerdict),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   uL: () => (/* binding */ reportMarkdown)
/* harmony export */ });
/* unused harmony exports STEP_OF, safeLink */
/* harmony import */ var _driftRender_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50215);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56745);
/* harmony import */ var _evaluationRender_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40676);
/* harmony import */ var _gateRender_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89825);
/* harmony import */ var _runRender_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68641);
/* harmony import */ var _validationRender_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2009);






/** The step that writes each output: the one that failed or did not run when the output is missing. */
const STEP_OF = {
    validation: "validate",
    run: "train",
    evaluation: "evaluate",
    gate: "gate",
    drift: "drift",
    card: "card",
};
const NOTHING_CHECKED = "nothing was checked";
/**
 * Failed: a gate that failed, data that is invalid, drift found, training that failed, an output named but missing.
 * Not passed either when no check ran (no gate, validation, drift or training run): an evaluation alone judges
 * nothing, and "all checks pass" over no check would read as a pass.
 */
function reportVerdict(o, missing = []) {
    const failures = [
        ...missing.map((m) => `${STEP_OF[m.input]} output missing`),
        ...(o.gate && !o.gate.passed ? ["gate failed"] : []),
        ...(o.validation && !o.validation.valid ? ["data invalid"] : []),
        ...(o.drift?.drifted ? ["drift found"] : []),
        ...(o.run && o.run.exit_code !== 0 ? ["training failed"] : []),
    ];
    const checked = Boolean(o.gate || o.validation || o.drift || o.run);
    if (!checked && failures.length === 0)
        return { passed: false, failures: [NOTHING_CHECKED] };
    return { passed: failures.length === 0, failures };
}
/** An http(s) address as the URL parser reads it (spaces and quotes percent-encoded), or null for anything else. */
function httpUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    }
    catch {
        return null;
    }
}
/** A link only to an http(s) address, its characters made safe inside Markdown's (…). */
function safeLink(label, url) {
    if (!url)
        return null;
    const href = httpUrl(url);
    if (!href)
        return `${label}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(url, 120)}`;
    return `[${label}](${href.replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
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
        rows.push(`| Drift | ${d.drifted ? "🔴" : "🟢"} ${d.drifted_columns} of ${d.tested_columns} columns drifted${d.schema_drifted ? ", schema changed" : ""}${d.target?.drifted ? ", target drifted" : ""}${d.prediction?.drifted ? ", predictions drifted" : ""} |`);
    }
    if (o.evaluation) {
        const e = o.evaluation;
        const m = e.metrics;
        const facts = [
            (0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)("model_bytes", e.model.bytes),
            `opset ${e.model.signature.opsets.map((x) => x.version).join("/")}`,
            ...(m.latency_p95_ms !== undefined ? [`p95 ${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)("latency_p95_ms", m.latency_p95_ms)} ms/row`] : []),
            ...(m.rows_per_second !== undefined ? [`${(0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)("rows_per_second", m.rows_per_second)} rows/s`] : []),
        ];
        rows.push(`| Model | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.model.path)} sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .digestSpan */ .ps)(e.model.sha256, 12)} · ${facts.join(" · ")} |`);
    }
    if (o.run)
        rows.push(`| Training | ${o.run.exit_code === 0 ? "✅" : "❌"} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(o.run.command, 80)} |`);
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
    const missing = r.missing ?? [];
    const v = reportVerdict(o, missing);
    const unchecked = v.failures[0] === NOTHING_CHECKED;
    const out = [
        `## ${v.passed ? "✅" : unchecked ? "⚪" : "❌"} modelgate: ${v.passed ? "all checks pass" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(v.failures.join(", "))}`,
        "",
    ];
    if (missing.length > 0)
        out.push("### ⚠️ Missing step outputs", "", "These were named as inputs of the report but do not exist: the step that writes each failed or did not run, so its verdict is unknown.", "", "| Input | File | Written by |", "|---|---|---|", ...missing.map((m) => `| ${m.input} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(m.file)} | ${STEP_OF[m.input]} |`), "");
    if (unchecked)
        out.push("_No gate, validation, drift or training run was given: no check ran, so nothing passed._", "");
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
    if (o.gate)
        out.push((0,_gateRender_js__WEBPACK_IMPORTED_MODULE_3__/* .gateMarkdown */ .b)(o.gate));
    if (o.validation) {
        const body = (0,_validationRender_js__WEBPACK_IMPORTED_MODULE_5__/* .validationMarkdown */ .N5)(o.validation);
        // A clean validation is one line of news: its check list stays folded (it already folds the passed checks).
        out.push(body);
    }
    if (o.drift)
        out.push((0,_driftRender_js__WEBPACK_IMPORTED_MODULE_0__/* .driftMarkdown */ .fZ)(o.drift, { maxChars: 30_000, ...(r.links.htmlReport ? { fullReport: "the HTML report" } : {}) }));
    if (o.evaluation)
        out.push(...collapsed("Model evaluation: every metric, slices, fairness", (0,_evaluationRender_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluationMarkdown */ .iL)(o.evaluation)));
    if (o.run)
        out.push(...collapsed("Training run: command, params, metrics, artifacts", (0,_runRender_js__WEBPACK_IMPORTED_MODULE_4__/* .runMarkdown */ .l)(o.run)));
    if (r.card)
        out.push(...collapsed("Model card", r.card));
    out.push(`<sub>modelgate${r.sha ? ` · commit \`${r.sha.replace(/[^0-9a-f]/gi, "").slice(0, 12)}\`` : ""}</sub>`, "");
    return out.join("\n");
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
        ? `commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(r.git.commit, 12)}${r.git.branch ? ` on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.git.branch)}` : ""}`
        : "no git commit";
    const out = [
        `### Training run: ${r.exit_code === 0 ? "✅ exit 0" : r.timed_out ? "❌ timed out" : `❌ exit ${r.exit_code}`}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.command, 200)} ran ${r.duration_s.toFixed(1)} s from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.started_at)}, ${git}.`,
        "",
        ...table("Param", Object.entries(r.params).map(([k, v]) => [k, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(String(v))])),
        ...table("Reported metric", Object.entries(r.metrics).map(([k, v]) => [k, String(v)])),
        ...table("Artifact", [...r.artifacts, ...r.data].map((a) => [a.path, `${a.bytes} bytes, sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(a.sha256, 12)}`])),
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


/***/ })

};
