export const id = 1167;
export const ids = [1167];
export const modules = {

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89629);




// Every sha256 modelgate writes (models, data, artifacts, a gate's config) is lowercase hex of the bytes: digests
// taken at different steps (a model read whole by evaluate, a file streamed by train or card) are compared as
// bindings, so they are computed here, one way.
/** sha256 of bytes, or of a string's UTF-8 encoding, as lowercase hex. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(data).digest("hex");
}
/** sha256 of a file, streamed (any size, bounded memory); /dev/zero or a FIFO is refused, not hashed for ever. */
async function sha256File(path) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .f)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(path, e);
    }
    return hash.digest("hex");
}


/***/ }),

/***/ 78531:
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
 * A NaN score is refused: it equals no score, so the merge would never pass it (sorted last, it is met first).
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
        if (Number.isNaN(s))
            throw new RangeError("a score is NaN: ROC and precision-recall curves need every score to be a number");
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

/***/ 85476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ob: () => (/* binding */ TargetCodes),
  iS: () => (/* binding */ planOutputs),
  K$: () => (/* binding */ predict),
  Gs: () => (/* binding */ targetTexts)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/ort.ts
var ort = __webpack_require__(71670);
;// CONCATENATED MODULE: ./src/core/evaluate/outputShapes.ts
// The shapes of the outputs modelgate reads: one row of output per input row, one label or value a row ([N] or
// [N, 1]) and C probabilities a row ([N, C]). Checked on the declared shapes when the outputs are chosen, and on
// every run's real ones: onnxruntime only warns when a model's real output differs from its declaration, and the
// values of a [1, N] or [N, 3] output read as [N, 2] would be scored as if they were rows.

const shapeText = (shape) => `[${shape.join(", ")}]`;
/** An output as a message names it: its name and, when declared, its shape. */
const outputText = (o) => `"${o.name}"${o.shape ? ` ${shapeText(o.shape)}` : ""}`;
/** Declared as one value a row, [N] or [N, 1]; a symbolic second dim (or no shape) is checked at run time. */
function oneARow(shape) {
    return !shape || shape.length === 1 || (shape.length === 2 && (shape[1] === 1 || typeof shape[1] === "string"));
}
/** The shapes to check each run's outputs against. */
function outputShapes(model, outputs, signature) {
    const declared = (name) => signature.find((o) => o.name === name)?.shape ?? null;
    const roles = [];
    for (const role of ["label", "probabilities", "value"]) {
        const name = outputs[role];
        if (name !== null)
            roles.push({ name, role, declared: declared(name) });
    }
    return { model, roles, widths: new Map() };
}
/**
 * One run's outputs against their shapes: n rows each, one value a row for a label or a regression's value, a
 * width the declaration and the runs before agree on. The first that differs is one line naming the model.
 */
function checkRunShapes(s, result, n) {
    for (const { name, role, declared } of s.roles) {
        const dims = result[name]?.dims.map(Number);
        if (!dims)
            throw new errors/* InputError */.dz(s.model, undefined, `its output "${name}" is missing from the run's results`);
        const width = dims.length === 1 ? 1 : (dims[1] ?? 0);
        const declaredWidth = declared?.length === 1 ? 1 : declared?.[1];
        const expected = typeof declaredWidth === "number" ? declaredWidth : (s.widths.get(name) ?? null);
        const fits = dims.length >= 1 &&
            dims.length <= 2 &&
            dims[0] === n &&
            (role === "probabilities" ? width >= 1 : width === 1) &&
            (expected === null || width === expected);
        if (!fits) {
            const want = role !== "probabilities" || expected === 1
                ? `[${n}] or [${n}, 1]`
                : expected === null
                    ? `[${n}, C]`
                    : `[${n}, ${expected}]`;
            throw new errors/* InputError */.dz(s.model, undefined, `its output "${name}" is ${shapeText(dims)} for ${n} input rows, not ${want}${declared ? ` (declared ${shapeText(declared)})` : ""}: modelgate reads one row of output per input row`);
        }
        if (!s.widths.has(name))
            s.widths.set(name, width);
    }
}
/**
 * Why a run failed, as one line. A run into pre-allocated outputs fails when an output's real shape is not the
 * declared one: run again without them, and a real shape that differs is named; else onnxruntime's own reason.
 */
async function failedRun(session, feeds, s, n, e) {
    const reason = new errors/* InputError */.dz(s.model, undefined, `inference failed (${(0,errors/* errorMessage */.gJ)(e)})`, { cause: e });
    let result;
    try {
        result = await session.run(feeds, s.roles.map((r) => r.name));
    }
    catch {
        return reason;
    }
    try {
        checkRunShapes(s, result, n);
    }
    catch (shape) {
        if (shape instanceof errors/* InputError */.dz)
            return shape;
    }
    return reason;
}

;// CONCATENATED MODULE: ./src/core/evaluate/predictionChecks.ts

/**
 * How far a row of probabilities may sum from 1, and each lie outside [0, 1]: float32 rounding over even a
 * thousand classes stays below 1e-4, while raw scores (logits, margins) miss it by far more.
 */
const PROBABILITY_TOLERANCE = 1e-3;
/** The first of `n` rows from `base` whose probabilities are not a distribution (a NaN fails too); −1 when none. */
function firstImprobableRow(proba, C, base, n) {
    const lo = -PROBABILITY_TOLERANCE;
    const hi = 1 + PROBABILITY_TOLERANCE;
    if (C === 2) {
        // Two classes, the common case, in fewer comparisons: with both at least −tolerance and their sum within
        // tolerance of 1, neither exceeds 1 + 2 × tolerance.
        for (let r = 0, i = base * 2; r < n; r++, i += 2) {
            const a = proba[i];
            const b = proba[i + 1];
            const s = a + b;
            if (!(a >= lo && b >= lo && s >= 1 - PROBABILITY_TOLERANCE && s <= hi))
                return r;
        }
        return -1;
    }
    for (let r = 0, i = base * C; r < n; r++) {
        let s = 0;
        let inRange = true;
        for (let k = 0; k < C; k++, i++) {
            const v = proba[i];
            inRange &&= v >= lo && v <= hi;
            s += v;
        }
        if (!(inRange && s >= 1 - PROBABILITY_TOLERANCE && s <= hi))
            return r;
    }
    return -1;
}
/** The first of `n` values from `base` that is not finite; −1 when none. */
function firstNonFinite(values, base, n) {
    for (let r = 0; r < n; r++)
        if (!Number.isFinite(values[base + r]))
            return r;
    return -1;
}
/** Refuse a run whose predictions cannot be scored, in one line naming the first such row. */
function checkRun(c) {
    const { out, base, n } = c;
    const names = c.o.outputs;
    const p = out.proba && names.probabilities ? firstImprobableRow(out.proba, out.classes, base, n) : -1;
    const v = out.values && names.value ? firstNonFinite(out.values, base, n) : -1;
    const r = p < 0 ? v : v < 0 ? p : Math.min(p, v);
    if (r >= 0)
        throw refusal(c, r);
}
/** A float32 output as its shortest decimal (7 significant digits), not the float64 expansion of its bits. */
const num = (x) => String(Number(x.toPrecision(7)));
/**
 * Why row `r` of the run cannot be scored: a value that is not finite (and the feature that made it so, when one
 * overflowed float32), or values that are not a probability distribution.
 */
function refusal(c, r) {
    const { o, out } = c;
    const row = c.base + r;
    // The holdout's own row number (1-based), as the messages about its cells give it.
    const dataRow = c.batch.rowStart + c.start + r + 1;
    const single = o.outputs.probabilities !== null && c.plan.shapes.widths.get(o.outputs.probabilities) === 1;
    // A single probability is kept as [1 − p, p]: the model gave p.
    const values = out.values
        ? [out.values[row]]
        : single
            ? [out.proba[row * 2 + 1]]
            : Array.from(out.proba.subarray(row * out.classes, (row + 1) * out.classes));
    const name = (o.outputs.value ?? o.outputs.probabilities);
    const bad = values.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) {
        const what = `${num(values[bad])} in its output "${name}"${values.length > 1 ? ` (class ${bad})` : ""}`;
        const line = c.batch.lines?.[c.start + r];
        const F = o.features.length;
        const f = c.input.subarray(r * F, (r + 1) * F).findIndex((x) => !Number.isFinite(x));
        if (f >= 0) {
            return new errors/* InputError */.dz(o.source.file, { line, column: o.features[f] }, `row ${dataRow}: ${c.batch.raw(c.featureIdx[f], c.start + r)} is beyond the range of float32, the model's input type (±3.4028235e38), and the model predicts ${what} from it`);
        }
        return new errors/* InputError */.dz(o.source.file, { line }, `row ${dataRow}: the model ${o.model.path} predicts ${what}; no metric is computed from a value that is not finite`);
    }
    const outside = values.findIndex((x) => !(x >= -PROBABILITY_TOLERANCE && x <= 1 + PROBABILITY_TOLERANCE));
    if (outside >= 0) {
        return new errors/* InputError */.dz(o.model.path, undefined, `its output "${name}" gave ${num(values[outside])}${values.length > 1 ? ` (class ${outside})` : ""} for row ${dataRow}, not a probability in [0, 1]: export the ${single ? "sigmoid (or softmax)" : "softmax"} of the scores${single ? ", or evaluate it with --task regression" : ""}`);
    }
    const sum = values.reduce((a, x) => a + x, 0);
    return new errors/* InputError */.dz(o.model.path, undefined, `its output "${name}" sums to ${num(sum)} for row ${dataRow} (${values.map(num).join(", ")}), not 1 within ${PROBABILITY_TOLERANCE}: scores, not class probabilities; export the softmax of the scores`);
}

;// CONCATENATED MODULE: ./src/core/evaluate/narrowLabels.ts
// int64 labels, as onnxruntime writes them, kept in the narrowest of Int8, Int32 and Float64 that holds them: a
// classifier's labels are small integers, and 1 byte a row instead of 8 is what the metrics then read. An int64 is
// read as its two Int32 words: a BigInt a row (Number(label)) costs more than a small model's inference.
//
// A 128-bit WebAssembly loop did this until issue 17: 0.6–0.7 ns a row against 1.7 for the loop below, each call
// timed alone. Yet in the evaluate benchmark, paired round by round, predict() ran 1.03× as fast with this loop as
// with that one (1.02–1.04 in six series of 101 rounds): it paid a module instance and its memory on every call,
// and a copy out of that memory. So its 240 lines of hand-assembled bytecode went.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// Where each word of an int64 lies in an Int32Array view of it.
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;
/**
 * The first n of `labels` into `dst` from `base`; returns the array that holds them: `dst` while every label fits
 * it, else Int32 then Float64 (each widening keeps the rows before). Float64 holds labels exactly up to
 * ±(2^53 − 1); beyond, a label is the nearest float64 (as Number(bigint)), and firstUnsafeLabel finds it.
 */
function narrowLabels(dst, base, labels, n) {
    if (dst instanceof Int8Array) {
        if (toInt8(dst, base, labels, n))
            return dst;
        dst = Int32Array.from(dst);
    }
    if (dst instanceof Int32Array) {
        if (toInt32(dst, base, labels, n))
            return dst;
        dst = Float64Array.from(dst);
    }
    readInt64(dst, base, labels, n);
    return dst;
}
/** The first of n labels from `base` that float64 does not hold exactly (|label| ≥ 2^53); −1 when none. */
function firstUnsafeLabel(held, base, n) {
    if (!(held instanceof Float64Array))
        return -1;
    for (let r = 0; r < n; r++)
        if (!Number.isSafeInteger(held[base + r]))
            return r;
    return -1;
}
/** int64 labels as float64, from their two words: exact for |label| < 2^53, else rounded once (as Number()). */
function readInt64(dst, base, data, n) {
    const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
    // hi × 2^32 is exact, and one addition rounds the exact sum to nearest: Number(bigint)'s result.
    for (let r = 0, i = 0; r < n; r++, i += 2)
        dst[base + r] = words[i + HI] * 4294967296 + (words[i + LO] >>> 0);
}
// A row fits Int32 when its high word is its low word's sign: hi + (lo >>> 31) is 0 (0 + 0, or −1 + 1); Int8 when
// moreover lo + 128 lies in [0, 256). The checks are or-ed over the rows (no branch a row); every row is stored,
// and on a false the caller widens the array and stores them again.
/**
 * n labels into `held` from `base` as Int8; false if one does not fit. Four rows an iteration, into a view from
 * `base`: a quarter less time than one row at a time (bench/perRow.ts: 1.7–2.9 ns a row against 2.3–3.9, with the
 * machine's load), and a classifier's labels are most often Int8.
 */
function toInt8(held, base, data, n) {
    const w = new Int32Array(data.buffer, data.byteOffset, n * 2);
    const dst = held.subarray(base, base + n);
    let bad = 0;
    let r = 0;
    for (let i = 0; r + 4 <= n; r += 4, i += 8) {
        const a = w[i + LO];
        const b = w[i + 2 + LO];
        const c = w[i + 4 + LO];
        const d = w[i + 6 + LO];
        bad |= (w[i + HI] + (a >>> 31)) | (w[i + 2 + HI] + (b >>> 31));
        bad |= (w[i + 4 + HI] + (c >>> 31)) | (w[i + 6 + HI] + (d >>> 31));
        bad |= ((a + 128) | (b + 128) | (c + 128) | (d + 128)) & -256;
        dst[r] = a;
        dst[r + 1] = b;
        dst[r + 2] = c;
        dst[r + 3] = d;
    }
    for (let i = 2 * r; r < n; r++, i += 2) {
        const lo = w[i + LO];
        bad |= (w[i + HI] + (lo >>> 31)) | ((lo + 128) & -256);
        dst[r] = lo;
    }
    return bad === 0;
}
/** n labels into dst from base as Int32; false if one does not fit. */
function toInt32(dst, base, data, n) {
    const words = new Int32Array(data.buffer, data.byteOffset, n * 2);
    let bad = 0;
    for (let r = 0, i = 0; r < n; r++, i += 2) {
        const lo = words[i + LO];
        bad |= words[i + HI] + (lo >>> 31);
        dst[base + r] = lo;
    }
    return bad === 0;
}

;// CONCATENATED MODULE: ./src/core/evaluate/predictOutputs.ts
// The model's outputs into the per-row prediction arrays. Where the shapes are known, onnxruntime writes the outputs
// straight into those arrays (pre-allocated fetches): for a small model, copying them out cost more than a tenth of
// the inference itself. (onnxruntime-node 1.30 still copies every output into a new ArrayBuffer for the result it
// returns, fetched in place or not; a raw session.run pays that copy too.)





// Where the tests and earlier callers find it.

/**
 * `a`, or a larger array of its type holding its values, with room for `need` (doubling, so few copies). The new
 * array is not zeroed (Buffer.allocUnsafeSlow): where the process reuses freed memory (a second model evaluated in
 * the same run, the benchmark's rounds) zeroing the 8 MB of a million rows' probabilities took 0.6–1.3 ms, 1.5–3 %
 * of a small model's inference. Every row is written before it is read, and predict cuts the arrays to its rows.
 */
function grow(a, need, type) {
    if (need <= a.length)
        return a;
    const k = Math.max(need, a.length * 2);
    const b = new type(external_node_buffer_.Buffer.allocUnsafeSlow(k * type.BYTES_PER_ELEMENT).buffer, 0, k);
    b.set(a);
    return b;
}
/** `grow` into an array of `a`'s own type. */
function growSame(a, need) {
    return grow(a, need, a.constructor);
}
/**
 * Runs whose labels onnxruntime writes one after another into the label buffer before they are narrowed and kept in
 * one go: the JavaScript between two runs then stays a few views and tensors, and the narrowing call and its views
 * are paid once per eight runs.
 */
const LABEL_WINDOW_RUNS = 8;
const predictOutputs_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** The dims after the first (the row count) when all are fixed, with `per` values a row; else null. */
function rowDims(model, name, elemType, per) {
    const o = model.signature.outputs.find((x) => x.name === name);
    if (!o || o.elemType !== elemType || !o.shape || o.shape.length < 1)
        return null;
    const rest = o.shape.slice(1);
    if (!rest.every((d) => typeof d === "number" && d > 0))
        return null;
    return per && !per(rest) ? null : rest;
}
function planFetches(model, outputs, batchSize) {
    const names = [outputs.label, outputs.probabilities, outputs.value].filter((x) => x !== null);
    // A ZipMap's probabilities are not a tensor; its label and the rest are read as onnxruntime hands them.
    const fixed = !model.zipMap && predictOutputs_LITTLE_ENDIAN;
    const labelDims = fixed ? rowDims(model, outputs.label, "int64", (d) => d.every((x) => x === 1)) : null;
    return {
        model: model.path,
        names,
        label: outputs.label,
        shapes: outputShapes(model.path, outputs, model.signature.outputs),
        labelDims,
        probaDims: fixed ? rowDims(model, outputs.probabilities, "float32", (d) => d.length === 1 && d[0] >= 2) : null,
        labelBuffer: labelDims ? new BigInt64Array(batchSize * LABEL_WINDOW_RUNS) : null,
        pending: 0,
        pendingBase: 0,
    };
}
/** int64 labels fetched in place: into the label buffer, then kept by keepPendingLabels. */
function labelsInPlace(plan) {
    return plan.labelDims !== null && plan.labelBuffer !== null;
}
/**
 * The fetches of one run: a tensor over our arrays for each output we can take in place (the arrays are sized
 * first), null for the ones onnxruntime allocates. Labels go after the ones pending in the label buffer, which is
 * emptied first when this run's would not fit.
 */
function fetchesFor(plan, outputs, out, base, n, expected) {
    const T = (0,ort/* ort */.g)().Tensor;
    const fetches = Object.fromEntries(plan.names.map((k) => [k, null]));
    const rows = Math.max(base + n, expected);
    if (labelsInPlace(plan) && outputs.label) {
        if (plan.pending + n > plan.labelBuffer.length)
            keepPendingLabels(plan, out, expected);
        if (plan.pending === 0)
            plan.pendingBase = base;
        const at = plan.pending;
        fetches[outputs.label] = new T("int64", plan.labelBuffer.subarray(at, at + n), [n, ...plan.labelDims]);
    }
    if (plan.probaDims && outputs.probabilities && out.proba) {
        const c = plan.probaDims[0];
        out.classes = c;
        out.proba = grow(out.proba, rows * c, Float32Array);
        fetches[outputs.probabilities] = new T("float32", out.proba.subarray(base * c, (base + n) * c), [n, c]);
    }
    return fetches;
}
/**
 * The labels pending in the label buffer into the prediction array, as narrow as they fit. predict() calls it after
 * its last run too.
 */
function keepPendingLabels(plan, out, expected) {
    if (!plan.labelBuffer || plan.pending === 0)
        return;
    const base = plan.pendingBase;
    const n = plan.pending;
    const held = growSame(out.labels, Math.max(base + n, expected));
    const labels = plan.labelBuffer.subarray(0, n);
    out.labels = keepLabels(held, base, labels, n);
    refuseUnsafeLabels(plan, out.labels, base, labels, n);
    plan.pending = 0;
}
/**
 * A label beyond ±(2^53 − 1) is refused: float64 holds it rounded, and two labels that round alike would count as
 * one class. (A classifier's labels are small integers; such a label means an output that is not one.)
 */
function refuseUnsafeLabels(plan, held, base, data, n) {
    const r = firstUnsafeLabel(held, base, n);
    if (r < 0)
        return;
    throw new errors/* InputError */.dz(plan.model, undefined, `its output "${plan.label}" gave ${data[r]} for row ${base + r + 1}, beyond ±${Number.MAX_SAFE_INTEGER} (2^53 − 1), where labels are no longer exact as numbers: a classifier's labels are its class indices or codes`);
}
/**
 * Each output of a run into the prediction arrays, once their shapes are checked: labels fetched in place stay
 * pending (see keepPendingLabels), others are kept narrow from the result; probabilities are already in place,
 * else copied. Their values are checked by checkRun (predictionChecks.ts).
 */
function readOutputs(result, plan, outputs, out, base, n, expected) {
    checkRunShapes(plan.shapes, result, n);
    if (outputs.label && labelsInPlace(plan))
        plan.pending += n;
    else if (outputs.label) {
        const data = result[outputs.label].data;
        if (typeof data[0] === "string") {
            if (!Array.isArray(out.labels))
                out.labels = [];
            for (let r = 0; r < n; r++)
                out.labels.push(data[r]);
        }
        else {
            const need = Math.max(base + n, expected);
            const held = growSame(out.labels, need);
            out.labels = keepLabels(held, base, data, n);
            if (data instanceof BigInt64Array)
                refuseUnsafeLabels(plan, out.labels, base, data, n);
        }
    }
    if (outputs.probabilities && !plan.probaDims) {
        const t = result[outputs.probabilities];
        const data = t.data;
        const width = t.dims.length === 2 ? Number(t.dims[1]) : 1;
        if (width === 1)
            keepSingleProbability(out, data, base, n, expected);
        else {
            out.classes = width;
            out.proba = grow(out.proba, Math.max(base + n, expected) * width, Float32Array);
            out.proba.set(data, base * width);
        }
    }
    if (outputs.value) {
        const data = result[outputs.value].data;
        out.values = grow(out.values, Math.max(base + n, expected), Float64Array);
        for (let r = 0; r < n; r++)
            out.values[base + r] = data[r];
    }
}
/**
 * One probability a row (a sigmoid head: P(second class)) as the two columns [1 − p, p], as scikit-learn's metrics
 * read a 1-d y_pred (1 − p computed in float32, as numpy does on a float32 array). A value outside [0, 1] (a logit
 * or a score) is refused by checkRun, which reads it back from the second column.
 */
function keepSingleProbability(out, data, base, n, expected) {
    out.classes = 2;
    const proba = (out.proba = grow(out.proba, Math.max(base + n, expected) * 2, Float32Array));
    for (let r = 0; r < n; r++) {
        const p = data[r];
        proba[2 * (base + r)] = Math.fround(1 - Math.fround(p));
        proba[2 * (base + r) + 1] = p;
    }
}
/**
 * A batch of numeric labels into `dst` from `base`; returns the array that holds them: Int8 while every label
 * fits, then Int32, then Float64 (each widening keeps the labels before). int64 labels go through narrowLabels.
 */
function keepLabels(dst, base, data, n) {
    if (data instanceof BigInt64Array)
        return narrowLabels(dst, base, data, n);
    if (dst instanceof Int8Array) {
        if (narrowNumbers(dst, base, data, n, -128, 127))
            return dst;
        dst = Int32Array.from(dst);
    }
    if (dst instanceof Int32Array) {
        if (narrowNumbers(dst, base, data, n, -2147483648, 2147483647))
            return dst;
        dst = Float64Array.from(dst);
    }
    dst.set(data, base);
    return dst;
}
/** Integers into `dst`; false at the first that is not a whole number in [lo, hi]. */
function narrowNumbers(dst, base, data, n, lo, hi) {
    for (let r = 0; r < n; r++) {
        const v = data[r];
        if (!Number.isInteger(v) || v < lo || v > hi || Object.is(v, -0))
            return false;
        dst[base + r] = v;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/evaluate/predict.ts
// Batched inference over a table with onnxruntime-node: the exact ONNX file that would ship is what gets scored.






/**
 * Which output is which. The task is classification when there is an integer or string label output, a ZipMap, or a
 * float `[N, C]` output with C other than 1 (the probabilities of a model exported without its argmax, as PyTorch
 * and Keras softmax heads are); else regression. A classifier's float `[N]` or `[N, 1]` output (a sigmoid head,
 * with `--task classification`) is the probability of the second class. Labels and values are read from outputs
 * declared one a row ([N] or [N, 1]); an output of another rank is never read (see outputShapes.ts).
 */
function planOutputs(model, task) {
    const tensors = model.signature.outputs.filter((o) => o.type.startsWith("tensor("));
    const ints = tensors.filter((o) => ["int64", "int32", "string"].includes(o.elemType ?? ""));
    const label = ints.find((o) => oneARow(o.shape)) ?? null;
    const floats = tensors.filter((o) => o.elemType === "float32" || o.elemType === "float64");
    const wide = floats.find((o) => o.shape?.length === 2 && o.shape[1] !== 1) ?? null;
    const inferred = task ?? (label || model.zipMap || wide ? "classification" : "regression");
    // What the outputs are, for a message when none can be read.
    const listed = [...ints, ...floats].map(outputText).join(", ");
    if (inferred === "classification") {
        const single = floats.find((o) => o.shape?.length === 1 || (o.shape?.length === 2 && o.shape[1] === 1));
        const probabilities = model.zipMap?.probabilities ? { name: model.zipMap.probabilities } : (wide ?? single ?? null);
        if (!label && !probabilities)
            throw new errors/* InputError */.dz(model.path, undefined, `no label or probability output for a classifier${listed ? ` (outputs: ${listed}; modelgate reads labels [N] and probabilities [N, C])` : ""}`);
        return { task: inferred, label: label?.name ?? null, probabilities: probabilities?.name ?? null, value: null };
    }
    const value = floats.find((o) => oneARow(o.shape));
    if (!value)
        throw new errors/* InputError */.dz(model.path, undefined, floats.length
            ? `no output holds one regression prediction a row, [N] or [N, 1] (outputs: ${listed})`
            : "no float output to read a regression prediction from");
    return { task: inferred, label: null, probabilities: null, value: value.name };
}
/** Stream the table through the model in batches of `batchSize` rows. */
async function predict(o) {
    const names = o.source.columnNames;
    const pos = (n) => names.indexOf(n);
    const featureIdx = o.features.map(pos);
    const targetIdx = o.target === null ? -1 : pos(o.target);
    const keepIdx = o.keep.map(pos);
    // Each feature's place in the model's input row: a source that can fills the row-major float32 input as it parses.
    const plan = names.map(() => ({ type: "string" }));
    featureIdx.forEach((i, f) => (plan[i] = { type: "number", matrix: f }));
    if (o.outputs.task === "regression" && targetIdx >= 0)
        plan[targetIdx] = { type: "number" };
    const F = featureIdx.length;
    const inputName = o.model.signature.inputs[0].name;
    const fetchPlan = planFetches(o.model, o.outputs, o.batchSize);
    const out = {
        rows: 0,
        yTrueCodes: new Uint8Array(o.outputs.task === "classification" ? 1024 : 0),
        yTrueTexts: [],
        yTrueValue: new Float64Array(o.outputs.task === "regression" ? 1024 : 0),
        labels: o.outputs.label ? new Int8Array(1024) : null,
        proba: o.outputs.probabilities ? new Float32Array(1024) : null,
        classes: 0,
        classNames: o.model.zipMap?.classes ?? null,
        values: o.outputs.value ? new Float64Array(1024) : null,
        extra: new Map(o.keep.map((k) => [k, []])),
        firstRow: null,
        batchMs: [],
        batchRows: [],
        inferenceMs: 0,
    };
    // One input buffer, for sources that hand columns only. onnxruntime-node's run() is a promise, but the session
    // runs on this thread (a native call from setImmediate): building the next batch meanwhile would not overlap it.
    let input = null;
    const targetCodes = new TargetCodes(out.yTrueTexts);
    // The arrays of per-row results are sized once from the source's row estimate (doubling copies them ~twice).
    let expected = 0;
    for await (const batch of o.source.batches(plan)) {
        // At most 64× the first batch: an estimate from few rows can be far off; past it the arrays double.
        if (out.rows === 0)
            expected = Math.min(Math.ceil((o.source.rowsEstimate?.(batch.length) ?? 0) * 1.02), batch.length * 64);
        const cols = featureIdx.map((i) => batch.columns[i]);
        const target = targetIdx >= 0 ? batch.columns[targetIdx] : null;
        // The source's own matrix is the input as it stands (no copy); else the columns are copied into rows.
        const matrix = batch.matrix?.width === F ? batch.matrix.data : null;
        const copies = matrix ? [] : copyPlan(cols);
        if (!matrix)
            input ??= new Float32Array(o.batchSize * F);
        // The whole batch is checked and its target and kept columns read before its first run (the source may reuse
        // its arrays for the next batch): between two runs only the input, the fetches and the outputs are handled.
        checkFeatures(o, batch, cols, featureIdx);
        const first = out.rows;
        if (target)
            readTarget(o, out, targetCodes, batch, target, first, expected);
        keepIdx.forEach((ci, k) => {
            const arr = out.extra.get(o.keep[k]);
            for (let r = 0; r < batch.length; r++)
                arr.push(batch.raw(ci, r));
        });
        for (let start = 0; start < batch.length; start += o.batchSize) {
            const n = Math.min(o.batchSize, batch.length - start);
            for (const { values, at } of copies) {
                if (values.length === 4)
                    interleave4(input, values, start, n, F, at);
                else
                    interleave(input, values[0], start, n, F, at);
            }
            const base = first + start;
            const data = matrix
                ? matrix.subarray(start * F, (start + n) * F)
                : n === o.batchSize
                    ? input
                    : input.subarray(0, n * F);
            out.firstRow ??= data.slice(0, F);
            const feeds = { [inputName]: new ((0,ort/* ort */.g)().Tensor)("float32", data, [n, F]) };
            const fetches = fetchesFor(fetchPlan, o.outputs, out, base, n, expected);
            const t0 = performance.now();
            let result;
            try {
                result = await o.session.run(feeds, fetches);
            }
            catch (e) {
                throw await failedRun(o.session, feeds, fetchPlan.shapes, n, e);
            }
            const ms = performance.now() - t0;
            out.batchMs.push(ms);
            out.batchRows.push(n);
            out.inferenceMs += ms;
            readOutputs(result, fetchPlan, o.outputs, out, base, n, expected);
            checkRun({ o, plan: fetchPlan, out, batch, featureIdx, input: data, start, base, n });
            out.rows = base + n;
        }
        o.onProgress?.(out.rows);
    }
    keepPendingLabels(fetchPlan, out, expected);
    return trimmed(out, targetIdx >= 0);
}
/** The per-row arrays cut to the rows predicted: they were sized ahead from the row estimate, and not zeroed. */
function trimmed(p, hasTarget) {
    const n = p.rows;
    const t = hasTarget ? n : 0;
    return {
        ...p,
        // subarray stops at the end: the target array of the other task (empty) stays empty.
        yTrueCodes: p.yTrueCodes.subarray(0, t),
        yTrueValue: p.yTrueValue.subarray(0, t),
        labels: p.labels && !Array.isArray(p.labels) ? p.labels.subarray(0, n) : p.labels,
        proba: p.proba?.subarray(0, n * p.classes) ?? null,
        values: p.values?.subarray(0, n) ?? null,
    };
}
/** One column into its place in the row-major input: a small function of its own, so V8 optimizes the loop. */
function interleave(dst, src, from, n, stride, offset) {
    for (let r = 0, d = offset; r < n; r++, d += stride)
        dst[d] = src[from + r];
}
/** The feature columns in runs of four numeric ones (copied together), else one at a time; `at` is the first's position. */
function copyPlan(cols) {
    const plan = [];
    for (let f = 0; f < cols.length;) {
        const group = cols.slice(f, f + 4);
        if (group.length === 4 && group.every((c) => c.kind === "numeric")) {
            plan.push({ values: group.map((c) => c.values), at: f });
            f += 4;
        }
        else {
            const col = cols[f];
            if (col.kind === "numeric")
                plan.push({ values: [col.values], at: f });
            f += 1;
        }
    }
    return plan;
}
/** Four columns at once: each row's cache line of the input is written once per four columns (a third faster). */
function interleave4(dst, c, from, n, stride, offset) {
    const [a, b, x, y] = c;
    for (let r = 0, d = offset; r < n; r++, d += stride) {
        const i = from + r;
        dst[d] = a[i];
        dst[d + 1] = b[i];
        dst[d + 2] = x[i];
        dst[d + 3] = y[i];
    }
}
/** Every feature cell of a batch is a number: the first that is not is one line naming its row and column. */
function checkFeatures(o, batch, cols, featureIdx) {
    for (let f = 0; f < cols.length; f++) {
        const col = cols[f];
        // A source that counted no bad cell in the batch saves the look at its status.
        if (col.kind !== "numeric" || col.bad === 0)
            continue;
        const r = firstNotOk(col.status, 0, batch.length);
        if (r < 0)
            continue;
        const what = col.status[r] === 1 ? "is empty" : `is not a number (${JSON.stringify(batch.raw(featureIdx[f], r))})`;
        throw new errors/* InputError */.dz(o.source.file, { line: batch.lines?.[r], column: o.features[f] }, `row ${batch.rowStart + r + 1} ${what}: the model needs a number in every feature`);
    }
}
/** A batch's target cells into the predictions from row `base`: a bad cell is one line naming its row. */
function readTarget(o, out, targetCodes, batch, target, base, expected) {
    const n = batch.length;
    const bad = firstNotOk(target.status, 0, n);
    if (bad >= 0) {
        throw new errors/* InputError */.dz(o.source.file, { line: batch.lines?.[bad], column: o.target ?? undefined }, `row ${batch.rowStart + bad + 1}: the target is empty or not of its type`);
    }
    const need = Math.max(base + n, expected);
    if (o.outputs.task === "regression" && target.kind === "numeric") {
        out.yTrueValue = grow(out.yTrueValue, need, Float64Array);
        out.yTrueValue.set(target.values.subarray(0, n), base);
    }
    else {
        out.yTrueCodes =
            target.kind === "string"
                ? targetCodes.keepDict(out.yTrueCodes, need, base, target.codes, target.dict, 0, n)
                : targetCodes.keepNumbers(out.yTrueCodes, need, base, target.values, 0, n);
    }
}
let zeros = new Uint8Array(0);
/**
 * The first row of `n` from `from` whose status is not OK, or −1. A memcmp against zeros first (about 1 ns a row
 * for 30 columns, against 30 for a loop): bad cells are rare and only then is the row looked for.
 */
function firstNotOk(status, from, n) {
    if (zeros.length < n)
        zeros = new Uint8Array(n);
    const cells = external_node_buffer_.Buffer.from(status.buffer, status.byteOffset + from, n);
    if (external_node_buffer_.Buffer.compare(cells, external_node_buffer_.Buffer.from(zeros.buffer, 0, n)) === 0)
        return -1;
    for (let r = 0; r < n; r++)
        if (status[from + r] !== 0)
            return r;
    return -1;
}
class TargetCodes {
    texts;
    code = new Map();
    ofNumber = new Map();
    /** Per source dictionary, its codes translated to ours. */
    dictId = -1;
    translate = new Int32Array(0);
    buffer = new Int32Array(0);
    constructor(texts) {
        this.texts = texts;
    }
    of(text) {
        let c = this.code.get(text);
        if (c === undefined) {
            c = this.texts.length;
            this.code.set(text, c);
            this.texts.push(text);
        }
        return c;
    }
    /** `held` sized for `need` rows, and widened to Int32 (codes kept) once there are more than 256 texts. */
    room(held, need) {
        const codes = held instanceof Uint8Array && this.texts.length > 256 ? Int32Array.from(held) : held;
        return growSame(codes, need);
    }
    /** A batch of a source's dictionary codes (rows from..from+n) into `held` from `base`; returns the array now held. */
    keepDict(held, need, base, codes, dict, from, n) {
        // A dictionary may grow while it keeps its id; then only its new entries are translated.
        if (dict.id !== this.dictId) {
            this.dictId = dict.id;
            this.translate = new Int32Array(0);
        }
        if (this.translate.length < dict.values.length) {
            const t = new Int32Array(dict.values.length);
            t.set(this.translate);
            for (let k = this.translate.length; k < t.length; k++)
                t[k] = this.of(dict.values[k]);
            this.translate = t;
        }
        const dst = this.room(held, need);
        const t = this.translate;
        // Most often the source's codes are ours (our texts were first met in its dictionary's order): one set().
        if (this.identity(t))
            dst.set(codes.subarray(from, from + n), base);
        else
            for (let r = 0; r < n; r++)
                dst[base + r] = t[codes[from + r]];
        return dst;
    }
    /** Whether a translation maps every code to itself, worked out once per translation array. */
    checked = null;
    isIdentity = false;
    identity(t) {
        if (this.checked !== t) {
            this.checked = t;
            this.isIdentity = t.every((c, k) => c === k);
        }
        return this.isIdentity;
    }
    /** Texts already one per row (predictions read back from a file). */
    fromTexts(texts) {
        return Int32Array.from(texts, (t) => this.of(t));
    }
    /** A batch of numeric targets into `held` from `base`, coded by their text; returns the array now held. */
    keepNumbers(held, need, base, values, from, n) {
        // Coded into a reused buffer first (new texts may appear in any row), then copied at the width they need.
        if (this.buffer.length < n)
            this.buffer = new Int32Array(n);
        const scratch = this.buffer;
        let last = NaN;
        let lastCode = -1;
        for (let r = 0; r < n; r++) {
            const v = values[from + r];
            if (v !== last) {
                last = v;
                let c = this.ofNumber.get(v);
                if (c === undefined)
                    this.ofNumber.set(v, (c = this.of(String(v))));
                lastCode = c;
            }
            scratch[r] = lastCode;
        }
        const dst = this.room(held, need);
        dst.set(scratch.subarray(0, n), base);
        return dst;
    }
}
/** The target of every row as text (for metrics that compare labels). */
function targetTexts(p, rows) {
    const codes = p.yTrueCodes;
    const texts = p.yTrueTexts;
    const n = rows ? rows.length : p.rows;
    const out = new Array(n);
    if (rows)
        for (let i = 0; i < n; i++)
            out[i] = texts[codes[rows[i]]];
    else
        for (let i = 0; i < n; i++)
            out[i] = texts[codes[i]];
    return out;
}


/***/ }),

/***/ 94576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qb: () => (/* binding */ classificationMetrics),
  sl: () => (/* binding */ classificationView),
  ud: () => (/* binding */ regressionScore),
  mG: () => (/* binding */ sliceRows),
  Qt: () => (/* binding */ viewClasses)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/evaluate/classification.ts
var classification = __webpack_require__(78531);
// EXTERNAL MODULE: ./src/core/evaluate/predict.ts + 4 modules
var predict = __webpack_require__(85476);
;// CONCATENATED MODULE: ./src/core/evaluate/regression.ts
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
/**
 * The classes a view scores: the model's probability columns (named, or 0..C−1 by position), or, for a model that
 * gives labels alone, every label the target or the model has.
 */
function viewClasses(p, predicted) {
    if (p.proba)
        return p.classNames ?? Array.from({ length: p.classes }, (_, k) => String(k));
    return (0,classification/* sortLabels */.CL)([...new Set([...p.yTrueTexts, ...((predicted === undefined ? labelTexts(p) : predicted) ?? [])])]);
}
function classificationView(p, positiveLabel, threshold) {
    const predicted = labelTexts(p);
    const classes = viewClasses(p, predicted);
    // A positive label that is no class (a typo, or "yes" for a model of 0 and 1) would make precision, recall and F1
    // those of a class that never occurs: 0, a verdict on nothing. The caller checks it where it can name the source.
    if (positiveLabel !== undefined && !classes.includes(positiveLabel))
        throw new RangeError(`the positive label ${JSON.stringify(positiveLabel)} is none of the classes`);
    const proba = p.proba ? p.proba.subarray(0, p.rows * p.classes) : null;
    // Probability columns name the classes: a target value none of them is cannot be scored (scikit-learn's
    // log_loss refuses it too). Most often the target is text while the model's classes are 0..C−1.
    const stranger = proba ? p.yTrueTexts.find((t) => !classes.includes(t)) : undefined;
    if (stranger !== undefined)
        throw new errors/* InputError */.dz(undefined, undefined, `the target holds ${JSON.stringify(stranger)}, which is none of the model's classes (${classes.join(", ")}${p.classNames ? "" : ": its probability columns, by position"}); code the target as the model was trained`);
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
    const yTrue = (0,predict/* targetTexts */.Gs)(p, rows);
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
    const push = (groups, key, i) => {
        const rows = groups.get(key);
        if (rows)
            rows.push(i);
        else
            groups.set(key, [i]);
    };
    if (!numeric || distinct.size <= bins) {
        const groups = new Map();
        values.forEach((v, i) => push(groups, v, i));
        const byKey = (a, b) => numeric ? Number(a[0]) - Number(b[0]) : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
        return new Map([...groups].sort(byKey));
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
    // The bins in order, lowest first; a bin no row falls in is left out.
    const rows = Array.from({ length: uniqueEdges.length + 1 }, () => []);
    values.forEach((v, i) => {
        const x = Number(v);
        let b = 0;
        while (b < uniqueEdges.length && x > uniqueEdges[b])
            b++;
        rows[b].push(i);
    });
    return new Map(rows.flatMap((r, b) => (r.length ? [[label(b), r]] : [])));
}


/***/ }),

/***/ 71670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SESSION_OPTIONS),
/* harmony export */   g: () => (/* binding */ ort)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// onnxruntime-node, loaded when a command first runs a model. A static import would load its native library for
// every command (20–40 ms and its mapped pages, even for `drift` from profiles): the bundler hoists an external
// ES import into the entry chunk, while a require stays where it is called.

/**
 * onnxruntime logs from native code straight to the process's stderr, in ANSI colours, bypassing the command's
 * streams: it cannot be made one plain line, so it is silenced below fatal. Nothing is lost: every error it logs
 * is also thrown and reported in one line, and its warnings are about the graph (an unused initializer removed, a
 * declared output shape that differs from the real one), which modelgate checks itself on every run.
 */
const LOG_LEVEL = "fatal";
/** The same level for each session (ORT_LOGGING_LEVEL_FATAL), in case the environment was set up before ort(). */
const SESSION_OPTIONS = { logSeverityLevel: 4 };
let loaded = null;
function ort() {
    if (!loaded) {
        loaded = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)("onnxruntime-node");
        // Read when the first session sets up onnxruntime's environment, so before any.
        loaded.env.logLevel = LOG_LEVEL;
    }
    return loaded;
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


/***/ })

};
