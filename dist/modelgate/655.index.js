export const id = 655;
export const ids = [655];
export const modules = {

/***/ 67655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluate: () => (/* binding */ runEvaluate)
});

// EXTERNAL MODULE: ./src/core/config/yamlFile.ts
var yamlFile = __webpack_require__(20921);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/data/open.ts
var data_open = __webpack_require__(7814);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/ort.ts
var ort = __webpack_require__(71670);
// EXTERNAL MODULE: ./src/core/quantile.ts
var quantile = __webpack_require__(44322);
// EXTERNAL MODULE: ./src/core/evaluate/fairness.ts
var fairness = __webpack_require__(71734);
// EXTERNAL MODULE: ./src/core/evaluate/modelInput.ts
var modelInput = __webpack_require__(89688);
// EXTERNAL MODULE: ./src/core/evaluate/predict.ts + 4 modules
var predict = __webpack_require__(85476);
// EXTERNAL MODULE: ./src/core/evaluate/rowPredictions.ts
var rowPredictions = __webpack_require__(6093);
// EXTERNAL MODULE: ./src/core/evaluate/score.ts + 1 modules
var score = __webpack_require__(94576);
;// CONCATENATED MODULE: ./src/core/evaluate/evaluate.ts








/** Latency percentiles as numpy computes them (linear interpolation between closest ranks). */
function percentile(sorted, q) {
    return sorted.length === 0 ? NaN : (0,quantile/* quantileLinear */.Vq)(sorted, q);
}
/** Evaluate the ONNX model on a holdout table: the model's own predictions, scored by modelgate. */
async function evaluateModel(o) {
    const names = o.source.columnNames;
    if (!names.includes(o.target))
        throw new errors/* InputError */.dz(o.source.file, undefined, `no target column ${JSON.stringify(o.target)} (columns: ${names.join(", ")})`);
    // Default features: every column but the target and the sensitive ones (slices are often features themselves).
    const features = (0,modelInput/* modelFeatures */.r)(o.model, o.source.file, names, {
        ...(o.features ? { features: o.features } : {}),
        exclude: [o.target, ...(o.sensitive ?? [])],
    });
    const outputs = (0,predict/* planOutputs */.iS)(o.model, o.task);
    let session;
    try {
        session = await (0,ort/* ort */.g)().InferenceSession.create(o.model.runnable, ort/* SESSION_OPTIONS */.A);
    }
    catch (e) {
        throw new errors/* InputError */.dz(o.model.path, undefined, `onnxruntime cannot load the model (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    let peak = o.memory?.() ?? 0;
    try {
        const keep = [...new Set([...(o.slices ?? []), ...(o.sensitive ?? [])])];
        for (const k of keep)
            if (!names.includes(k))
                throw new errors/* InputError */.dz(o.source.file, undefined, `no column ${JSON.stringify(k)} to slice by`);
        await warmUp(session, o.model.signature.inputs[0].name, o.batchSize ?? 8192, features.length);
        const p = await (0,predict/* predict */.K$)({
            model: o.model,
            session,
            source: o.source,
            target: o.target,
            features,
            outputs,
            batchSize: o.batchSize ?? 8192,
            keep,
            onProgress: (rows) => {
                peak = Math.max(peak, o.memory?.() ?? 0);
                o.onProgress?.(rows);
            },
        });
        if (p.rows === 0)
            throw new errors/* InputError */.dz(o.source.file, undefined, "the holdout has no rows");
        const { evaluation, view } = evaluate_score(o, p, outputs.task, features);
        // Finite predictions can still overflow a metric (the squared error of values near float64's limit), which
        // JSON would write as null: refused like a prediction that is not finite.
        const overflow = Object.entries(evaluation.metrics).find(([, v]) => !Number.isFinite(v));
        if (overflow)
            throw new errors/* InputError */.dz(o.source.file, undefined, `the metric ${overflow[0]} comes out ${overflow[1]} (the predictions or the target are too large to score): no evaluation is written with a metric that is not finite`);
        Object.assign(evaluation.metrics, await operational(session, o, p, features.length));
        evaluation.metrics.peak_rss_mib = Math.max(peak, o.memory?.() ?? 0) / 2 ** 20;
        return { evaluation, predictions: (0,rowPredictions/* rowPredictions */.l9)(p, view, o.model.sha256, o.dataSha256) };
    }
    finally {
        await session.release();
    }
}
/** Each sensitive column's values, row by row. */
const sensitiveColumns = (o, p) => new Map((o.sensitive ?? []).map((s) => [s, p.extra.get(s)]));
function evaluate_score(o, p, task, features) {
    const base = {
        kind: "modelgate.evaluation",
        version: 1,
        model: { path: o.model.path, sha256: o.model.sha256, bytes: o.model.bytes.length, signature: o.model.signature },
        data: { path: o.source.file, sha256: o.dataSha256, rows: p.rows, features, target: o.target },
        task,
    };
    const slices = {};
    // A threshold turns the probability of the positive class into a label: with no such probability it would be
    // ignored while evaluation.json (and the card) say the labels came from it.
    if (o.threshold !== undefined && (task === "regression" || !p.proba || p.classes !== 2))
        throw new errors/* InputError */.dz(o.model.path, undefined, `--threshold applies to a binary classifier's probabilities, and this model ${task === "regression" ? "is a regressor" : !p.proba ? "gives labels alone" : `has ${p.classes} classes (its label is the most probable one)`}: leave the threshold out`);
    if (task === "regression" && o.positiveLabel !== undefined)
        throw new errors/* InputError */.dz(o.model.path, undefined, `--positive-label applies to a classifier, and this model is a regressor: leave the positive label out`);
    if (task === "regression") {
        for (const s of o.slices ?? [])
            slices[s] = Object.fromEntries([...(0,score/* sliceRows */.mG)(p.extra.get(s), o.sliceBins ?? 4)].map(([k, rows]) => [k, (0,score/* regressionScore */.ud)(p, rows)]));
        return {
            evaluation: {
                ...base,
                classes: null,
                positive_label: null,
                threshold: null,
                metrics: (0,score/* regressionScore */.ud)(p),
                confusion_matrix: null,
                slices,
                fairness: (0,fairness/* regressionFairness */.BA)(p.yTrueValue, p.values, sensitiveColumns(o, p)),
            },
            view: null,
        };
    }
    const classes = o.positiveLabel === undefined ? [] : (0,score/* viewClasses */.Qt)(p);
    if (o.positiveLabel !== undefined && !classes.includes(o.positiveLabel))
        throw new errors/* InputError */.dz(p.proba ? o.model.path : o.source.file, p.proba ? undefined : { column: o.target }, `--positive-label ${JSON.stringify(o.positiveLabel)} is none of the ${p.proba ? "model's classes" : "labels of the target and the model"} (${classes.join(", ")}): precision, recall and F1 of a class that never occurs would all be 0`);
    let view;
    try {
        view = (0,score/* classificationView */.sl)(p, o.positiveLabel, o.threshold);
    }
    catch (e) {
        // The view knows the values, not where they came from: the holdout's target column.
        if (e instanceof errors/* InputError */.dz && e.file === undefined)
            throw new errors/* InputError */.dz(o.source.file, { column: o.target }, e.problem);
        throw e;
    }
    const whole = (0,score/* classificationMetrics */.qb)(p, view);
    for (const s of o.slices ?? [])
        slices[s] = Object.fromEntries([...(0,score/* sliceRows */.mG)(p.extra.get(s), o.sliceBins ?? 4)].map(([k, rows]) => [
            k,
            (0,score/* classificationMetrics */.qb)(p, view, rows).metrics,
        ]));
    const fair = (0,fairness/* classificationFairness */.I5)((0,predict/* targetTexts */.Gs)(p), view.yPred, sensitiveColumns(o, p), view.classes, view.positive);
    return {
        evaluation: {
            ...base,
            classes: view.classes,
            positive_label: view.positive,
            threshold: o.threshold ?? null,
            metrics: whole.metrics,
            confusion_matrix: whole.confusion,
            slices,
            fairness: fair,
        },
        view,
    };
}
/**
 * Runs before the timed batches, so that batch latencies and rows per second describe a warm session: the first
 * runs of a session allocate its memory arena and plan its kernels. Measured here on 8,192 rows: 2.3 and 0.7 ms,
 * then 0.4, for the scikit-learn logistic regression; 24 and 15, then 8.5, for a 256×256 MLP. A zero batch of the
 * batch size, at most 16 M values.
 */
const WARM_UP_RUNS = 3;
async function warmUp(session, inputName, batchSize, width) {
    const rows = Math.max(1, Math.min(batchSize, Math.floor(16_777_216 / Math.max(1, width))));
    const zeros = new ((0,ort/* ort */.g)().Tensor)("float32", new Float32Array(rows * width), [rows, width]);
    try {
        for (let i = 0; i < WARM_UP_RUNS; i++)
            await session.run({ [inputName]: zeros });
    }
    catch {
        // A model that fails on zeros fails on real rows too, where predict() names the batch.
    }
}
/** Latency of single-row requests after warm-up (what a serving endpoint sees), throughput and size. */
async function operational(session, o, p, width) {
    const inputName = o.model.signature.inputs[0].name;
    // A real holdout row: a tree ensemble's path, and so its latency, depends on the values.
    const one = new ((0,ort/* ort */.g)().Tensor)("float32", p.firstRow ?? new Float32Array(width), [1, width]);
    const runs = Math.max(10, o.latencyRuns ?? 200);
    for (let i = 0; i < 20; i++)
        await session.run({ [inputName]: one });
    const times = [];
    for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await session.run({ [inputName]: one });
        times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const batches = [...p.batchMs].sort((a, b) => a - b);
    return {
        latency_p50_ms: percentile(times, 0.5),
        latency_p95_ms: percentile(times, 0.95),
        latency_p99_ms: percentile(times, 0.99),
        batch_latency_p50_ms: percentile(batches, 0.5),
        batch_latency_p95_ms: percentile(batches, 0.95),
        batch_latency_p99_ms: percentile(batches, 0.99),
        rows_per_second: p.rows / (p.inferenceMs / 1000),
        model_bytes: o.model.bytes.length,
    };
}

// EXTERNAL MODULE: ./src/core/metrics/catalogue.ts
var catalogue = __webpack_require__(46300);
// EXTERNAL MODULE: ./src/core/model/onnxModel.ts + 2 modules
var onnxModel = __webpack_require__(31479);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/render/evaluationRender.ts
var evaluationRender = __webpack_require__(40676);
// EXTERNAL MODULE: ./src/core/schema/schema.ts
var schema_schema = __webpack_require__(36964);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/readOptions.ts
var readOptions = __webpack_require__(61924);
;// CONCATENATED MODULE: ./src/commands/evaluate/run.ts













/**
 * The schema's columns but the target and the sensitive ones, in the schema's order: the model's input order when
 * the data file orders its columns otherwise. A feature the schema types as text, boolean or datetime cannot feed
 * a float32 input: one line.
 */
function schemaFeatures(schema, file, target, sensitive = []) {
    const exclude = new Set([target, ...sensitive]);
    const fields = schema.fields.filter((f) => !exclude.has(f.name));
    const bad = fields.find((f) => f.type !== "number" && f.type !== "integer");
    if (bad)
        throw new errors/* InputError */.dz(file, { column: bad.name }, `the feature is typed ${bad.type} in the schema; the model's float32 input takes integer or number columns (name the features with --features to leave it out)`);
    return fields.map((f) => f.name);
}
/** `modelgate evaluate`: writes evaluation.json; unusable model or data throws (exit 2). */
async function runEvaluate(input, io) {
    const { task, threshold, batchSize, data, out } = input;
    const schema = input.schema !== undefined ? await (0,yamlFile.loadYamlFile)(input.schema, schema_schema/* schemaFileSchema */.FJ) : null;
    const target = input.target ?? schema?.target;
    if (!target)
        throw new errors/* InputError */.dz(undefined, undefined, "--target is required (or a schema with `target`)");
    const model = await (0,onnxModel/* loadModelFile */.O)(input.model);
    const source = await (0,data_open/* openTable */.RT)(data, (0,readOptions/* readOptionsOf */.Mt)(input));
    let evaluation, predictions;
    try {
        ({ evaluation, predictions } = await evaluateModel({
            model,
            source,
            dataSha256: await (0,fileHash/* sha256File */.Q)(data),
            target,
            ...(input.features
                ? { features: input.features }
                : schema && input.schema
                    ? { features: schemaFeatures(schema, input.schema, target, input.sensitive) }
                    : {}),
            ...(task ? { task } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(input.positiveLabel !== undefined ? { positiveLabel: input.positiveLabel } : {}),
            batchSize,
            ...(input.slices ? { slices: input.slices } : {}),
            ...(input.sensitive ? { sensitive: input.sensitive } : {}),
            memory: () => process.memoryUsage().rss,
            ...(io.progress ? { onProgress: io.progress } : {}),
        }));
    }
    finally {
        await source.close();
    }
    evaluation.model.path = (0,commands_io/* shown */.SP)(evaluation.model.path, io.cwd);
    evaluation.data.path = (0,commands_io/* shown */.SP)(evaluation.data.path, io.cwd);
    await (0,outputFile/* writeOutput */.z)(out, `${JSON.stringify(evaluation, null, 2)}\n`);
    const predictionsOut = input.predictions;
    if (predictionsOut)
        await (0,rowPredictions/* writeRowPredictions */.Yc)(predictionsOut, predictions);
    const headline = (0,catalogue/* headlineMetrics */.oW)(evaluation.metrics)
        .map(([k, v]) => `${k} ${(0,catalogue/* formatMetric */.gI)(k, v)}`)
        .join(", ");
    const wrote = [out, ...(predictionsOut ? [predictionsOut] : [])].map((f) => (0,commands_io/* shown */.SP)(f, io.cwd)).join(" and ");
    const human = `evaluated ${evaluation.model.path} on ${evaluation.data.rows} rows (${evaluation.task}): ${headline}\nwrote ${wrote}\n`;
    (0,commands_io/* printResult */.RS)(io, human, evaluation);
    await io.platform.writeSummary((0,evaluationRender/* evaluationMarkdown */.iL)(evaluation));
    await io.platform.setOutputs({
        "evaluation-path": out,
        ...(predictionsOut ? { "predictions-path": predictionsOut } : {}),
        "model-sha256": evaluation.model.sha256,
        task: evaluation.task,
        metrics: JSON.stringify(evaluation.metrics),
    });
    return 0;
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

/***/ 89688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ modelFeatures)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The columns a model is fed, in input order: `features`, else every column but `exclude`. Checked against the
 * model's one float32 [N, F] input, so a table that cannot feed it is one line before any inference.
 */
function modelFeatures(model, file, names, o) {
    const features = o.features ? [...o.features] : names.filter((n) => !o.exclude.includes(n));
    for (const f of features)
        if (!names.includes(f))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `no feature column ${JSON.stringify(f)}`);
    // Each column has one place in the input row: a name given twice would leave a place no column fills.
    const twice = features.find((f, i) => features.indexOf(f) !== i);
    if (twice !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `the features name ${JSON.stringify(twice)} twice: each feature column once, in the model's input order`);
    const input = model.signature.inputs;
    if (input.length !== 1 || input[0].elemType !== "float32" || input[0].shape?.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(model.path, undefined, `modelgate evaluates models with one float32 [N, F] input; this one takes ${input.map((i) => `${i.name}: ${i.type}${i.shape ? ` [${i.shape.join(", ")}]` : ""}`).join(", ")}`);
    }
    const width = input[0].shape[1];
    if (typeof width === "number" && width !== features.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `${features.length} feature columns, but the model ${model.path} takes ${width}`);
    return features;
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

/***/ 31479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ loadModelFile)
});

// UNUSED EXPORTS: readSignature

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
;// CONCATENATED MODULE: ./src/core/model/protobuf.ts
// A small protobuf wire-format reader: enough to walk an ONNX ModelProto for its signature without a code
// generator. Every read is bounds-checked, so truncated or random bytes end in an error, never a hang.
class ProtoError extends Error {
}
/** The fields of one message, in order. Groups (wire types 3/4) are not used by ONNX and are an error. */
/** A varint's exact value (up to 64 bits). */
function exactVarint(bytes) {
    let v = 0n;
    for (let k = bytes.length - 1; k >= 0; k--)
        v = (v << 7n) | BigInt(bytes[k] & 0x7f);
    return v;
}
/** A varint field as a signed int64 (protobuf writes negative int64s as their 64-bit two's complement). */
function int64Of(f) {
    return BigInt.asIntN(64, f.int64 ?? BigInt(f.int));
}
/** The values of a packed repeated int64 field. */
function packedInt64s(buf) {
    const out = [];
    const at = { i: 0 };
    while (at.i < buf.length) {
        const from = at.i;
        readVarint(buf, at);
        out.push(BigInt.asIntN(64, exactVarint(buf.subarray(from, at.i))));
    }
    return out;
}
function readVarint(buf, at) {
    let result = 0;
    let scale = 1;
    for (let k = 0; k < 10; k++) {
        if (at.i >= buf.length)
            throw new ProtoError("truncated varint");
        const b = buf[at.i++];
        result += (b & 0x7f) * scale;
        if ((b & 0x80) === 0)
            return result;
        scale *= 128;
    }
    throw new ProtoError("varint too long");
}
function fields(buf) {
    const out = [];
    const at = { i: 0 };
    while (at.i < buf.length) {
        const start = at.i;
        const key = readVarint(buf, at);
        const no = Math.floor(key / 8);
        const wire = key % 8;
        if (no === 0)
            throw new ProtoError("field number 0");
        if (wire === 0) {
            const from = at.i;
            const int = readVarint(buf, at);
            const f = { no, wire, int, bytes: null, start, end: at.i };
            if (at.i - from > 7)
                f.int64 = exactVarint(buf.subarray(from, at.i));
            out.push(f);
        }
        else if (wire === 1 || wire === 5) {
            const n = wire === 1 ? 8 : 4;
            if (at.i + n > buf.length)
                throw new ProtoError("truncated fixed-width field");
            at.i += n;
            out.push({ no, wire, int: 0, bytes: null, start, end: at.i });
        }
        else if (wire === 2) {
            const len = readVarint(buf, at);
            if (len > buf.length - at.i)
                throw new ProtoError(`a field of ${len} bytes runs past the end`);
            out.push({ no, wire, int: 0, bytes: buf.subarray(at.i, at.i + len), start, end: at.i + len });
            at.i += len;
        }
        else
            throw new ProtoError(`unsupported wire type ${wire}`);
    }
    return out;
}
const utf8 = new TextDecoder("utf-8", { fatal: true });
function protobuf_text(f) {
    if (!f?.bytes)
        return "";
    try {
        return utf8.decode(f.bytes);
    }
    catch {
        throw new ProtoError("a string field is not UTF-8");
    }
}
function sub(f) {
    return f?.bytes ? fields(f.bytes) : [];
}
// Writing, for the few rewrites modelgate makes (see zipMap.ts): fields are copied byte for byte unless replaced.
function varintBytes(n) {
    const out = [];
    let v = n;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return out;
}
function concatBytes(parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** A length-delimited field: a string, bytes or an embedded message. */
function lenField(no, data) {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    return concatBytes([Uint8Array.from([...varintBytes(no * 8 + 2), ...varintBytes(bytes.length)]), bytes]);
}
function varintField(no, n) {
    return Uint8Array.from([...varintBytes(no * 8), ...varintBytes(n)]);
}
/** The message `buf` with each field replaced by what `edit` returns for it (undefined keeps it, null drops it). */
function rewrite(buf, edit) {
    return concatBytes(fields(buf).flatMap((f) => {
        const r = edit(f);
        return r === null ? [] : [r ?? buf.subarray(f.start, f.end)];
    }));
}

;// CONCATENATED MODULE: ./src/core/model/zipMap.ts
// scikit-learn's ONNX converter ends classifiers in an ai.onnx.ml ZipMap by default: probabilities as a sequence
// of {class: probability} maps. onnxruntime-node returns tensors only ("Non tensor type is temporarily not
// supported"), so modelgate runs a copy of the graph without the ZipMap, reading the [N, C] float tensor that fed
// it, and takes the class names from the ZipMap's own attribute. The file on disk, its sha256 and its signature
// stay those of the original model.

function classLabels(node) {
    for (const a of node.filter((f) => f.no === 5).map(sub)) {
        const name = protobuf_text(a.find((f) => f.no === 1));
        if (name === "classlabels_strings")
            return a.filter((f) => f.no === 9).map(protobuf_text);
        if (name === "classlabels_int64s") {
            const out = [];
            for (const f of a.filter((x) => x.no === 8)) {
                if (f.wire === 0)
                    out.push(String(int64Of(f)));
                else if (f.bytes)
                    out.push(...packedInt64s(f.bytes).map(String));
            }
            return out;
        }
    }
    throw new ProtoError("a ZipMap node without classlabels_int64s or classlabels_strings");
}
/** A float tensor [N, C] output declaration. */
function floatMatrix(name, width) {
    const dims = [lenField(1, lenField(2, "N")), lenField(1, varintField(1, width))];
    const shape = lenField(2, concatBytes(dims));
    const tensor = lenField(1, concatBytes([varintField(1, 1), shape]));
    return lenField(12, concatBytes([lenField(1, name), lenField(2, tensor)]));
}
/** The model without its output ZipMap, or null when it has none. */
function unzipMap(model) {
    const graphField = fields(model).find((f) => f.no === 7);
    if (!graphField?.bytes)
        return null;
    const graph = fields(graphField.bytes);
    const outputs = new Set(graph.filter((f) => f.no === 12).map((f) => protobuf_text(sub(f).find((x) => x.no === 1))));
    const zip = graph.find((f) => {
        if (f.no !== 1)
            return false;
        const n = sub(f);
        return protobuf_text(n.find((x) => x.no === 4)) === "ZipMap" && outputs.has(protobuf_text(n.find((x) => x.no === 2)));
    });
    if (!zip)
        return null;
    const node = sub(zip);
    const input = protobuf_text(node.find((x) => x.no === 1));
    const output = protobuf_text(node.find((x) => x.no === 2));
    const classes = classLabels(node);
    const newGraph = rewrite(graphField.bytes, (f) => {
        if (f.no === 1 && f.start === zip.start)
            return null;
        if (f.no === 12 && protobuf_text(sub(f).find((x) => x.no === 1)) === output)
            return floatMatrix(input, classes.length);
        return undefined;
    });
    const bytes = rewrite(model, (f) => (f.no === 7 ? lenField(7, newGraph) : undefined));
    return { bytes, zipMapOutput: output, probabilities: input, classes };
}

;// CONCATENATED MODULE: ./src/core/model/onnxModel.ts






/** ONNX TensorProto.DataType names. */
const ELEM_TYPES = {
    1: "float32",
    2: "uint8",
    3: "int8",
    4: "uint16",
    5: "int16",
    6: "int32",
    7: "int64",
    8: "string",
    9: "bool",
    10: "float16",
    11: "float64",
    12: "uint32",
    13: "uint64",
};
function typeOf(t) {
    const tensor = t.find((f) => f.no === 1);
    if (tensor) {
        const tf = sub(tensor);
        const elemType = ELEM_TYPES[tf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
        const shapeField = tf.find((f) => f.no === 2);
        const shape = shapeField
            ? sub(shapeField)
                .filter((f) => f.no === 1)
                .map((d) => {
                const df = sub(d);
                const value = df.find((f) => f.no === 1);
                return value ? value.int : protobuf_text(df.find((f) => f.no === 2)) || "?";
            })
            : null;
        return { type: `tensor(${elemType})`, elemType, shape };
    }
    const seq = t.find((f) => f.no === 4);
    if (seq)
        return { type: `seq(${typeOf(sub(sub(seq).find((f) => f.no === 1))).type})`, elemType: null, shape: null };
    const map = t.find((f) => f.no === 5);
    if (map) {
        const mf = sub(map);
        const key = ELEM_TYPES[mf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
        return { type: `map(${key},${typeOf(sub(mf.find((f) => f.no === 2))).type})`, elemType: null, shape: null };
    }
    return { type: "unknown", elemType: null, shape: null };
}
function valueInfo(f) {
    const vf = sub(f);
    return { name: protobuf_text(vf.find((x) => x.no === 1)), ...typeOf(sub(vf.find((x) => x.no === 2))) };
}
/** The signature of an ONNX model, read from its protobuf (onnxruntime does not expose opsets, producer or ops). */
function readSignature(bytes) {
    const model = fields(bytes);
    const graphField = model.find((f) => f.no === 7);
    if (!graphField)
        throw new ProtoError("no graph");
    const graph = sub(graphField);
    const initNames = new Set(graph.filter((f) => f.no === 5).map((f) => protobuf_text(sub(f).find((x) => x.no === 8))));
    const ops = new Set();
    for (const node of graph.filter((f) => f.no === 1)) {
        const nf = sub(node);
        const domain = protobuf_text(nf.find((x) => x.no === 7));
        ops.add(domain && domain !== "ai.onnx"
            ? `${domain}.${protobuf_text(nf.find((x) => x.no === 4))}`
            : protobuf_text(nf.find((x) => x.no === 4)));
    }
    return {
        irVersion: model.find((f) => f.no === 1)?.int ?? 0,
        producer: [protobuf_text(model.find((f) => f.no === 2)), protobuf_text(model.find((f) => f.no === 3))].filter(Boolean).join(" "),
        opsets: model
            .filter((f) => f.no === 8)
            .map((f) => {
            const of = sub(f);
            return { domain: protobuf_text(of.find((x) => x.no === 1)) || "ai.onnx", version: of.find((x) => x.no === 2)?.int ?? 0 };
        }),
        // Older IR versions list initializers among the inputs: they are weights, not what callers feed.
        inputs: graph
            .filter((f) => f.no === 11)
            .map(valueInfo)
            .filter((v) => !initNames.has(v.name)),
        outputs: graph.filter((f) => f.no === 12).map(valueInfo),
        ops: [...ops].sort(),
        initializers: initNames.size,
    };
}
/** Read an ONNX file: its bytes, sha256 and signature; anything unreadable is one InputError naming the file. */
async function loadModelFile(path) {
    await (0,regularFile/* assertRegularFile */.f)(path);
    const bytes = new Uint8Array(await (0,promises_.readFile)(path).catch((e) => Promise.reject((0,errors/* unreadable */.O$)(path, e))));
    if (bytes.length === 0)
        throw new errors/* InputError */.dz(path, undefined, "the model file is empty");
    let signature;
    try {
        signature = readSignature(bytes);
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, `not an ONNX model (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    if (signature.inputs.length === 0 || signature.outputs.length === 0) {
        throw new errors/* InputError */.dz(path, undefined, "not an ONNX model (the graph declares no inputs or outputs)");
    }
    let unzipped;
    try {
        unzipped = unzipMap(bytes);
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, `cannot read the model's ZipMap (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    return {
        path,
        bytes,
        sha256: (0,fileHash/* sha256Hex */.f)(bytes),
        signature,
        runnable: unzipped?.bytes ?? bytes,
        zipMap: unzipped
            ? { output: unzipped.zipMapOutput, probabilities: unzipped.probabilities, classes: unzipped.classes }
            : null,
    };
}


/***/ })

};
