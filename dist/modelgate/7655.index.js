export const id = 7655;
export const ids = [7655,921,3302];
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
    const source = await (0,data_open/* openTable */.RT)(data, (0,readOptions/* readOptionsOf */.M)(input));
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

/***/ 11252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export stripBom */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
// The one way input text and JSON files are read (config, schema, metrics, evaluation, gate, drift, profile, params):
// regular files only, a leading byte-order mark dropped, nesting bounded. YAML goes through yamlFile.ts, which uses
// the same text reader; this module stays free of the YAML library so JSON-only commands do not load it.



/**
 * How deep a structured file may nest. No config or result file comes near it; past it the readers that recurse
 * (the YAML composer, zod, the metric flattener) would overflow the stack on a crafted file of a few hundred bytes.
 */
const MAX_NESTING = 100;
/** The problem named when a file nests deeper than MAX_NESTING. */
const TOO_DEEP = `nested deeper than ${MAX_NESTING} levels`;
/** A text input's content: only a regular file is read; a UTF-8 byte-order mark is dropped. */
async function readTextFile(file) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    return stripBom(text);
}
/** The text without a leading U+FEFF (JSON.parse refuses one; YAML allows it). */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The line of the first bracket that opens past MAX_NESTING, strings skipped; null when the text stays within it. */
function tooDeepLine(text) {
    let depth = 0;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > MAX_NESTING)
                return line;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return null;
}
/** JSON text to a value; syntax, NaN and excessive nesting are one InputError naming the file. */
function parseJsonText(file, text) {
    const body = stripBom(text);
    const deep = tooDeepLine(body);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: deep }, TOO_DEEP);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(body, e));
    }
}
/** Read and parse a JSON file (see readTextFile and parseJsonText). */
async function readJsonFile(file) {
    return parseJsonText(file, await readTextFile(file));
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

/***/ 43516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compileDatetimeFormat)
/* harmony export */ });
/* unused harmony export FORMAT_DIRECTIVES */
const DIRECTIVES = {
    Y: { min: 0, max: 9999, width: 4 },
    m: { min: 1, max: 12, width: 2 },
    d: { min: 1, max: 31, width: 2 },
    H: { min: 0, max: 23, width: 2 },
    M: { min: 0, max: 59, width: 2 },
    S: { min: 0, max: 60, width: 2 },
};
/** The strftime directives a datetime `format` may use. */
const FORMAT_DIRECTIVES = "%Y %m %d %H %M %S %f %z %%";
/** Compile a strftime-style format (`%d/%m/%Y %H:%M`) to a byte parser; throws on an unknown directive. */
function compileDatetimeFormat(format) {
    const tokens = [];
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if (ch !== "%") {
            const code = ch.charCodeAt(0);
            if (code > 127)
                throw new Error(`only ASCII text may stand between directives, not ${JSON.stringify(ch)}`);
            tokens.push({ kind: "lit", byte: code });
            continue;
        }
        const d = format[++i];
        if (d === "%")
            tokens.push({ kind: "lit", byte: 37 });
        else if (d === "f")
            tokens.push({ kind: "frac" });
        else if (d === "z")
            tokens.push({ kind: "zone" });
        else if (d && DIRECTIVES[d])
            tokens.push({ kind: "num", key: d });
        else
            throw new Error(`unknown directive %${d ?? ""} (known: ${FORMAT_DIRECTIVES})`);
    }
    return (b, s, e) => {
        const f = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
        let ms = 0;
        let offset = 0;
        let i = s;
        for (const t of tokens) {
            if (t.kind === "lit") {
                if (b[i] !== t.byte)
                    return NaN;
                i++;
            }
            else if (t.kind === "num") {
                const spec = DIRECTIVES[t.key];
                let v = 0;
                let n = 0;
                while (n < spec.width && i < e && b[i] >= 48 && b[i] <= 57) {
                    v = v * 10 + (b[i++] - 48);
                    n++;
                }
                if (n === 0 || v < spec.min || v > spec.max)
                    return NaN;
                f[t.key] = v;
            }
            else if (t.kind === "frac") {
                let scale = 100;
                const start = i;
                while (i < e && b[i] >= 48 && b[i] <= 57) {
                    ms += (b[i++] - 48) * scale;
                    scale /= 10;
                }
                if (i === start)
                    return NaN;
            }
            else {
                if (i < e && (b[i] === 90 || b[i] === 122)) {
                    i++;
                    continue;
                }
                const sign = b[i] === 43 ? -1 : b[i] === 45 ? 1 : 0;
                if (sign === 0)
                    return NaN;
                i++;
                const digits = [];
                while (i < e && digits.length < 4) {
                    if (b[i] === 58) {
                        i++;
                        continue;
                    }
                    if (b[i] < 48 || b[i] > 57)
                        break;
                    digits.push(b[i++] - 48);
                }
                if (digits.length !== 4)
                    return NaN;
                offset = sign * ((digits[0] * 10 + digits[1]) * 60 + digits[2] * 10 + digits[3]) * 60000;
            }
        }
        if (i !== e)
            return NaN;
        const day = new Date(Date.UTC(2000, f.m - 1, f.d));
        day.setUTCFullYear(f.Y);
        if (day.getUTCDate() !== f.d)
            return NaN; // 31 February and the like
        return day.getTime() + ((f.H * 60 + f.M) * 60 + f.S) * 1000 + ms + offset;
    };
}


/***/ }),

/***/ 7814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ openTable),
/* harmony export */   ZH: () => (/* binding */ resolveReadOptions),
/* harmony export */   be: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11854);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78713);





const BY_EXTENSION = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".arrow": "arrow",
    ".feather": "arrow",
    ".ipc": "arrow",
};
/** The format named, or the one the file's extension implies. */
function formatOf(file, format) {
    if (format) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `unknown format ${JSON.stringify(format)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
        }
        return format;
    }
    const found = BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase()];
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `cannot tell the format from the extension: name one with --format (${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
    return found;
}
/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
function resolveReadOptions(file, options = {}) {
    return {
        nullValues: options.nullValues ?? _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.nullValues,
        delimiter: options.delimiter ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === ".tsv" ? "\t" : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.delimiter),
    };
}
/** Open a table for streaming, in the format named or implied. */
async function openTable(file, options = {}) {
    const format = formatOf(file, options.format);
    const read = resolveReadOptions(file, options);
    // Every format's reader would block on a FIFO or read /dev/zero for ever: refused here, before any opens it.
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    switch (format) {
        case "csv":
            return (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openCsv */ .f)(file, read);
        // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
        case "jsonl":
            return (await __webpack_require__.e(/* import() */ 6558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(5767)]).then(__webpack_require__.bind(__webpack_require__, 45767))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(4733), __webpack_require__.e(9833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
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

/***/ 40676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ metricCells),
/* harmony export */   Qk: () => (/* binding */ fairnessBasis),
/* harmony export */   Z: () => (/* binding */ sliceKeys),
/* harmony export */   iL: () => (/* binding */ evaluationMarkdown),
/* harmony export */   pk: () => (/* binding */ fairnessGroupTable)
/* harmony export */ });
/* harmony import */ var _evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71734);
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46300);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56745);



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
        return v === undefined ? "–" : k === "count" ? String(v) : (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, v);
    })
        .join(" | ");
}
/** What a fairness entry measures, in words: which labelling (a classifier's) or which errors (a regressor's). */
function fairnessBasis(f, e) {
    if ((0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionFairness */ .$B)(f))
        return "per group: count, mean prediction, MAE and RMSE; each difference is the largest group's value minus the smallest's";
    const positive = e.positive_label === null ? "the positive class" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.positive_label);
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
        ...Object.entries(f.groups).map(([g, m]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(g)} | ${metricCells(keys, m)} |`),
    ];
}
/** The evaluation as a Markdown section (reused by the PR report). */
function evaluationMarkdown(e) {
    const sig = e.model.signature;
    const out = [
        `### Model evaluation: ${e.task}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.model.path)} (sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .digestSpan */ .ps)(e.model.sha256, 12)}, ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(o.domain)} ${o.version}`).join(", ")}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(sig.producer || "unknown producer")}) on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
        "",
        "| Metric | Value |",
        "|---|---:|",
        ...(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .listedMetrics */ .FK)(e.metrics, (m) => m.table === "quality").map((k) => `| ${k} | ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, e.metrics[k])} |`),
        "",
    ];
    if (e.confusion_matrix) {
        const { labels, matrix } = e.confusion_matrix;
        out.push("<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>", "", `| | ${labels.map((l) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(l)).join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
        matrix.forEach((row, i) => out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(labels[i])} | ${row.join(" | ")} |`));
        out.push("", "</details>", "");
    }
    const keys = sliceKeys(e);
    for (const [col, groups] of Object.entries(e.slices)) {
        out.push(`<details><summary>Slices by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(col)}</summary>`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(value)} | ${metricCells(keys, m)} |`);
        out.push("", "</details>", "");
    }
    for (const [col, f] of Object.entries(e.fairness)) {
        const figures = (0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .fairnessFigures */ .zH)(f).map(([k, v]) => `${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(k)} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, v)}`);
        out.push(`**Fairness across ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(col)}** (${fairnessBasis(f, e)}): ${figures.join(", ")}.`, "", ...fairnessGroupTable(f), "");
    }
    out.push("| Operational | Value |", "|---|---:|", ...(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .listedMetrics */ .FK)(e.metrics, (m) => m.table === "operational").map((k) => `| ${k} | ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, e.metrics[k])} |`), "");
    return out.join("\n");
}


/***/ }),

/***/ 36964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ datetimeBound),
/* harmony export */   FJ: () => (/* binding */ schemaFileSchema)
/* harmony export */ });
/* unused harmony export fieldSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43516);
/* harmony import */ var _data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73300);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78713);




const share = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).lte(1);
const scalar = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]);
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]);
/** A rule's value, or the value with `mostly`: the share of checked cells that must pass (as in Great Expectations). */
function withMostly(value, key) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        value,
        zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ [key]: value, mostly: share.optional() })
            .strict(),
    ]);
}
const fieldSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe("Column name, exactly as in the data."),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMN_TYPES */ .RO).describe("integer, number, boolean, datetime or string."),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("The column must be present."),
    nullable: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("Nulls are allowed (see max_null_fraction)."),
    max_null_fraction: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1).optional().describe("Largest share of nulls allowed."),
    min: withMostly(bound, "value").optional().describe("Inclusive lower bound (ISO text for datetimes)."),
    max: withMostly(bound, "value").optional().describe("Inclusive upper bound (ISO text for datetimes)."),
    allowed: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(scalar).min(1), "values").optional().describe("The only values allowed."),
    pattern: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), "regex")
        .optional()
        .describe("A regular expression each string must contain a match of (anchor it with ^…$)."),
    unique: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), "value").optional().describe("No value may repeat."),
    format: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("strftime format of a datetime column (default ISO 8601)."),
    mostly: share.optional().describe("Default `mostly` for this column's value rules."),
})
    .strict();
const schemaFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).default(1),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["strict", "allow_extra"]).default("strict").describe("strict: columns not listed are an error."),
    row_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
        .optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1))
        .optional()
        .describe("Compound keys: each list of columns must be unique together."),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("The target (label) column."),
    fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(fieldSchema),
})
    .strict()
    .superRefine((s, ctx) => {
    const names = new Set();
    s.fields.forEach((f, i) => {
        if (names.has(f.name))
            ctx.addIssue({
                code: "custom",
                path: ["fields", i, "name"],
                message: `the column ${JSON.stringify(f.name)} is listed twice`,
            });
        names.add(f.name);
        const numeric = f.type === "integer" || f.type === "number";
        for (const key of ["min", "max"]) {
            const v = f[key];
            if (v === undefined)
                continue;
            const value = typeof v === "object" ? v.value : v;
            if (f.type === "datetime"
                ? typeof value !== "string" || Number.isNaN(datetimeBound(value))
                : !numeric || typeof value !== "number") {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, key],
                    message: f.type === "datetime"
                        ? "a datetime bound must be ISO 8601 text"
                        : `${key} applies to integer, number and datetime columns, as a number`,
                });
            }
        }
        if (f.pattern !== undefined) {
            if (f.type !== "string")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: "pattern applies to string columns",
                });
            try {
                new RegExp(typeof f.pattern === "string" ? f.pattern : f.pattern.regex, "u");
            }
            catch (e) {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: `not a valid regular expression (${e.message})`,
                });
            }
        }
        if (f.format !== undefined) {
            if (f.type !== "datetime")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "format"],
                    message: "format applies to datetime columns",
                });
            try {
                (0,_data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__/* .compileDatetimeFormat */ .E)(f.format);
            }
            catch (e) {
                ctx.addIssue({ code: "custom", path: ["fields", i, "format"], message: e.message });
            }
        }
    });
    if (s.target !== undefined && !names.has(s.target))
        ctx.addIssue({
            code: "custom",
            path: ["target"],
            message: `the target ${JSON.stringify(s.target)} is not a listed column`,
        });
    s.unique?.forEach((key, i) => key.forEach((col, j) => {
        if (!names.has(col))
            ctx.addIssue({
                code: "custom",
                path: ["unique", i, j],
                message: `${JSON.stringify(col)} is not a listed column`,
            });
    }));
    if (s.row_count?.min !== undefined && s.row_count.max !== undefined && s.row_count.min > s.row_count.max) {
        ctx.addIssue({ code: "custom", path: ["row_count"], message: "min is greater than max" });
    }
});
/** Epoch milliseconds of an ISO 8601 bound. */
function datetimeBound(text) {
    const { b, n } = (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBytes */ .ZJ)(text);
    return (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(b, 0, n);
}


/***/ })

};
