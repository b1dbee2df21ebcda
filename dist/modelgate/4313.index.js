export const id = 4313;
export const ids = [4313,3302];
export const modules = {

/***/ 64313:
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
/* harmony import */ var _core_registry_names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51979);
/* harmony import */ var _core_registry_verify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86686);
/* harmony import */ var _core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(89825);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(73776);
/* harmony import */ var _registryOf_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(11902);














/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(input, io) {
    const c = input.predictions;
    const b = input.baselinePredictions;
    if (c === undefined && b === undefined)
        return undefined;
    if (c === undefined || b === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
    return {
        candidate: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_4__/* .readRowPredictions */ .ru)(c),
        baseline: await (0,_core_evaluate_rowPredictions_js__WEBPACK_IMPORTED_MODULE_4__/* .readRowPredictions */ .ru)(b),
        files: [(0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .shown */ .SP)(c, io.cwd), (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .shown */ .SP)(b, io.cwd)],
        options: { resamples: input.resamples, seed: input.seed },
    };
}
/** The baseline kept by the newest successful run on a branch, fetched through the platform; none is one line. */
async function baselineOfRun(asked, input, io) {
    const branch = asked === "base" ? io.platform.context.baseBranch : asked;
    if (!branch)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, "--baseline-run base: this run belongs to no pull/merge request, so there is no target branch (name a branch)");
    const artifact = input.baselineArtifact;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "modelgate-baseline-"));
    const got = await io.platform.runFile({
        branch,
        artifact,
        job: input.baselineJob,
        to: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(artifact)),
    });
    if ("unavailable" in got)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--baseline-run ${branch}: ${got.unavailable}`);
    io.platform.info(`baseline: ${artifact} of ${got.run}${got.sha ? ` (${got.sha.slice(0, 12)})` : ""}`);
    return (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(got.file, `${branch} (${got.run})`);
}
/** The evaluation.json published with a registry version (`registry:churn@production`), downloaded and verified. */
async function baselineOfRegistry(asked, input, io) {
    const ref = (0,_core_registry_names_js__WEBPACK_IMPORTED_MODULE_9__/* .parseModelRef */ .qV)(asked.slice("registry:".length), "--baseline");
    const { store } = await (0,_registryOf_js__WEBPACK_IMPORTED_MODULE_12__/* .openRegistry */ .M)(input.registry, io);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "modelgate-baseline-"));
    // The file is read before the folder goes: loadMetricSource holds its content, not the path.
    try {
        const got = await (0,_core_registry_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .pull */ .a$)(store, ref, { to: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "evaluation.json"), asset: "evaluation.json" });
        if (!got.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `--baseline ${asked}: ${got.problem}`);
        io.platform.info(`baseline: evaluation.json of ${got.release.tag}${got.stage ? ` (${got.stage})` : ""}`);
        return await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(got.file, `${got.release.tag}${got.stage ? ` (${got.stage})` : ""}`);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
async function runGateCommand(input, io) {
    const rules = (input.rule ?? []).map((r, i) => (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRule */ .i)(r, `rule ${i + 1}`));
    const { evaluation, out } = input;
    const candidate = await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(evaluation, (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .shown */ .SP)(evaluation, io.cwd));
    const baseline = input.baseline?.startsWith("registry:")
        ? await baselineOfRegistry(input.baseline, input, io)
        : input.baseline !== undefined
            ? await (0,_core_gate_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .loadMetricSource */ .s)(input.baseline, (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .shown */ .SP)(input.baseline, io.cwd))
            : input.baselineRun !== undefined
                ? await baselineOfRun(input.baselineRun, input, io)
                : null;
    const directions = (0,_core_gate_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDirections */ .a)(input.direction ?? []);
    const result = (0,_core_gate_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .runGate */ .Rg)(rules, candidate, baseline, await pairedFrom(input, io), directions);
    await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeOutput */ .z)(out, `${JSON.stringify(result, null, 2)}\n`);
    if (input.junit !== undefined)
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeOutput */ .z)(input.junit, (0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_11__/* .gateJunit */ .qJ)(result));
    (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .printResult */ .RS)(io, (0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_11__/* .gateText */ .bp)(result), result);
    await io.platform.writeSummary((0,_core_render_gateRender_js__WEBPACK_IMPORTED_MODULE_11__/* .gateMarkdown */ .bo)(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
}


/***/ }),

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

/***/ 10756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseDirections),
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Gate rules: `metric op bound`, where the bound is a number or the baseline's value, optionally moved by an offset:
// `accuracy >= 0.95`, `latency_p95_ms <= 20`, `f1 >= baseline - 0.01`, `rmse <= baseline + 5%` allow a regression;
// `accuracy >= baseline + 0.01`, `rmse <= baseline - 5%` demand an improvement.
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
    const [, metric, op, baseline, sign, size, pct, value] = m;
    if (baseline) {
        const amount = size === undefined ? 0 : Number(size) * (pct ? 0.01 : 1);
        if (!Number.isFinite(amount) || amount < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the offset in ${JSON.stringify(text)} is not a non-negative number after its sign`);
        const offset = sign === "-" ? -amount : amount;
        // "baseline + x" with >= (or "- x" with <=) tightens the bound: the candidate must beat the baseline by x.
        const tightens = op.startsWith(">") ? offset > 0 : offset < 0;
        if (tightens && confidence !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: "with ${c[1]}% confidence" gives the candidate the benefit of the holdout's noise, so it cannot demand an improvement as ${JSON.stringify(text)} does: drop one of the two`);
        if (tightens && pct && op.startsWith("<") && amount >= 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: ${JSON.stringify(text)} demands a drop of ${size}% or more, which would bring the bound to zero or below`);
        return {
            text: text.trim(),
            metric: metric,
            op: op,
            value: null,
            offset,
            relative: Boolean(pct),
            confidence,
        };
    }
    const v = Number(value);
    if (!Number.isFinite(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the bound in ${JSON.stringify(text)} is not a number`);
    if (confidence !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: "with ${c[1]}% confidence" needs a baseline bound, as in "accuracy >= baseline - 0.01 with 95% confidence"`);
    return { text: text.trim(), metric: metric, op: op, value: v, offset: 0, relative: false, confidence: null };
}
/** `metric=higher|lower` flags as a map; a malformed one is one line. */
function parseDirections(flags) {
    const out = {};
    for (const f of flags) {
        const m = /^\s*([^=\s][^=]*?)\s*=\s*(higher|lower)\s*$/.exec(f);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `--direction takes metric=higher or metric=lower, not ${JSON.stringify(f)}`);
        out[m[1]] = m[2];
    }
    return out;
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

/***/ 89825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ gateMarkdown),
/* harmony export */   bp: () => (/* binding */ gateText),
/* harmony export */   qJ: () => (/* binding */ gateJunit)
/* harmony export */ });
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46300);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56745);


function deltaText(r) {
    if (r.delta === null)
        return "–";
    const arrow = r.improved === null ? "→" : r.improved ? "▲" : "▼";
    return `${arrow} ${r.delta >= 0 ? "+" : ""}${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.delta)}`;
}
/** "[−0.084, −0.014] (95 %)": the bootstrap interval of the difference a confidence rule was judged on. */
function intervalText(r) {
    if (!r.interval)
        return "";
    const f = (x) => `${x >= 0 ? "+" : ""}${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, x)}`;
    return `[${f(r.interval.low)}, ${f(r.interval.high)}] (${Math.round(r.interval.confidence * 1000) / 10} %)`;
}
const bound = (sha) => (sha === null ? "`unknown`" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .digestSpan */ .ps)(sha, 12));
/** The metric comparison table: rule, baseline, candidate, delta with direction, verdict. */
function gateMarkdown(g) {
    const anyInterval = g.rules.some((r) => r.interval);
    const out = [
        `### ${g.passed ? "✅ Gate passed" : "❌ Gate failed"}: ${g.rules.filter((r) => r.passed).length} of ${g.rules.length} rules hold`,
        "",
        `Candidate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(g.candidate.label)}${g.baseline ? ` against baseline ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(g.baseline.label)}` : ""}.`,
        "",
        `| Rule | Baseline | Candidate | Δ |${anyInterval ? " Δ interval |" : ""} Bound | Verdict |`,
        `|---|---:|---:|---:|${anyInterval ? "---:|" : ""}---:|---|`,
        ...g.rules.map((r) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(r.rule, 200)} | ${r.baseline === null ? "–" : (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.baseline)} | ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.actual)} | ${deltaText(r)} |${anyInterval ? ` ${intervalText(r) || "–"} |` : ""} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.bound)} | ${r.passed ? "✅ pass" : "❌ fail"} |`),
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
        lines.push(`  ${r.passed ? "✓" : "✗"} ${r.rule}: ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.actual)}${r.baseline !== null ? ` (baseline ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.baseline)}, ${deltaText(r)})` : ""}, bound ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.bound)}${r.interval ? `; Δ interval ${intervalText(r)}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}
/** JUnit XML: one test case per rule, so GitLab's merge request test widget lists the gate's verdict rule by rule. */
function gateJunit(g) {
    const cases = g.rules.map((r) => {
        const head = `    <testcase classname="modelgate.gate" name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(r.rule)}">`;
        const measured = `${r.metric} = ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.actual)}${r.baseline === null ? "" : ` (baseline ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.baseline)})`}, bound ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(r.metric, r.bound)}`;
        if (r.passed)
            return `${head}\n      <system-out>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(measured)}</system-out>\n    </testcase>`;
        return `${head}\n      <failure message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(`${r.rule} does not hold: ${measured}`)}" type="gate">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(`${measured}${r.interval ? `; interval ${intervalText(r)}` : ""}`)}</failure>\n    </testcase>`;
    });
    const failures = g.rules.filter((r) => !r.passed).length;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="modelgate gate" tests="${g.rules.length}" failures="${failures}">`,
        `  <testsuite name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(g.candidate.label)}" tests="${g.rules.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        `  </testsuite>`,
        `</testsuites>`,
        "",
    ].join("\n");
}


/***/ })

};
