export const id = 93;
export const ids = [93];
export const modules = {

/***/ 8531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ sortLabels),
/* harmony export */   Hq: () => (/* binding */ confusion),
/* harmony export */   Mw: () => (/* binding */ labelMetrics),
/* harmony export */   Vs: () => (/* binding */ rocAucOvrMacro),
/* harmony export */   _1: () => (/* binding */ logLoss),
/* harmony export */   cF: () => (/* binding */ averagePrecision),
/* harmony export */   om: () => (/* binding */ rocAuc),
/* harmony export */   zf: () => (/* binding */ metricsOfConfusion)
/* harmony export */ });
/* unused harmony export LOG_LOSS_EPS */
// Classification metrics with scikit-learn's definitions (sklearn.metrics), so the numbers match on the same
// predictions. Labels are strings; `positive` names the positive class for the binary metrics.
/**
 * log_loss clipping as scikit-learn 1.2 does it for float64 predictions (eps="auto"): eps = float64 machine epsilon
 * (2.220446049250313e-16); probabilities are clipped to [eps, 1 − eps] and each row renormalised.
 */
const LOG_LOSS_EPS = 2.220446049250313e-16;
/** The confusion matrix over the sorted union of true and predicted labels. */
function confusion(yTrue, yPred, labels) {
    const all = labels ?? sortLabels([...new Set([...yTrue, ...yPred])]);
    const index = new Map(all.map((l, i) => [l, i]));
    const matrix = all.map(() => new Array(all.length).fill(0));
    for (let i = 0; i < yTrue.length; i++)
        matrix[index.get(yTrue[i])][index.get(yPred[i])]++;
    return { labels: all, matrix };
}
/** Numeric labels sort as numbers, others as text (sklearn sorts the label values). */
function sortLabels(labels) {
    const numeric = labels.every((l) => l.trim() !== "" && Number.isFinite(Number(l)));
    return [...labels].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function safeDiv(a, b) {
    return b === 0 ? 0 : a / b; // sklearn's zero_division="warn" yields 0
}
function perClass(c) {
    return c.labels.map((_l, k) => {
        const tp = c.matrix[k][k];
        let fp = 0;
        let fn = 0;
        for (let i = 0; i < c.labels.length; i++) {
            if (i === k)
                continue;
            fp += c.matrix[i][k];
            fn += c.matrix[k][i];
        }
        return { tp, fp, fn, support: tp + fn };
    });
}
const precisionOf = (p) => safeDiv(p.tp, p.tp + p.fp);
const recallOf = (p) => safeDiv(p.tp, p.tp + p.fn);
const f1Of = (p) => safeDiv(2 * p.tp, 2 * p.tp + p.fp + p.fn);
/** Metrics of predicted labels. Macro averages run over the union of labels; balanced accuracy over true labels. */
function labelMetrics(yTrue, yPred, positive) {
    return metricsOfConfusion(confusion(yTrue, yPred), positive);
}
/**
 * The label metrics of a confusion matrix. Labels neither true nor predicted in it are left out, as scikit-learn
 * only sees the labels present (so a matrix over a fixed label list gives the same numbers as the rows themselves).
 */
function metricsOfConfusion(full, positive) {
    const keep = full.labels
        .map((_l, k) => k)
        .filter((k) => full.matrix[k].some((x) => x > 0) || full.matrix.some((row) => row[k] > 0));
    const c = keep.length === full.labels.length
        ? full
        : { labels: keep.map((k) => full.labels[k]), matrix: keep.map((i) => keep.map((j) => full.matrix[i][j])) };
    const pcs = perClass(c);
    const n = c.matrix.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    const correct = pcs.reduce((a, p) => a + p.tp, 0);
    const present = pcs.filter((p) => p.support > 0);
    const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const weighted = (f) => safeDiv(pcs.reduce((a, p) => a + f(p) * p.support, 0), n);
    const out = {
        accuracy: safeDiv(correct, n),
        balanced_accuracy: mean(present.map(recallOf)),
        precision_macro: mean(pcs.map(precisionOf)),
        recall_macro: mean(pcs.map(recallOf)),
        f1_macro: mean(pcs.map(f1Of)),
        precision_weighted: weighted(precisionOf),
        recall_weighted: weighted(recallOf),
        f1_weighted: weighted(f1Of),
    };
    if (positive !== undefined) {
        const k = c.labels.indexOf(positive);
        const p = k >= 0 ? pcs[k] : { tp: 0, fp: 0, fn: 0, support: 0 };
        out.precision = precisionOf(p);
        out.recall = recallOf(p);
        out.f1 = f1Of(p);
    }
    return out;
}
/**
 * The ROC and precision-recall points at each distinct score, from the highest down: positive and negative scores
 * are sorted apart (native numeric sort, no comparator) and merged, so a million rows take a fraction of a second.
 */
function thresholdCounts(isPositive, scores) {
    let nPos = 0;
    for (let i = 0; i < scores.length; i++)
        if (isPositive[i])
            nPos++;
    const pos = new Float64Array(nPos);
    const neg = new Float64Array(scores.length - nPos);
    for (let i = 0, p = 0, q = 0; i < scores.length; i++) {
        if (isPositive[i])
            pos[p++] = scores[i];
        else
            neg[q++] = scores[i];
    }
    pos.sort();
    neg.sort();
    const tp = [];
    const fp = [];
    let i = pos.length - 1;
    let j = neg.length - 1;
    let ctp = 0;
    let cfp = 0;
    while (i >= 0 || j >= 0) {
        const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
        while (i >= 0 && pos[i] === s) {
            ctp++;
            i--;
        }
        while (j >= 0 && neg[j] === s) {
            cfp++;
            j--;
        }
        tp.push(ctp);
        fp.push(cfp);
    }
    return { tp, fp };
}
/**
 * Binary ROC AUC: the trapezoidal area under the ROC curve over distinct thresholds (sklearn's roc_auc_score), which
 * equals the probability that a positive outranks a negative with ties counted as one half.
 */
function rocAuc(isPositive, scores) {
    const { tp, fp } = thresholdCounts(isPositive, scores);
    const P = tp[tp.length - 1] ?? 0;
    const N = fp[fp.length - 1] ?? 0;
    if (P === 0 || N === 0)
        return NaN;
    let area = 0;
    for (let k = 0; k < tp.length; k++)
        area += ((fp[k] - (fp[k - 1] ?? 0)) * (tp[k] + (tp[k - 1] ?? 0))) / 2;
    return area / (P * N);
}
/** Average precision (sklearn's average_precision_score): Σ (Rₙ − Rₙ₋₁)·Pₙ over distinct thresholds, not interpolated. */
function averagePrecision(isPositive, scores) {
    const { tp, fp } = thresholdCounts(isPositive, scores);
    const P = tp[tp.length - 1] ?? 0;
    if (P === 0)
        return NaN;
    let ap = 0;
    for (let k = 0; k < tp.length; k++)
        ap += ((tp[k] - (tp[k - 1] ?? 0)) / P) * (tp[k] / (tp[k] + fp[k]));
    return ap;
}
function probaAt(p) {
    if (Array.isArray(p))
        return (r, k) => p[r][k];
    const { data, width } = p;
    return (r, k) => data[r * width + k];
}
/**
 * Log loss of class probabilities (columns in `labels` order) as scikit-learn 1.2 computes it: clip to
 * [eps, 1 − eps], renormalise each row, then the mean of −ln p(true class).
 */
function logLoss(yTrue, proba, labels) {
    const index = new Map(labels.map((l, i) => [l, i]));
    const at = probaAt(proba);
    const clip = (x) => Math.min(Math.max(x, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    let total = 0;
    for (let r = 0; r < yTrue.length; r++) {
        let sum = 0;
        for (let k = 0; k < labels.length; k++)
            sum += clip(at(r, k));
        const k = index.get(yTrue[r]);
        total += -Math.log(k === undefined ? LOG_LOSS_EPS : clip(at(r, k)) / sum);
    }
    return total / yTrue.length;
}
/** One-vs-rest macro ROC AUC over the classes (sklearn's multi_class="ovr", average="macro"). */
function rocAucOvrMacro(yTrue, proba, labels) {
    const at = probaAt(proba);
    const aucs = labels.map((l, k) => rocAuc(yTrue.map((y) => y === l), Float64Array.from(yTrue, (_y, r) => at(r, k))));
    return aucs.reduce((a, b) => a + b, 0) / aucs.length;
}


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ writeRowPredictions),
/* harmony export */   fJ: () => (/* binding */ asPredictions),
/* harmony export */   l9: () => (/* binding */ rowPredictions),
/* harmony export */   ru: () => (/* binding */ readRowPredictions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3851);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4772);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3649);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4822);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(349);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6181);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
// Per-row predictions, saved beside evaluation.json so a gate can compare two models row by row (paired bootstrap)
// without running either model again. Stored as an Arrow IPC file: columnar, compact, and readable by pandas/polars.




const metaSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("modelgate.predictions"),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["classification", "regression"]),
    model_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    data_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).nullable(),
    positive: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
});
/** The rows of an evaluation, from the model's predictions and the view the metrics were computed on. */
function rowPredictions(p, view, modelSha256, dataSha256) {
    return {
        task: view ? "classification" : "regression",
        modelSha256,
        dataSha256,
        classes: view?.classes ?? null,
        positive: view?.positive ?? null,
        yTrue: p.yTrue.slice(0, p.rows),
        yTrueValue: p.yTrueValue.subarray(0, p.rows),
        yPred: view ? view.yPred : null,
        proba: view?.proba ?? null,
        values: view ? null : p.values.subarray(0, p.rows),
    };
}
/** The Predictions/ClassificationView pair the metric functions take. */
function asPredictions(r) {
    const rows = r.yTrue.length;
    const p = {
        rows,
        yTrue: r.yTrue,
        yTrueValue: r.yTrueValue,
        labels: r.yPred,
        proba: r.proba,
        classes: r.classes?.length ?? 0,
        classNames: r.classes,
        values: r.values,
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
        columns.y_true = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_3__/* .vectorFromArray */ .bI)(r.yTrue, new apache_arrow__WEBPACK_IMPORTED_MODULE_4__/* .Utf8 */ .YE());
        columns.y_pred = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_3__/* .vectorFromArray */ .bI)(r.yPred, new apache_arrow__WEBPACK_IMPORTED_MODULE_4__/* .Utf8 */ .YE());
        const C = r.classes.length;
        if (r.proba)
            r.classes.forEach((_c, k) => {
                columns[`proba_${k}`] = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_5__/* .makeVector */ .g)(Float32Array.from({ length: rows }, (_x, i) => r.proba[i * C + k]));
            });
    }
    else {
        columns.y_true = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_5__/* .makeVector */ .g)(Float64Array.from(r.yTrueValue));
        columns.prediction = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_5__/* .makeVector */ .g)(Float64Array.from(r.values));
    }
    const table = new apache_arrow__WEBPACK_IMPORTED_MODULE_6__/* .Table */ .XI(columns);
    const meta = {
        kind: "modelgate.predictions",
        version: 1,
        task: r.task,
        model_sha256: r.modelSha256,
        data_sha256: r.dataSha256,
        classes: r.classes,
        positive: r.positive,
    };
    const schema = new apache_arrow__WEBPACK_IMPORTED_MODULE_7__/* .Schema */ .S(table.schema.fields, new Map([["modelgate", JSON.stringify(meta)]]));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,apache_arrow__WEBPACK_IMPORTED_MODULE_8__/* .tableToIPC */ .s)(new apache_arrow__WEBPACK_IMPORTED_MODULE_6__/* .Table */ .XI(schema, table.batches), "file"));
}
async function readRowPredictions(file) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    let table;
    try {
        table = (0,apache_arrow__WEBPACK_IMPORTED_MODULE_8__/* .tableFromIPC */ .D)(bytes);
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
        values: Float64Array.from(column("prediction").toArray()),
    };
}


/***/ }),

/***/ 4576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qb: () => (/* binding */ classificationMetrics),
  sl: () => (/* binding */ classificationView),
  ud: () => (/* binding */ regressionScore),
  mG: () => (/* binding */ sliceRows)
});

// EXTERNAL MODULE: ./src/core/evaluate/classification.ts
var classification = __webpack_require__(8531);
;// CONCATENATED MODULE: ./src/core/evaluate/regression.ts
// Regression metrics with scikit-learn's definitions.
/** float64 machine epsilon: sklearn's floor for |y| in MAPE. */
const EPS = 2.220446049250313e-16;
/** RMSE, MAE, R² (1 − SS_res/SS_tot; a constant target gives 1 when predicted exactly, else 0) and MAPE (a fraction, not %). */
function regressionMetrics(yTrue, yPred) {
    const n = yTrue.length;
    let se = 0;
    let ae = 0;
    let ape = 0;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += yTrue[i];
    mean /= n;
    let ssTot = 0;
    for (let i = 0; i < n; i++) {
        const d = yTrue[i] - yPred[i];
        se += d * d;
        ae += Math.abs(d);
        ape += Math.abs(d) / Math.max(Math.abs(yTrue[i]), EPS);
        ssTot += (yTrue[i] - mean) ** 2;
    }
    const r2 = ssTot === 0 ? (se === 0 ? 1 : 0) : 1 - se / ssTot;
    return { rmse: Math.sqrt(se / n), mae: ae / n, r2, mape: ape / n };
}

;// CONCATENATED MODULE: ./src/core/evaluate/score.ts
// From predictions to the metric set the gate rules name (snake_case, stable keys).


/** Predicted labels as text, made once per distinct value. */
function labelTexts(p) {
    if (!p.labels)
        return null;
    if (Array.isArray(p.labels))
        return p.labels;
    const cache = new Map();
    const out = new Array(p.rows);
    for (let r = 0; r < p.rows; r++) {
        const v = p.labels[r];
        let t = cache.get(v);
        if (t === undefined)
            cache.set(v, (t = String(v)));
        out[r] = t;
    }
    return out;
}
function classificationView(p, positiveLabel, threshold) {
    const predicted = labelTexts(p);
    const classes = p.proba
        ? (p.classNames ?? Array.from({ length: p.classes }, (_, k) => String(k)))
        : (0,classification/* sortLabels */.CL)([...new Set([...p.yTrue, ...(predicted ?? [])])]);
    const proba = p.proba ? p.proba.subarray(0, p.rows * p.classes) : null;
    const binary = classes.length === 2;
    const positive = positiveLabel ?? (binary ? (classes.includes("1") ? "1" : classes[1]) : null);
    let yPred = predicted ?? [];
    if (threshold !== undefined && binary && proba && positive !== null) {
        const k = classes.indexOf(positive);
        const negative = classes[1 - k];
        yPred = Array.from({ length: p.rows }, (_x, r) => (proba[r * 2 + k] >= threshold ? positive : negative));
    }
    else if (!predicted && proba) {
        const C = classes.length;
        yPred = Array.from({ length: p.rows }, (_x, r) => {
            let best = 0;
            for (let k = 1; k < C; k++)
                if (proba[r * C + k] > proba[r * C + best])
                    best = k;
            return classes[best];
        });
    }
    return { classes, positive, yPred, proba };
}
/** The classification metrics of some rows (all rows when `rows` is absent). */
function classificationMetrics(p, v, rows) {
    const idx = rows ?? Array.from({ length: p.rows }, (_, i) => i);
    const yTrue = idx.map((i) => p.yTrue[i]);
    const yPred = idx.map((i) => v.yPred[i]);
    const m = { ...(0,classification/* labelMetrics */.Mw)(yTrue, yPred, v.positive ?? undefined) };
    if (v.proba) {
        // The whole table uses the model's array as it is; a slice copies its rows.
        const C = v.classes.length;
        const flat = rows
            ? Float64Array.from({ length: idx.length * C }, (_x, j) => v.proba[idx[Math.floor(j / C)] * C + (j % C)])
            : v.proba;
        const proba = { data: flat, width: C };
        if (v.classes.length === 2 && v.positive !== null) {
            const k = v.classes.indexOf(v.positive);
            const isPos = yTrue.map((y) => y === v.positive);
            const scores = Float64Array.from({ length: idx.length }, (_x, r) => flat[r * C + k]);
            const auc = (0,classification/* rocAuc */.om)(isPos, scores);
            if (!Number.isNaN(auc))
                m.roc_auc = auc;
            const ap = (0,classification/* averagePrecision */.cF)(isPos, scores);
            if (!Number.isNaN(ap))
                m.pr_auc = ap;
        }
        else if (v.classes.length > 2) {
            const auc = (0,classification/* rocAucOvrMacro */.Vs)(yTrue, proba, v.classes);
            if (!Number.isNaN(auc))
                m.roc_auc_ovr_macro = auc;
        }
        m.log_loss = (0,classification/* logLoss */._1)(yTrue, proba, v.classes);
    }
    m.count = idx.length;
    return { metrics: m, confusion: (0,classification/* confusion */.Hq)(yTrue, yPred, v.classes) };
}
function regressionScore(p, rows) {
    const idx = rows ?? Array.from({ length: p.rows }, (_, i) => i);
    const m = regressionMetrics(idx.map((i) => p.yTrueValue[i]), idx.map((i) => p.values[i]));
    return { ...m, count: idx.length };
}
/** Rows per slice: each value of a categorical column, or quantile bins of a numeric one (edges at the data's quantiles). */
function sliceRows(values, bins) {
    const numeric = values.every((v) => v.trim() !== "" && Number.isFinite(Number(v)));
    const distinct = new Set(values);
    const groups = new Map();
    if (!numeric || distinct.size <= bins) {
        values.forEach((v, i) => groups.set(v, [...(groups.get(v) ?? []), i]));
        return new Map([...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    }
    const sorted = values.map(Number).sort((a, b) => a - b);
    // Edges at the k/bins quantiles (nearest-rank); ties at an edge fall into the lower bin.
    const edges = Array.from({ length: bins - 1 }, (_, k) => sorted[Math.min(sorted.length - 1, Math.ceil(((k + 1) * sorted.length) / bins) - 1)]);
    const uniqueEdges = [...new Set(edges)];
    const label = (b) => {
        const lo = b === 0 ? sorted[0] : uniqueEdges[b - 1];
        const hi = b === uniqueEdges.length ? sorted[sorted.length - 1] : uniqueEdges[b];
        return `${b === 0 ? "[" : "("}${lo}, ${hi}]`;
    };
    values.forEach((v, i) => {
        const x = Number(v);
        let b = 0;
        while (b < uniqueEdges.length && x > uniqueEdges[b])
            b++;
        const key = label(b);
        groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    return groups;
}


/***/ }),

/***/ 8152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ metricsOfEvaluation),
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/evaluate/classification.ts
var classification = __webpack_require__(8531);
// EXTERNAL MODULE: ./src/core/evaluate/rowPredictions.ts
var rowPredictions = __webpack_require__(6093);
// EXTERNAL MODULE: ./src/core/evaluate/score.ts + 1 modules
var score = __webpack_require__(4576);
// EXTERNAL MODULE: ./src/core/quantile.ts
var quantile = __webpack_require__(4322);
// EXTERNAL MODULE: ./src/core/random.ts
var core_random = __webpack_require__(8640);
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
var gate_rules = __webpack_require__(756);
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

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lowerIsBetter),
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8152);





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


/***/ })

};
