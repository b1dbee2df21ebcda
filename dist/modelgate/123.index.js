export const id = 123;
export const ids = [123];
export const modules = {

/***/ 83123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGateCommand: () => (/* binding */ runGateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6093);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88152);
/* harmony import */ var _core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10756);
/* harmony import */ var _core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60093);
/* harmony import */ var _core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89825);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73776);










/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(inputs, io) {
    const c = inputs.predictions;
    const b = inputs.baselinePredictions;
    if (typeof c !== "string" && typeof b !== "string")
        return undefined;
    if (typeof c !== "string" || typeof b !== "string")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
    return {
        candidate: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_4__/* .readRowPredictions */ .ru)(c),
        baseline: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_4__/* .readRowPredictions */ .ru)(b),
        files: [(0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(c, io.cwd), (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(b, io.cwd)],
        options: {
            resamples: (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .numberOption */ .jZ)("resamples", inputs.resamples, { min: 100, max: 100_000, integer: true }) ?? 1000,
            seed: (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .numberOption */ .jZ)("seed", inputs.seed, { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 0,
        },
    };
}
/** The baseline kept by the newest successful run on a branch, fetched through the platform; none is one line. */
async function baselineOfRun(inputs, io) {
    const asked = inputs.baselineRun;
    const branch = asked === "base" ? io.platform.context.baseBranch : asked;
    if (!branch)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, "--baseline-run base: this run belongs to no pull/merge request, so there is no target branch (name a branch)");
    const artifact = inputs.baselineArtifact ?? "evaluation.json";
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "modelgate-baseline-"));
    const got = await io.platform.runFile({
        branch,
        artifact,
        job: inputs.baselineJob ?? "evaluate",
        to: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(artifact)),
    });
    if ("unavailable" in got)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--baseline-run ${branch}: ${got.unavailable}`);
    io.platform.info(`baseline: ${artifact} of ${got.run}${got.sha ? ` (${got.sha.slice(0, 12)})` : ""}`);
    return (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(got.file, `${branch} (${got.run})`);
}
/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
async function runGateCommand(inputs, io) {
    const rules = (inputs.rule ?? []).map((r, i) => (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRule */ .iT)(r, `rule ${i + 1}`));
    const evaluation = inputs.evaluation;
    const candidate = await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(evaluation, (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(evaluation, io.cwd));
    const baseline = typeof inputs.baseline === "string"
        ? await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(inputs.baseline, (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(inputs.baseline, io.cwd))
        : typeof inputs.baselineRun === "string"
            ? await baselineOfRun(inputs, io)
            : null;
    const directions = (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDirections */ .af)(inputs.direction ?? []);
    const result = (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .runGate */ .R)(rules, candidate, baseline, await pairedFrom(inputs, io), directions);
    const out = inputs.out ?? `${io.cwd}/gate.json`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, `${JSON.stringify(result, null, 2)}\n`);
    if (io.json)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_8__/* .gateText */ .u)(result));
    await io.platform.writeSummary((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_8__/* .gateMarkdown */ .b)(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
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


/***/ })

};
