export const id = 93;
export const ids = [93];
export const modules = {

/***/ 52996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ flattenDotted)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Nested keys as dotted names, DVC's convention ({train: {lr: 0.1}} → "train.lr"): the one flattener behind metrics
// files (gate, train's --metrics) and params files (train's --params).

/**
 * Every leaf of `value` under its dotted name, in document order. Leaves are kept as read (null, text, NaN and
 * infinities included): which ones are usable is the caller's call. A name given twice, as in
 * `{"a.b": 1, "a": {"b": 2}}`, is an InputError: which value counted would hang on key order. Empty objects and
 * arrays have no leaves; a value that is not an object or array has no name, so it yields nothing.
 */
function flattenDotted(value, options) {
    const out = new Map();
    const visit = (node, name, depth) => {
        if (node !== null && typeof node === "object") {
            if (Array.isArray(node) && options.arrays === "skip")
                return;
            for (const [k, v] of Object.entries(node))
                visit(v, name ? `${name}.${k}` : k, depth + 1);
        }
        else if (depth > 0) {
            if (out.has(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(options.file, { path: name }, `the ${options.what} is given twice (as a dotted key and as nested keys)`);
            out.set(name, node);
        }
    };
    visit(value, "", 0);
    return out;
}


/***/ }),

/***/ 20921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadYamlFile: () => (/* binding */ loadYamlFile),
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText),
/* harmony export */   parseYamlValue: () => (/* binding */ parseYamlValue),
/* harmony export */   readStructuredFile: () => (/* binding */ readStructuredFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11252);



/** Alias expansions a document may make: past this it is an alias bomb ("billion laughs"), not a config. */
const MAX_ALIASES = 100;
/** `a.b[0].c` from a zod issue path. */
function formatPath(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
    return out || "(top level)";
}
function nodeAt(root, path) {
    let node = root;
    for (const p of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => it.key?.value === p);
            if (!pair)
                return { node, key: false };
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof p === "number") {
            node = node.items[p] ?? node;
        }
        else
            break;
    }
    return { node, key: false };
}
function keyNode(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return null;
    const pair = map.items.find((it) => it.key?.value === key);
    return pair?.key ?? null;
}
/**
 * The offset of the first collection nested past MAX_NESTING, or null. Read from the concrete syntax tree, which
 * the yaml package builds without recursion: its composer recurses per level, and `- - - … x` (two bytes a level)
 * overflows it, or worse, exhausts the heap.
 */
function tooDeepOffset(tokens) {
    for (const token of tokens) {
        const stack = [[token, 0]];
        for (let next = stack.pop(); next; next = stack.pop()) {
            const [node, depth] = next;
            const collection = node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection";
            const d = collection ? depth + 1 : depth;
            if (d > _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M1)
                return node.offset ?? 0;
            for (const item of node.items ?? []) {
                if (item.key && typeof item.key === "object")
                    stack.push([item.key, d]);
                if (item.value && typeof item.value === "object")
                    stack.push([item.value, d]);
            }
            if (node.value && typeof node.value === "object")
                stack.push([node.value, d]);
        }
    }
    return null;
}
/**
 * YAML text as one document; nesting past MAX_NESTING and syntax errors are one InputError with the line. This is
 * yaml's parseDocument in its two steps, so that the syntax tree is checked before the composer walks it.
 */
function yamlDocument(file, text, lineCounter) {
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine).parse(text)];
    const deep = tooDeepOffset(tokens);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: lineCounter.linePos(deep).line }, _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ);
    const docs = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, text.length);
    const doc = docs.next().value;
    const second = docs.next();
    const err = doc.errors[0] ??
        (second.done ? undefined : { pos: second.value.range, message: "holds more than one document" });
    if (err) {
        const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
    }
    return doc;
}
/** The document's value; an alias bomb is one line here, not yaml's bare ReferenceError. */
function documentValue(file, doc) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        const bomb = /alias count/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, bomb
            ? `not valid YAML: its aliases expand past ${MAX_ALIASES} nodes (an alias bomb)`
            : `not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
/** YAML text to a plain value, with the same limits as every reader here (nesting, aliases). */
function parseYamlValue(file, text) {
    return documentValue(file, yamlDocument(file, text, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN()));
}
/** A JSON or YAML file's value (metrics, params): regular files only, BOM dropped, nesting and aliases bounded. */
async function readStructuredFile(file, syntax) {
    const text = await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file);
    return syntax === "json" ? (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(file, text) : parseYamlValue(file, text);
}
/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
async function loadYamlFile(file, schema) {
    return parseYamlText(file, await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file), schema);
}
function parseYamlText(file, text, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = yamlDocument(file, text, lineCounter);
    const value = documentValue(file, doc);
    const result = schema.safeParse(value ?? {});
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    let { node } = nodeAt(doc.contents, issue.path);
    let path = issue.path;
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
        const key = issue.keys[0];
        node = keyNode(node, key) ?? node;
        path = [...issue.path, key];
        message = `unknown key ${JSON.stringify(key)}`;
    }
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
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
  Js: () => (/* binding */ metricsOfEvaluation),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: gateConfigSha256

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

/***/ 60093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ loadMetricSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_dotted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52996);
/* harmony import */ var _config_yamlFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88152);





/**
 * A metrics file's leaves as metrics: finite numbers, booleans as 1 and 0. NaN, infinities and text are errors; a
 * null is kept aside, not refused here: a script may write null for what it did not measure, and a rule naming it
 * is refused. Arrays (confusion matrices and the like) are not metrics a rule can name.
 */
function metricsOfFile(value, file) {
    const values = new Map();
    const unusable = new Map();
    for (const [path, x] of (0,_config_dotted_js__WEBPACK_IMPORTED_MODULE_1__/* .flattenDotted */ .F)(value, { arrays: "skip", file, what: "metric" })) {
        if (typeof x === "number") {
            if (!Number.isFinite(x))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is ${x}, not a finite number`);
            values.set(path, x);
        }
        else if (typeof x === "boolean")
            values.set(path, x ? 1 : 0);
        else if (x === null)
            unusable.set(path, null);
        else if (typeof x === "string")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is the text ${JSON.stringify(x)}, not a number`);
    }
    return { values, unusable };
}
/**
 * Metrics to gate on or compare with: an evaluation.json (everything evaluate measured), or any metrics file
 * (JSON or YAML; nested keys become dotted names, as DVC writes them). NaN, infinities and text are errors; a null
 * is refused only by a rule that names it.
 */
async function loadMetricSource(file, label) {
    const yaml = [".yml", ".yaml"].includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase());
    let value = await (0,_config_yamlFile_js__WEBPACK_IMPORTED_MODULE_2__.readStructuredFile)(file, yaml ? "yaml" : "json");
    if (value !== null && typeof value === "object" && value.kind === "modelgate.evaluation") {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .metricsOfEvaluation */ .Js)(value, label);
    }
    // A run.json (from `modelgate train`): its metrics are what the script reported.
    if (value !== null && typeof value === "object" && value.kind === "modelgate.run") {
        // A run that failed or timed out may have written metrics before it stopped: never a result to pass.
        const run = value;
        if (run.exit_code !== 0 || run.timed_out !== false)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path: "exit_code" }, `the training run ${run.timed_out === true ? "timed out" : `failed (exit ${String(run.exit_code)})`}: the metrics of a run that did not succeed are not gated`);
        value = run.metrics;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "a metrics file must hold an object of named numbers");
    const { values, unusable } = metricsOfFile(value, file);
    if (values.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "no metrics in the file");
    return { label, values, unusable, modelSha256: null, dataSha256: null };
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
