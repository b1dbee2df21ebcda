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
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7344);
/* harmony import */ var _core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89825);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73776);











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
        files: [(0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .shown */ .SP)(c, io.cwd), (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .shown */ .SP)(b, io.cwd)],
        options: {
            resamples: (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .numberOption */ .jZ)("resamples", inputs.resamples, { min: 100, max: 100_000, integer: true }) ?? 1000,
            seed: (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .numberOption */ .jZ)("seed", inputs.seed, { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 0,
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
    const candidate = await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(evaluation, (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .shown */ .SP)(evaluation, io.cwd));
    const baseline = typeof inputs.baseline === "string"
        ? await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(inputs.baseline, (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .shown */ .SP)(inputs.baseline, io.cwd))
        : typeof inputs.baselineRun === "string"
            ? await baselineOfRun(inputs, io)
            : null;
    const directions = (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDirections */ .af)(inputs.direction ?? []);
    const result = (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .runGate */ .R)(rules, candidate, baseline, await pairedFrom(inputs, io), directions);
    const out = inputs.out ?? `${io.cwd}/gate.json`;
    await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeOutput */ .z)(out, `${JSON.stringify(result, null, 2)}\n`);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .printResult */ .RS)(io, (0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_9__/* .gateText */ .u)(result), result);
    await io.platform.writeSummary((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_9__/* .gateMarkdown */ .b)(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
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


/***/ })

};
