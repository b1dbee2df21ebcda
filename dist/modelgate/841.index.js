export const id = 841;
export const ids = [841];
export const modules = {

/***/ 2841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGateCommand: () => (/* binding */ runGateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/gate/gate.ts
var gate = __webpack_require__(3852);
// EXTERNAL MODULE: ./src/core/gate/rules.ts
var gate_rules = __webpack_require__(756);
// EXTERNAL MODULE: ./src/core/gate/sources.ts
var sources = __webpack_require__(93);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
// EXTERNAL MODULE: ./src/core/render/evaluationRender.ts
var evaluationRender = __webpack_require__(676);
;// CONCATENATED MODULE: ./src/core/render/gateRender.ts


function deltaText(r) {
    if (r.delta === null)
        return "–";
    const arrow = r.improved === null ? "→" : r.improved ? "▲" : "▼";
    return `${arrow} ${r.delta >= 0 ? "+" : ""}${(0,evaluationRender/* formatMetric */.g)(r.metric, r.delta)}`;
}
/** The metric comparison table: rule, baseline, candidate, delta with direction, verdict. */
function gateMarkdown(g) {
    const out = [
        `### ${g.passed ? "✅ Gate passed" : "❌ Gate failed"}: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
        "",
        `Candidate ${(0,render_escape/* codeSpan */.SS)(g.candidate.label)}${g.baseline ? ` against baseline ${(0,render_escape/* codeSpan */.SS)(g.baseline.label)}` : ""}.`,
        "",
        "| Rule | Baseline | Candidate | Δ | Bound | Verdict |",
        "|---|---:|---:|---:|---:|---|",
        ...g.rules.map((r) => `| ${(0,render_escape/* codeSpan */.SS)(r.rule, 200)} | ${r.baseline === null ? "–" : (0,evaluationRender/* formatMetric */.g)(r.metric, r.baseline)} | ${(0,evaluationRender/* formatMetric */.g)(r.metric, r.actual)} | ${deltaText(r)} | ${(0,evaluationRender/* formatMetric */.g)(r.metric, r.bound)} | ${r.passed ? "✅ pass" : "❌ fail"} |`),
        "",
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
        lines.push(`  ${r.passed ? "✓" : "✗"} ${r.rule}: ${(0,evaluationRender/* formatMetric */.g)(r.metric, r.actual)}${r.baseline !== null ? ` (baseline ${(0,evaluationRender/* formatMetric */.g)(r.metric, r.baseline)}, ${deltaText(r)})` : ""}, bound ${(0,evaluationRender/* formatMetric */.g)(r.metric, r.bound)}`);
    }
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/commands/gate.ts






/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
async function runGateCommand(inputs, io) {
    const rules = (inputs.rule ?? []).map((r, i) => (0,gate_rules/* parseRule */.i)(r, `rule ${i + 1}`));
    const evaluation = inputs.evaluation;
    const candidate = await (0,sources/* loadMetricSource */.s)(evaluation, (0,commands_io/* shown */.SP)(evaluation, io.cwd));
    const baseline = typeof inputs.baseline === "string"
        ? await (0,sources/* loadMetricSource */.s)(inputs.baseline, (0,commands_io/* shown */.SP)(inputs.baseline, io.cwd))
        : null;
    const result = (0,gate/* runGate */.R)(rules, candidate, baseline);
    const out = inputs.out ?? `${io.cwd}/gate.json`;
    await (0,promises_.writeFile)(out, `${JSON.stringify(result, null, 2)}\n`);
    if (io.json)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)(gateText(result));
    await io.platform.writeSummary(gateMarkdown(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
}


/***/ }),

/***/ 3852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ metricsOfEvaluation),
/* harmony export */   R: () => (/* binding */ runGate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(756);



/** Every metric of an evaluation under its gate name: `accuracy`, `slices.<col>.<value>.<m>`, `fairness.<col>.<m>`. */
function metricsOfEvaluation(e, label) {
    const values = new Map(Object.entries(e.metrics));
    for (const [col, groups] of Object.entries(e.slices))
        for (const [v, m] of Object.entries(groups))
            for (const [k, x] of Object.entries(m))
                values.set(`slices.${col}.${v}.${k}`, x);
    for (const [col, f] of Object.entries(e.fairness)) {
        for (const k of [
            "demographic_parity_difference",
            "demographic_parity_ratio",
            "equalized_odds_difference",
            "equal_opportunity_difference",
        ]) {
            values.set(`fairness.${col}.${k}`, f[k]);
            // A bare fairness name means the worst column.
            const prev = values.get(k);
            const worse = k === "demographic_parity_ratio" ? Math.min(prev ?? Infinity, f[k]) : Math.max(prev ?? -Infinity, f[k]);
            values.set(k, worse);
        }
    }
    return { label, values, modelSha256: e.model.sha256, dataSha256: e.data.sha256 };
}
function compare(a, op, b) {
    return op === ">=" ? a >= b : op === "<=" ? a <= b : op === ">" ? a > b : a < b;
}
/** Apply the rules: a failed rule is a result, not an error; an unknown metric or missing baseline is an InputError. */
function runGate(rules, candidate, baseline) {
    if (rules.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "no gate rules: give --rule or gate.rules in modelgate.yml");
    if (baseline && candidate.dataSha256 && baseline.dataSha256 && candidate.dataSha256 !== baseline.dataSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `the baseline (${baseline.label}) was evaluated on other data than the candidate: compare models on the same holdout`);
    }
    const results = rules.map((r) => {
        const actual = candidate.values.get(r.metric);
        if (actual === undefined) {
            const known = [...candidate.values.keys()].filter((k) => !k.includes(".")).join(", ");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} names the unknown metric ${JSON.stringify(r.metric)} (known: ${known})`);
        }
        let base = null;
        if (baseline)
            base = baseline.values.get(r.metric) ?? null;
        let bound;
        if (r.value !== null)
            bound = r.value;
        else {
            if (!baseline)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} compares with a baseline: give --baseline`);
            if (base === null)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `the baseline (${baseline.label}) has no metric ${JSON.stringify(r.metric)}`);
            const margin = r.relative ? Math.abs(base) * r.margin : r.margin;
            bound = r.op.startsWith(">") ? base - margin : base + margin;
        }
        const delta = base === null ? null : actual - base;
        return {
            rule: r.text,
            metric: r.metric,
            actual,
            bound,
            baseline: base,
            delta,
            improved: delta === null || delta === 0 ? null : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .lowerIsBetter */ .c)(r.metric) ? delta < 0 : delta > 0,
            passed: compare(actual, r.op, bound),
        };
    });
    const config = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(JSON.stringify(rules.map((r) => r.text)))
        .digest("hex");
    return {
        kind: "modelgate.gate",
        version: 1,
        passed: results.every((r) => r.passed),
        rules: results,
        candidate: { label: candidate.label, model_sha256: candidate.modelSha256, data_sha256: candidate.dataSha256 },
        baseline: baseline
            ? { label: baseline.label, model_sha256: baseline.modelSha256, data_sha256: baseline.dataSha256 }
            : null,
        binding: { model_sha256: candidate.modelSha256, data_sha256: candidate.dataSha256, config_sha256: config },
    };
}


/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lowerIsBetter),
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Gate rules: `metric op bound`, where the bound is a number or the baseline's value, optionally with an allowed
// regression: `accuracy >= 0.95`, `latency_p95_ms <= 20`, `f1 >= baseline - 0.01`, `rmse <= baseline + 5%`.

const RULE = /^\s*([A-Za-z_][^<>=]*?)\s*(>=|<=|>|<)\s*(?:(baseline)(?:\s*([+-])\s*([0-9.eE+-]+)\s*(%?))?|([+-]?[0-9.eE+-]+))\s*$/;
/** Parse one rule; a malformed one is an InputError naming where it came from. */
function parseRule(text, where) {
    const m = RULE.exec(text);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: cannot read the gate rule ${JSON.stringify(text)} (write e.g. "accuracy >= 0.95" or "f1 >= baseline - 0.01")`);
    const [, metric, op, baseline, sign, amount, pct, value] = m;
    if (baseline) {
        const margin = amount === undefined ? 0 : Number(amount) * (pct ? 0.01 : 1);
        if (!Number.isFinite(margin) || margin < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the margin in ${JSON.stringify(text)} is not a non-negative number`);
        // "baseline - x" loosens a lower bound, "baseline + x" an upper one; the other way round would tighten it.
        const loosens = (op.startsWith(">") && sign !== "+") || (op.startsWith("<") && sign !== "-");
        if (amount !== undefined && !loosens)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: in ${JSON.stringify(text)} the margin should loosen the bound (use "- x" with >=, "+ x" with <=)`);
        return { text: text.trim(), metric: metric, op: op, value: null, margin, relative: Boolean(pct) };
    }
    const v = Number(value);
    if (!Number.isFinite(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the bound in ${JSON.stringify(text)} is not a number`);
    return { text: text.trim(), metric: metric, op: op, value: v, margin: 0, relative: false };
}
/** Metrics where lower is better; everything else is higher-better (used for deltas and arrows). */
const LOWER_IS_BETTER = /(^|\.)(log_loss|rmse|mae|mape|latency_.*|batch_latency_.*|model_bytes|peak_rss_mib|.*_difference)$/;
function lowerIsBetter(metric) {
    return LOWER_IS_BETTER.test(metric);
}


/***/ }),

/***/ 93:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ loadMetricSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3852);





function flatten(value, path, out, file) {
    if (typeof value === "number") {
        if (!Number.isFinite(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is ${value}, not a finite number`);
        out.set(path, value);
    }
    else if (typeof value === "boolean") {
        out.set(path, value ? 1 : 0);
    }
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, path ? `${path}.${k}` : k, out, file);
    }
    else if (typeof value === "string") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is the text ${JSON.stringify(value)}, not a number`);
    }
    // Arrays (confusion matrices and the like) are not metrics a rule can name.
}
/**
 * Metrics to gate on or compare with: an evaluation.json (everything evaluate measured), or any metrics file
 * (JSON or YAML; nested keys become dotted names, as DVC writes them). NaN, infinities and text are errors.
 */
async function loadMetricSource(file, label) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadable */ .O$)(file, e)));
    let value;
    try {
        value = [".yml", ".yaml"].includes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase()) ? (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text) : JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, `not valid ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase().startsWith(".y") ? "YAML" : "JSON"} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)})`);
    }
    if (value !== null && typeof value === "object" && value.kind === "modelgate.evaluation") {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .metricsOfEvaluation */ .J)(value, label);
    }
    // A run.json (from `modelgate train`): its metrics are what the script reported.
    if (value !== null && typeof value === "object" && value.kind === "modelgate.run") {
        value = value.metrics;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "a metrics file must hold an object of named numbers");
    const values = new Map();
    flatten(value, "", values, file);
    if (values.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "no metrics in the file");
    return { label, values, modelSha256: null, dataSha256: null };
}


/***/ }),

/***/ 676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ formatMetric),
/* harmony export */   i: () => (/* binding */ evaluationMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);

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


/***/ })

};
