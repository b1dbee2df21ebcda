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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6093);
/* harmony import */ var _core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88152);
/* harmony import */ var _core_gate_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10756);
/* harmony import */ var _core_gate_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60093);
/* harmony import */ var _core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89825);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73776);








/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(inputs, io) {
    const c = inputs.predictions;
    const b = inputs.baselinePredictions;
    if (typeof c !== "string" && typeof b !== "string")
        return undefined;
    if (typeof c !== "string" || typeof b !== "string")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
    return {
        candidate: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRowPredictions */ .ru)(c),
        baseline: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRowPredictions */ .ru)(b),
        files: [(0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(c, io.cwd), (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(b, io.cwd)],
        options: {
            resamples: (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .numberOption */ .jZ)("resamples", inputs.resamples, { min: 100, max: 100_000, integer: true }) ?? 1000,
            seed: (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .numberOption */ .jZ)("seed", inputs.seed, { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 0,
        },
    };
}
/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
async function runGateCommand(inputs, io) {
    const rules = (inputs.rule ?? []).map((r, i) => (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRule */ .i)(r, `rule ${i + 1}`));
    const evaluation = inputs.evaluation;
    const candidate = await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .loadMetricSource */ .s)(evaluation, (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(evaluation, io.cwd));
    const baseline = typeof inputs.baseline === "string"
        ? await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .loadMetricSource */ .s)(inputs.baseline, (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(inputs.baseline, io.cwd))
        : null;
    const result = (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .R)(rules, candidate, baseline, await pairedFrom(inputs, io));
    const out = inputs.out ?? `${io.cwd}/gate.json`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, `${JSON.stringify(result, null, 2)}\n`);
    if (io.json)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_6__/* .gateText */ .u)(result));
    await io.platform.writeSummary((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_6__/* .gateMarkdown */ .b)(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
}


/***/ }),

/***/ 88152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ metricsOfEvaluation),
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/evaluate/classification.ts
var classification = __webpack_require__(78531);
// EXTERNAL MODULE: ./src/core/evaluate/rowPredictions.ts
var rowPredictions = __webpack_require__(6093);
// EXTERNAL MODULE: ./src/core/evaluate/score.ts + 1 modules
var score = __webpack_require__(94576);
// EXTERNAL MODULE: ./src/core/quantile.ts
var quantile = __webpack_require__(44322);
// EXTERNAL MODULE: ./src/core/random.ts
var core_random = __webpack_require__(38640);
;// CONCATENATED MODULE: ./src/core/gate/bootstrap.ts
// Paired bootstrap over the holdout rows: both models are scored on the same resampled rows, so the interval is of
// the *difference* and the noise both share (an easy or hard draw of rows) cancels out. Seeded: the same inputs give
// the same interval on every CI run.






const PROBABILITY_METRICS = new Set(["roc_auc", "pr_auc", "log_loss", "roc_auc_ovr_macro"]);
/** The metric of one model on given rows (repeats allowed), computed the fastest way for its kind. */
function scorer(r, metric, file) {
    const { p, view } = (0,rowPredictions/* asPredictions */.fJ)(r);
    const missing = () => new errors/* InputError */.dz(file, undefined, `cannot compare ${JSON.stringify(metric)} with confidence: only whole-holdout quality metrics can be resampled`);
    if (!view) {
        if (!(metric in (0,score/* regressionScore */.ud)(p)))
            throw missing();
        return (idx) => (0,score/* regressionScore */.ud)(p, Array.from(idx))[metric];
    }
    if (PROBABILITY_METRICS.has(metric)) {
        if ((0,score/* classificationMetrics */.qb)(p, view).metrics[metric] === undefined)
            throw missing();
        return probabilityScorer(r, metric);
    }
    // Label metrics need only the confusion matrix: count the resampled rows into it, no strings touched per draw.
    const labels = [...new Set([...view.classes, ...r.yTrue, ...view.yPred])];
    const code = new Map(labels.map((l, i) => [l, i]));
    const L = labels.length;
    const cell = Int32Array.from({ length: p.rows }, (_x, i) => code.get(r.yTrue[i]) * L + code.get(view.yPred[i]));
    const positive = view.positive ?? undefined;
    const counts = new Float64Array(L * L);
    const of = (c) => ({
        labels,
        matrix: labels.map((_l, i) => Array.from(c.subarray(i * L, (i + 1) * L))),
    });
    const whole = new Float64Array(L * L);
    for (let i = 0; i < p.rows; i++)
        whole[cell[i]]++;
    if ((0,classification/* metricsOfConfusion */.zf)(of(whole), positive)[metric] === undefined)
        throw missing();
    return (idx) => {
        counts.fill(0);
        for (let j = 0; j < idx.length; j++)
            counts[cell[idx[j]]]++;
        return (0,classification/* metricsOfConfusion */.zf)(of(counts), positive)[metric];
    };
}
/** Only the one probability metric asked for, on the resampled rows (the full metric set costs 5–10× more). */
function probabilityScorer(r, metric) {
    const n = r.yTrue.length;
    const classes = r.classes;
    const C = classes.length;
    const proba = r.proba;
    if (metric === "roc_auc" || metric === "pr_auc") {
        const k = classes.indexOf(r.positive);
        const isPos = r.yTrue.map((y) => y === r.positive);
        const pos = new Array(n);
        const scores = new Float64Array(n);
        const f = metric === "roc_auc" ? classification/* rocAuc */.om : classification/* averagePrecision */.cF;
        return (idx) => {
            for (let j = 0; j < n; j++) {
                pos[j] = isPos[idx[j]];
                scores[j] = proba[idx[j] * C + k];
            }
            return f(pos, scores);
        };
    }
    const yTrue = new Array(n);
    const data = new Float64Array(n * C);
    const f = metric === "log_loss" ? classification/* logLoss */._1 : classification/* rocAucOvrMacro */.Vs;
    return (idx) => {
        for (let j = 0; j < n; j++) {
            yTrue[j] = r.yTrue[idx[j]];
            for (let c = 0; c < C; c++)
                data[j * C + c] = proba[idx[j] * C + c];
        }
        return f(yTrue, { data, width: C }, classes);
    };
}
/** Both files must hold the same holdout rows in the same order, or the pairing means nothing. */
function checkPaired(candidate, baseline, files) {
    const [cf, bf] = files;
    if (candidate.task !== baseline.task)
        throw new errors/* InputError */.dz(bf, undefined, `a ${baseline.task} model cannot be compared with a ${candidate.task} model`);
    if (candidate.dataSha256 !== baseline.dataSha256)
        throw new errors/* InputError */.dz(bf, undefined, `predicted on other data than ${cf}: compare models on the same holdout`);
    const n = candidate.yTrue.length;
    if (baseline.yTrue.length !== n)
        throw new errors/* InputError */.dz(bf, undefined, `has ${baseline.yTrue.length} rows, ${cf} has ${n}`);
    for (let i = 0; i < n; i++)
        if (candidate.yTrue[i] !== baseline.yTrue[i])
            throw new errors/* InputError */.dz(bf, { record: i + 1 }, `the target differs from ${cf}: the rows are not the same holdout`);
}
/**
 * Percentile intervals of candidate − baseline for each metric, at each confidence asked for. Every metric sees
 * the same resamples (draw b uses the same rows for every metric and both models).
 */
function pairedBootstrap(candidate, baseline, asks, files, o) {
    checkPaired(candidate, baseline, files);
    const n = candidate.yTrue.length;
    if (n === 0)
        throw new errors/* InputError */.dz(files[0], undefined, "no rows to resample");
    const metrics = [...new Set(asks.map((a) => a.metric))];
    const scorers = metrics.map((m) => [scorer(candidate, m, files[0]), scorer(baseline, m, files[1])]);
    const deltas = metrics.map(() => new Float64Array(o.resamples));
    const random = (0,core_random/* mulberry32 */.sK)(o.seed);
    const idx = new Int32Array(n);
    for (let b = 0; b < o.resamples; b++) {
        for (let j = 0; j < n; j++)
            idx[j] = Math.floor(random() * n);
        scorers.forEach(([c, s], k) => {
            deltas[k][b] = c(idx) - s(idx);
        });
    }
    const out = new Map();
    for (const a of asks) {
        const d = deltas[metrics.indexOf(a.metric)].filter((x) => !Number.isNaN(x)).sort();
        const tail = (1 - a.confidence) / 2;
        out.set(`${a.metric}@${a.confidence}`, {
            confidence: a.confidence,
            low: d.length ? (0,quantile/* quantileLinear */.Vq)(d, tail) : NaN,
            high: d.length ? (0,quantile/* quantileLinear */.Vq)(d, 1 - tail) : NaN,
            resamples: d.length,
            seed: o.seed,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/gate/rules.ts
var gate_rules = __webpack_require__(10756);
;// CONCATENATED MODULE: ./src/core/gate/gate.ts




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
function runGate(rules, candidate, baseline, paired) {
    if (rules.length === 0)
        throw new errors/* InputError */.dz(undefined, undefined, "no gate rules: give --rule or gate.rules in modelgate.yml");
    const asks = rules.flatMap((r) => (r.confidence === null ? [] : [{ metric: r.metric, confidence: r.confidence }]));
    if (asks.length && !paired)
        throw new errors/* InputError */.dz(undefined, undefined, `the rule ${JSON.stringify(rules.find((r) => r.confidence !== null).text)} needs both models' per-row predictions: give --predictions and --baseline-predictions (from evaluate --predictions)`);
    if (paired) {
        for (const [side, source, rows] of [
            ["candidate", candidate, paired.candidate],
            ["baseline", baseline, paired.baseline],
        ]) {
            if (source?.modelSha256 && source.modelSha256 !== rows.modelSha256)
                throw new errors/* InputError */.dz(paired.files[side === "candidate" ? 0 : 1], undefined, `these predictions are of another model than the ${side} evaluation (${source.label})`);
        }
    }
    const intervals = asks.length && paired
        ? pairedBootstrap(paired.candidate, paired.baseline, asks, paired.files, paired.options)
        : null;
    if (baseline && candidate.dataSha256 && baseline.dataSha256 && candidate.dataSha256 !== baseline.dataSha256) {
        throw new errors/* InputError */.dz(undefined, undefined, `the baseline (${baseline.label}) was evaluated on other data than the candidate: compare models on the same holdout`);
    }
    const results = rules.map((r) => {
        const actual = candidate.values.get(r.metric);
        if (actual === undefined) {
            const known = [...candidate.values.keys()].filter((k) => !k.includes(".")).join(", ");
            throw new errors/* InputError */.dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} names the unknown metric ${JSON.stringify(r.metric)} (known: ${known})`);
        }
        let base = null;
        if (baseline)
            base = baseline.values.get(r.metric) ?? null;
        let bound;
        if (r.value !== null)
            bound = r.value;
        else {
            if (!baseline)
                throw new errors/* InputError */.dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} compares with a baseline: give --baseline`);
            if (base === null)
                throw new errors/* InputError */.dz(undefined, undefined, `the baseline (${baseline.label}) has no metric ${JSON.stringify(r.metric)}`);
            const margin = r.relative ? Math.abs(base) * r.margin : r.margin;
            bound = r.op.startsWith(">") ? base - margin : base + margin;
        }
        const delta = base === null ? null : actual - base;
        const interval = r.confidence === null ? null : intervals.get(`${r.metric}@${r.confidence}`);
        // With confidence, the rule fails only when the whole interval of the difference is beyond the allowed one.
        const passed = interval
            ? compare(r.op.startsWith(">") ? interval.high : interval.low, r.op, bound - base)
            : compare(actual, r.op, bound);
        return {
            rule: r.text,
            metric: r.metric,
            actual,
            bound,
            baseline: base,
            delta,
            improved: delta === null || delta === 0 ? null : (0,gate_rules/* lowerIsBetter */.c)(r.metric) ? delta < 0 : delta > 0,
            interval,
            passed,
        };
    });
    const config = (0,external_node_crypto_.createHash)("sha256")
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

/***/ 10756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lowerIsBetter),
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Gate rules: `metric op bound`, where the bound is a number or the baseline's value, optionally with an allowed
// regression: `accuracy >= 0.95`, `latency_p95_ms <= 20`, `f1 >= baseline - 0.01`, `rmse <= baseline + 5%`.
// A baseline rule may end in `with 95% confidence`: it then fails only when a paired bootstrap shows the candidate
// beyond the allowed regression with that confidence, so a pull request is not failed by the noise of the holdout.

const CONFIDENCE = /\s+with\s+([0-9.]+)\s*%\s+confidence\s*$/i;
const RULE = /^\s*([A-Za-z_][^<>=]*?)\s*(>=|<=|>|<)\s*(?:(baseline)(?:\s*([+-])\s*([0-9.eE+-]+)\s*(%?))?|([+-]?[0-9.eE+-]+))\s*$/;
/** Parse one rule; a malformed one is an InputError naming where it came from. */
function parseRule(text, where) {
    const c = CONFIDENCE.exec(text);
    const confidence = c ? Number(c[1]) / 100 : null;
    if (confidence !== null && !(confidence >= 0.5 && confidence < 1))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the confidence in ${JSON.stringify(text)} must be at least 50% and below 100%`);
    const m = RULE.exec(c ? text.slice(0, c.index) : text);
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
        return {
            text: text.trim(),
            metric: metric,
            op: op,
            value: null,
            margin,
            relative: Boolean(pct),
            confidence,
        };
    }
    const v = Number(value);
    if (!Number.isFinite(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the bound in ${JSON.stringify(text)} is not a number`);
    if (confidence !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: "with ${c[1]}% confidence" needs a baseline bound, as in "accuracy >= baseline - 0.01 with 95% confidence"`);
    return { text: text.trim(), metric: metric, op: op, value: v, margin: 0, relative: false, confidence: null };
}
/** Metrics where lower is better; everything else is higher-better (used for deltas and arrows). */
const LOWER_IS_BETTER = /(^|\.)(log_loss|rmse|mae|mape|latency_.*|batch_latency_.*|model_bytes|peak_rss_mib|.*_difference)$/;
function lowerIsBetter(metric) {
    return LOWER_IS_BETTER.test(metric);
}


/***/ }),

/***/ 60093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ loadMetricSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88152);





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

/***/ 38640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sK: () => (/* binding */ mulberry32),
/* harmony export */   si: () => (/* binding */ mulberryOutput),
/* harmony export */   wo: () => (/* binding */ MULBERRY_STEP)
/* harmony export */ });
// mulberry32: a small seeded generator that gives the same numbers in every JavaScript engine, so sketches and
// bootstrap intervals are reproducible run to run. `state` is the 32-bit counter; callers may persist it.
const MULBERRY_STEP = 0x6d2b79f5;
/** The output for a counter value already advanced by MULBERRY_STEP: a float in [0, 1). */
function mulberryOutput(state) {
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => mulberryOutput((state = (state + MULBERRY_STEP) >>> 0));
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
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


/***/ })

};
