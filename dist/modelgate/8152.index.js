export const id = 8152;
export const ids = [8152];
export const modules = {

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ writeRowPredictions),
/* harmony export */   fJ: () => (/* binding */ asPredictions),
/* harmony export */   l9: () => (/* binding */ rowPredictions),
/* harmony export */   ru: () => (/* binding */ readRowPredictions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53851);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44772);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23649);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(14822);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80349);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6181);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _outputFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7344);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89629);
/* harmony import */ var _predict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85476);
// Per-row predictions, saved beside evaluation.json so a gate can compare two models row by row (paired bootstrap)
// without running either model again. Stored as an Arrow IPC file: columnar, compact, and readable by pandas/polars.







const metaSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz("modelgate.predictions"),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1),
    task: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["classification", "regression"]),
    model_sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    data_sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    classes: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullable(),
    positive: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
});
/** The rows of an evaluation, from the model's predictions and the view the metrics were computed on. */
function rowPredictions(p, view, modelSha256, dataSha256) {
    return {
        task: view ? "classification" : "regression",
        modelSha256,
        dataSha256,
        classes: view?.classes ?? null,
        positive: view?.positive ?? null,
        yTrue: view ? (0,_predict_js__WEBPACK_IMPORTED_MODULE_4__/* .targetTexts */ .Gs)(p) : Array.from(p.yTrueValue.subarray(0, p.rows), String),
        yTrueValue: p.yTrueValue.subarray(0, p.rows),
        yPred: view ? view.yPred : null,
        proba: view?.proba ?? null,
        values: view ? null : p.values.subarray(0, p.rows),
    };
}
/** The Predictions/ClassificationView pair the metric functions take. */
function asPredictions(r) {
    const rows = r.yTrue.length;
    const texts = [];
    const p = {
        rows,
        yTrueCodes: new _predict_js__WEBPACK_IMPORTED_MODULE_4__/* .TargetCodes */ .Ob(texts).fromTexts(r.yTrue),
        yTrueTexts: texts,
        yTrueValue: r.yTrueValue,
        labels: r.yPred,
        proba: r.proba,
        classes: r.classes?.length ?? 0,
        classNames: r.classes,
        values: r.values,
        firstRow: null,
        extra: new Map(),
        batchMs: [],
        batchRows: [],
        inferenceMs: 0,
    };
    const view = r.task === "classification" ? { classes: r.classes, positive: r.positive, yPred: r.yPred, proba: r.proba } : null;
    return { p, view };
}
async function writeRowPredictions(file, r) {
    const rows = r.yTrue.length;
    const columns = {};
    if (r.task === "classification") {
        columns.y_true = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_6__/* .vectorFromArray */ .bI)(r.yTrue, new apache_arrow__WEBPACK_IMPORTED_MODULE_7__/* .Utf8 */ .YE());
        columns.y_pred = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_6__/* .vectorFromArray */ .bI)(r.yPred, new apache_arrow__WEBPACK_IMPORTED_MODULE_7__/* .Utf8 */ .YE());
        const C = r.classes.length;
        if (r.proba)
            r.classes.forEach((_c, k) => {
                columns[`proba_${k}`] = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_8__/* .makeVector */ .g)(Float32Array.from({ length: rows }, (_x, i) => r.proba[i * C + k]));
            });
    }
    else {
        columns.y_true = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_8__/* .makeVector */ .g)(Float64Array.from(r.yTrueValue));
        columns.prediction = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_8__/* .makeVector */ .g)(Float64Array.from(r.values));
    }
    const table = new apache_arrow__WEBPACK_IMPORTED_MODULE_9__/* .Table */ .XI(columns);
    const meta = {
        kind: "modelgate.predictions",
        version: 1,
        task: r.task,
        model_sha256: r.modelSha256,
        data_sha256: r.dataSha256,
        classes: r.classes,
        positive: r.positive,
    };
    const schema = new apache_arrow__WEBPACK_IMPORTED_MODULE_10__/* .Schema */ .S(table.schema.fields, new Map([["modelgate", JSON.stringify(meta)]]));
    await (0,_outputFile_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutput */ .z)(file, (0,apache_arrow__WEBPACK_IMPORTED_MODULE_11__/* .tableToIPC */ .s)(new apache_arrow__WEBPACK_IMPORTED_MODULE_9__/* .Table */ .XI(schema, table.batches), "file"));
}
/**
 * The first value of a column that is not finite, as one line: a gate scores these rows again, and a NaN would
 * stall its ROC sweep or pass through its comparisons (evaluate never writes one; another tool might).
 */
function refuseNonFinite(file, column, values) {
    for (let i = 0; i < values.length; i++)
        if (!Number.isFinite(values[i]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { column }, `row ${i + 1} holds ${values[i]}, not a finite number`);
}
async function readRowPredictions(file) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .f)(file);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    let table;
    try {
        table = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_11__/* .tableFromIPC */ .D)(bytes);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `not a predictions file from modelgate evaluate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`);
    }
    const raw = table.schema.metadata.get("modelgate");
    let parsed;
    try {
        parsed = raw === undefined ? undefined : JSON.parse(raw);
    }
    catch {
        parsed = undefined;
    }
    const meta = metaSchema.safeParse(parsed);
    if (!meta.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, "not a predictions file from modelgate evaluate (no modelgate metadata)");
    const m = meta.data;
    // evaluate refuses such a label; a file from elsewhere would make every positive-class metric 0 on both sides.
    if (m.positive !== null && !(m.classes ?? []).includes(m.positive))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `the positive class ${JSON.stringify(m.positive)} is none of the classes (${(m.classes ?? []).join(", ")})`);
    const column = (name) => {
        const c = table.getChild(name);
        if (!c)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `the predictions file has no column ${JSON.stringify(name)}`);
        return c;
    };
    const rows = table.numRows;
    if (m.task === "classification") {
        const C = m.classes?.length ?? 0;
        const hasProba = table.getChild("proba_0") !== null;
        const proba = hasProba ? new Float32Array(rows * C) : null;
        if (proba)
            for (let k = 0; k < C; k++) {
                const col = column(`proba_${k}`).toArray();
                refuseNonFinite(file, `proba_${k}`, col);
                for (let i = 0; i < rows; i++)
                    proba[i * C + k] = col[i];
            }
        return {
            task: m.task,
            modelSha256: m.model_sha256,
            dataSha256: m.data_sha256,
            classes: m.classes,
            positive: m.positive,
            yTrue: column("y_true").toArray(),
            yTrueValue: new Float64Array(0),
            yPred: column("y_pred").toArray(),
            proba,
            values: null,
        };
    }
    const yTrueValue = Float64Array.from(column("y_true").toArray());
    const values = Float64Array.from(column("prediction").toArray());
    refuseNonFinite(file, "y_true", yTrueValue);
    refuseNonFinite(file, "prediction", values);
    return {
        task: m.task,
        modelSha256: m.model_sha256,
        dataSha256: m.data_sha256,
        classes: null,
        positive: null,
        yTrue: Array.from(yTrueValue, String),
        yTrueValue,
        yPred: null,
        proba: null,
        values,
    };
}


/***/ }),

/***/ 88152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tk: () => (/* binding */ gateConfigSha256),
  Js: () => (/* binding */ metricsOfEvaluation),
  Rg: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/metrics/catalogue.ts
var catalogue = __webpack_require__(46300);
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







/** The metric of one model on given rows (repeats allowed), computed the fastest way for its kind. */
function scorer(r, metric, file) {
    const { p, view } = (0,rowPredictions/* asPredictions */.fJ)(r);
    const missing = () => new errors/* InputError */.dz(file, undefined, `cannot compare ${JSON.stringify(metric)} with confidence: only whole-holdout quality metrics can be resampled`);
    if (!view) {
        if (!(metric in (0,score/* regressionScore */.ud)(p)))
            throw missing();
        return (idx) => (0,score/* regressionScore */.ud)(p, Array.from(idx))[metric];
    }
    if ((0,catalogue/* metricSpec */.yD)(metric)?.basis === "probabilities") {
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
    if (candidate.positive !== baseline.positive)
        throw new errors/* InputError */.dz(bf, undefined, `scored for the positive class ${JSON.stringify(baseline.positive)}, ${cf} for ${JSON.stringify(candidate.positive)}: evaluate both with the same --positive-label`);
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
        // A resample where the metric is undefined (ROC AUC with one class drawn) is dropped and the count reported.
        const d = deltas[metrics.indexOf(a.metric)].filter((x) => !Number.isNaN(x)).sort();
        const tail = (1 - a.confidence) / 2;
        const low = d.length ? (0,quantile/* quantileLinear */.Vq)(d, tail) : NaN;
        const high = d.length ? (0,quantile/* quantileLinear */.Vq)(d, 1 - tail) : NaN;
        // No verdict on an interval that is not one: NaN or infinite ends compare false, and a failed rule would hide
        // that the predictions themselves are unusable (a NaN or infinite prediction or target).
        if (!Number.isFinite(low) || !Number.isFinite(high))
            throw new errors/* InputError */.dz(files[0], { path: a.metric }, `the bootstrap interval of the difference from ${files[1]} is [${low}, ${high}] over ${d.length} of ${o.resamples} resamples, not finite: check the predictions for NaN or infinite values`);
        out.set(`${a.metric}@${a.confidence}`, { confidence: a.confidence, low, high, resamples: d.length, seed: o.seed });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/gate/gate.ts




/** The entries of a JSON object; anything else has none (a malformed file then names no such metric). */
const entries = (x) => x !== null && typeof x === "object" && !Array.isArray(x) ? Object.entries(x) : [];
const finiteNumber = (x) => typeof x === "number" && Number.isFinite(x);
/**
 * Every metric of an evaluation under its gate name: `accuracy`, `slices.<col>.<value>.<m>`, `fairness.<col>.<m>`,
 * and each fairness name bare for its worst column (a value that is not a finite number counts as the worst, so a
 * rule on it is refused rather than judged on the other columns).
 */
function metricsOfEvaluation(e, label) {
    const raw = new Map(entries(e.metrics));
    for (const [col, groups] of entries(e.slices))
        for (const [v, m] of entries(groups))
            for (const [k, x] of entries(m))
                raw.set(`slices.${col}.${v}.${k}`, x);
    for (const [col, f] of entries(e.fairness)) {
        for (const [k, x] of entries(f)) {
            if (k === "groups")
                continue;
            raw.set(`fairness.${col}.${k}`, x);
            // The bare name holds the worst column; a value that is no finite number is worse than any (and stays).
            const prev = raw.get(k);
            if (prev === undefined || (finiteNumber(prev) && !finiteNumber(x)))
                raw.set(k, x);
            else if (finiteNumber(prev) && finiteNumber(x))
                raw.set(k, (0,catalogue/* lowerIsBetter */.cv)(k) ? Math.max(prev, x) : Math.min(prev, x));
        }
    }
    const values = new Map();
    const unusable = new Map();
    for (const [k, x] of raw) {
        if (finiteNumber(x))
            values.set(k, x);
        else
            unusable.set(k, x);
    }
    // Read as a file may hold it: a hand-made evaluation.json can lack either part.
    const bound = e;
    return {
        label,
        values,
        unusable,
        modelSha256: bound.model?.sha256 ?? null,
        dataSha256: bound.data?.sha256 ?? null,
        ...(typeof bound.positive_label === "string" ? { positiveLabel: bound.positive_label } : {}),
    };
}
/** How a value that is not a finite number reads in a message. */
function described(x) {
    if (x === null)
        return "null";
    if (typeof x === "string")
        return `the text ${JSON.stringify(x)}`;
    if (Array.isArray(x))
        return "a list";
    if (typeof x === "object")
        return "an object";
    return String(x);
}
/** A source's value of a rule's metric: a finite number, undefined when it has none, or one line naming the file and the metric. */
function gate_valueOf(source, rule) {
    const x = source.values.get(rule.metric);
    if (x !== undefined || !source.unusable?.has(rule.metric))
        return x;
    throw new errors/* InputError */.dz(source.label, { path: rule.metric }, `the metric is ${described(source.unusable.get(rule.metric))}, not a finite number: the gate rule ${JSON.stringify(rule.text)} cannot be judged on it`);
}
function compare(a, op, b) {
    return op === ">=" ? a >= b : op === "<=" ? a <= b : op === ">" ? a > b : a < b;
}
/**
 * gate.json's binding.config_sha256: everything that decides the verdict besides the model and the holdout — the
 * rules, the directions, and the bootstrap's resamples and seed when a rule asks for confidence (the same rules with
 * another seed can judge otherwise). Exported so publish can check a gate.json against the rules at hand.
 */
function gateConfigSha256(rules, directions, bootstrap) {
    return (0,fileHash/* sha256Hex */.f)(JSON.stringify({
        rules: rules.map((r) => r.text),
        directions: Object.entries(directions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        bootstrap: bootstrap ? { resamples: bootstrap.resamples, seed: bootstrap.seed } : null,
    }));
}
/** Apply the rules: a failed rule is a result, not an error; an unknown metric or missing baseline is an InputError. */
function runGate(rules, candidate, baseline, paired, directions = {}) {
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
            // The interval would come from other rows than the point values, and gate.json would bind the evaluation's.
            if (source?.dataSha256 && source.dataSha256 !== rows.dataSha256)
                throw new errors/* InputError */.dz(paired.files[side === "candidate" ? 0 : 1], undefined, `these predictions are of another holdout than the ${side} evaluation (${source.label})`);
        }
    }
    const intervals = asks.length && paired
        ? pairedBootstrap(paired.candidate, paired.baseline, asks, paired.files, paired.options)
        : null;
    if (baseline && candidate.dataSha256 && baseline.dataSha256 && candidate.dataSha256 !== baseline.dataSha256) {
        throw new errors/* InputError */.dz(undefined, undefined, `the baseline (${baseline.label}) was evaluated on other data than the candidate: compare models on the same holdout`);
    }
    // Precision, recall, F1, the AUCs and the fairness rates are of the positive class: two evaluations of other
    // positive classes (a positive_label changed in modelgate.yml) would be compared class against another class.
    const positives = [candidate.positiveLabel, baseline?.positiveLabel];
    if (typeof positives[0] === "string" && typeof positives[1] === "string" && positives[0] !== positives[1])
        throw new errors/* InputError */.dz(undefined, undefined, `the baseline (${baseline.label}) was scored for the positive class ${JSON.stringify(positives[1])}, the candidate (${candidate.label}) for ${JSON.stringify(positives[0])}: evaluate both with the same --positive-label`);
    const results = rules.map((r) => {
        const actual = gate_valueOf(candidate, r);
        if (actual === undefined) {
            const known = [...candidate.values.keys()].filter((k) => !k.includes(".")).join(", ");
            throw new errors/* InputError */.dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} names the unknown metric ${JSON.stringify(r.metric)} (known: ${known})`);
        }
        const base = baseline ? (gate_valueOf(baseline, r) ?? null) : null;
        let bound;
        if (r.value !== null)
            bound = r.value;
        else {
            if (!baseline)
                throw new errors/* InputError */.dz(undefined, undefined, `the gate rule ${JSON.stringify(r.text)} compares with a baseline: give --baseline`);
            if (base === null)
                throw new errors/* InputError */.dz(undefined, undefined, `the baseline (${baseline.label}) has no metric ${JSON.stringify(r.metric)}`);
            bound = base + (r.relative ? Math.abs(base) * r.offset : r.offset);
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
            improved: delta === null || delta === 0 ? null : (0,catalogue/* lowerIsBetter */.cv)(r.metric, directions) ? delta < 0 : delta > 0,
            interval,
            passed,
        };
    });
    const config = gateConfigSha256(rules, directions, paired && asks.length ? paired.options : null);
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

/***/ 46300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   EE: () => (/* binding */ metricDirection),
/* harmony export */   FK: () => (/* binding */ listedMetrics),
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   oW: () => (/* binding */ headlineMetrics),
/* harmony export */   yD: () => (/* binding */ metricSpec)
/* harmony export */ });
/* unused harmony exports METRICS, directionByName, formatOf */
// The one list of the metrics modelgate computes: for each, the tasks it is computed for, what it is computed from,
// which way is better, how it is written and where it is listed. Evaluation, gate, bootstrap, model card and the
// renderers read it. Names it does not list (a flat metrics file's `train.loss`, `slices.<col>.<value>.<m>`,
// `fairness.<col>.<m>`) get a direction from their last dotted part and a format from their suffix.
const C = ["classification"];
const R = ["regression"];
const BOTH = ["classification", "regression"];
// Generic in the name, so that MetricName is the union of the names written here.
const quality = (name, tasks, basis, direction, label, more = {}) => ({
    name,
    tasks,
    basis,
    direction,
    label,
    format: "fixed4",
    table: "quality",
    modelIndex: true,
    ...more,
});
const operational = (name, label, more = {}) => ({
    name,
    tasks: BOTH,
    basis: "run",
    direction: "lower",
    label,
    format: "fixed3",
    table: "operational",
    ...more,
});
const fairness = (name, tasks, direction) => ({
    name,
    tasks,
    basis: "groups",
    direction,
    label: name.replace(/_/g, " "),
    format: "fixed4",
    table: null,
});
// The order is the order of the summary's tables and of the model-index.
const ENTRIES = [
    quality("accuracy", C, "labels", "higher", "accuracy", { headline: true }),
    quality("balanced_accuracy", C, "labels", "higher", "balanced accuracy"),
    quality("precision", C, "labels", "higher", "precision of the positive class"),
    quality("recall", C, "labels", "higher", "recall of the positive class"),
    quality("f1", C, "labels", "higher", "F1 of the positive class", { headline: true }),
    quality("precision_macro", C, "labels", "higher", "macro precision", { modelIndex: false }),
    quality("recall_macro", C, "labels", "higher", "macro recall", { modelIndex: false }),
    quality("f1_macro", C, "labels", "higher", "macro F1"),
    quality("precision_weighted", C, "labels", "higher", "weighted precision", { table: null, modelIndex: false }),
    quality("recall_weighted", C, "labels", "higher", "weighted recall", { table: null, modelIndex: false }),
    quality("f1_weighted", C, "labels", "higher", "weighted F1"),
    quality("roc_auc", C, "probabilities", "higher", "ROC AUC", { headline: true }),
    quality("roc_auc_ovr_macro", C, "probabilities", "higher", "one-vs-rest macro ROC AUC"),
    quality("pr_auc", C, "probabilities", "higher", "PR AUC (average precision)"),
    quality("log_loss", C, "probabilities", "lower", "log loss", { headline: true }),
    quality("rmse", R, "values", "lower", "RMSE", { headline: true }),
    quality("mae", R, "values", "lower", "MAE"),
    quality("r2", R, "values", "higher", "R²", { headline: true }),
    quality("mape", R, "values", "lower", "MAPE (a fraction)"),
    // Written with 4 decimals like any metric (a card's Overall table); slice and group tables write it whole.
    { name: "count", tasks: BOTH, basis: "rows", direction: "higher", label: "rows", format: "fixed4", table: null },
    operational("latency_p50_ms", "median single-row latency (ms)"),
    operational("latency_p95_ms", "p95 single-row latency (ms)", { headline: true }),
    operational("latency_p99_ms", "p99 single-row latency (ms)"),
    operational("batch_latency_p50_ms", "median batch latency (ms)", { table: null }),
    operational("batch_latency_p95_ms", "p95 batch latency (ms)"),
    operational("batch_latency_p99_ms", "p99 batch latency (ms)", { table: null }),
    operational("rows_per_second", "rows per second", { direction: "higher", format: "grouped" }),
    operational("model_bytes", "model size", { format: "kib" }),
    operational("peak_rss_mib", "peak resident memory (MiB)"),
    fairness("demographic_parity_difference", C, "lower"),
    fairness("demographic_parity_ratio", C, "higher"),
    fairness("equalized_odds_difference", C, "lower"),
    fairness("equal_opportunity_difference", C, "lower"),
    fairness("mean_prediction_difference", R, "lower"),
    fairness("mae_difference", R, "lower"),
    fairness("rmse_difference", R, "lower"),
];
/** Every metric modelgate computes, in display order. */
const METRICS = ENTRIES.map((e) => ({ headline: false, modelIndex: false, ...e }));
const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));
/** The catalogue entry of exactly this name, or undefined (a dotted or unknown name has none). */
function metricSpec(name) {
    return BY_NAME.get(name);
}
/**
 * The naming rule for metrics the catalogue does not list, on the last dotted part: lower is better for losses,
 * errors (mse, rmse, mae, mape, error_rate), latencies and durations, sizes and memory, fairness differences,
 * false-positive and false-negative rates, Brier score and perplexity; higher for everything else.
 */
const LOWER_BY_NAME = /^(loss|.*_loss|loss_.*|mse|rmse|mae|mape|msle|rmsle|.*error.*|latency_.*|.*_latency_.*|.*_ms|.*_seconds|.*_s|.*_bytes|.*_mib|.*_difference|fpr|fnr|false_(positive|negative)_rate|brier.*|perplexity)$/;
const lastPart = (name) => name.slice(name.lastIndexOf(".") + 1);
/** The direction the naming rule gives a metric name (by its last dotted part), catalogue or not. */
function directionByName(name) {
    return LOWER_BY_NAME.test(lastPart(name)) ? "lower" : "higher";
}
/**
 * Which way is better for `name`: as `overrides` set it for the name or its last dotted part, else the catalogue's
 * direction of the last dotted part (`slices.age.young.rmse` is an rmse), else the naming rule.
 */
function metricDirection(name, overrides = {}) {
    const last = lastPart(name);
    const set = (k) => (Object.hasOwn(overrides, k) ? overrides[k] : undefined);
    return set(name) ?? set(last) ?? BY_NAME.get(last)?.direction ?? directionByName(last);
}
/** Whether lower is better for `name` (see metricDirection). */
function lowerIsBetter(name, overrides = {}) {
    return metricDirection(name, overrides) === "lower";
}
/**
 * How a value of `name` is written. The whole name is looked up: a dotted name (`train.model_bytes` from a metrics
 * file) is some other tool's figure and stays a plain decimal; milliseconds and MiB by their suffix get 3 decimals.
 */
function formatOf(name) {
    return BY_NAME.get(name)?.format ?? (name.endsWith("_ms") || name.endsWith("_mib") ? "fixed3" : "fixed4");
}
/** A metric's value as reports write it (a value that is not finite as JavaScript writes it: NaN, Infinity). */
function formatMetric(name, v) {
    if (!Number.isFinite(v))
        return String(v);
    switch (formatOf(name)) {
        case "kib":
            return `${(v / 1024).toFixed(1)} KiB`;
        case "grouped":
            return Math.round(v).toLocaleString("en-US");
        case "fixed3":
            return v.toFixed(3);
        case "fixed4":
            return v.toFixed(4);
    }
}
/** A metric in words: the catalogue's label, or the name with its underscores as spaces. */
function metricLabel(name) {
    return BY_NAME.get(name)?.label ?? name.replace(/_/g, " ");
}
/** The names `metrics` has of the catalogue entries `pick` chooses, in catalogue order. */
function listedMetrics(metrics, pick) {
    return METRICS.filter((m) => pick(m) && metrics[m.name] !== undefined).map((m) => m.name);
}
/** The headline metrics of an evaluation, in the evaluation's own order (the one-line summary of `evaluate`). */
function headlineMetrics(metrics) {
    return Object.entries(metrics).filter(([k]) => BY_NAME.get(k)?.headline === true);
}


/***/ }),

/***/ 44322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ decileEdgesBy),
/* harmony export */   Vq: () => (/* binding */ quantileLinear)
/* harmony export */ });
/* unused harmony export DECILES */
/**
 * numpy.quantile(sorted, q, method="linear") to the bit: index (n − 1)·q, and numpy 1.24's interpolation, which
 * works down from the upper neighbour when the fraction is ≥ 0.5. Used for latency percentiles, bootstrap
 * intervals and drift bin edges alike. `sorted` must be ascending and non-empty.
 */
function quantileLinear(sorted, q) {
    const n = sorted.length;
    const index = (n - 1) * q;
    const lo = Math.min(Math.max(Math.floor(index), 0), n - 1);
    const hi = Math.min(lo + 1, n - 1);
    const t = index - Math.floor(index);
    const a = sorted[lo];
    const b = sorted[hi];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** The quantiles at which drift cuts numeric bins (from the rows, or from a sketch). */
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** Interior bin edges at the deciles `quantile` gives, de-duplicated and ascending. */
function decileEdgesBy(quantile) {
    return [...new Set(DECILES.map(quantile))].sort((x, y) => x - y);
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


/***/ })

};
