export const id = 440;
export const ids = [440];
export const modules = {

/***/ 42440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport),
/* harmony export */   withoutFrontMatter: () => (/* binding */ withoutFrontMatter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7344);
/* harmony import */ var _core_regularFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89629);
/* harmony import */ var _core_render_reportRender_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40152);
/* harmony import */ var _core_report_bindings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86702);
/* harmony import */ var _core_report_outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77333);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73776);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5862);









const KINDS = ["validation", "run", "evaluation", "gate", "drift"];
/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
function withoutFrontMatter(markdown) {
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
    return (m ? markdown.slice(m[0].length) : markdown).trim();
}
/** Whether a named input is there; not there is a result (its step failed or did not run), any other trouble is not. */
async function present(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        return true;
    }
    catch (e) {
        if (e.code === "ENOENT")
            return false;
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e);
    }
}
/**
 * `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. An output
 * named but missing is reported (and posted) as such, and exits 1: a failed step still gets its comment, never a pass.
 */
async function runReport(input, io) {
    const post = input.post ? (0,_post_js__WEBPACK_IMPORTED_MODULE_7__/* .postFlags */ .gg)(input) : null;
    const { htmlUrl, cardUrl, out } = input;
    const named = [...KINDS, "card"].flatMap((kind) => {
        const file = input[kind];
        return file !== undefined ? [{ kind, file }] : [];
    });
    if (named.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "nothing to report, so nothing was checked: give the step outputs (--validation, --run, --evaluation, --gate, --drift, --card) or name them in modelgate.yml");
    const outputs = {};
    const missing = [];
    let card;
    for (const { kind, file } of named) {
        if (!(await present(file)))
            missing.push({ input: kind, file: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .SP)(file, io.cwd) });
        else if (kind === "card") {
            await (0,_core_regularFile_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .f)(file);
            card = withoutFrontMatter(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e))));
        }
        else
            Object.assign(outputs, { [kind]: await (0,_core_report_outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .loadOutput */ .g)(kind, file) });
    }
    (0,_core_report_bindings_js__WEBPACK_IMPORTED_MODULE_5__/* .checkBindings */ .t)(outputs, {
        ...(input.evaluation !== undefined ? { evaluation: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .SP)(input.evaluation, io.cwd) } : {}),
        ...(input.gate !== undefined ? { gate: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .SP)(input.gate, io.cwd) } : {}),
    });
    const ctx = io.platform.context;
    const body = (0,_core_render_reportRender_js__WEBPACK_IMPORTED_MODULE_4__/* .reportMarkdown */ .uL)({
        outputs,
        missing,
        ...(card ? { card } : {}),
        links: {
            ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
            ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
            ...(cardUrl ? { card: cardUrl } : {}),
        },
        ...(ctx.sha ? { sha: ctx.sha } : {}),
    });
    const verdict = { ...(0,_core_render_reportRender_js__WEBPACK_IMPORTED_MODULE_4__/* .reportVerdict */ .Ki)(outputs, missing), missing };
    if (out)
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutput */ .z)(out, body);
    else if (!io.json)
        (io.verbatim ?? io).stdout(body);
    await io.platform.writeSummary(body);
    const posted = post
        ? await (0,_post_js__WEBPACK_IMPORTED_MODULE_7__/* .postComment */ .Gy)(io, {
            ...post,
            body,
            summaryWritten: true,
            fullReport: htmlUrl
                ? { label: "the full HTML report", url: htmlUrl }
                : { label: "the job summary", url: ctx.runUrl ?? null },
        })
        : null;
    if (io.json)
        io.stdout(`${JSON.stringify({ ...verdict, report: out ?? null, comment: posted }, null, 2)}\n`);
    if (out)
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .humanStream */ .wW)(io)(`wrote ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .SP)(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`);
    await io.platform.setOutputs({
        passed: verdict.passed,
        "report-path": out ?? "",
        ...(posted ? (0,_post_js__WEBPACK_IMPORTED_MODULE_7__/* .postOutputs */ .BX)(posted) : { posted: false }),
    });
    return missing.length > 0 ? 1 : 0;
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

/***/ 86702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ checkBindings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The outputs a card or report puts side by side must speak of the same model and holdout: a gate verdict shown
// beside another model's evaluation would vouch for a model the gate never judged.

/**
 * Refuse a gate.json whose binding names another model or holdout than the evaluation given with it (one line
 * naming the gate file and the binding). A binding the gate did not know (a gate on a plain metrics file) is null
 * and compares with nothing.
 */
function checkBindings(o, files) {
    const { gate, evaluation } = o;
    if (!gate || !evaluation)
        return;
    const pairs = [
        ["model_sha256", "model", gate.binding.model_sha256, evaluation.model.sha256],
        ["data_sha256", "holdout", gate.binding.data_sha256, evaluation.data.sha256],
    ];
    for (const [key, what, bound, actual] of pairs) {
        if (bound === null || bound === actual)
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(files.gate, { path: `binding.${key}` }, `the gate judged the ${what} with sha256 ${bound.slice(0, 12)}…, but ${files.evaluation ?? "the evaluation"} is of the ${what} with sha256 ${actual.slice(0, 12)}…: give the gate.json made from this evaluation`);
    }
}


/***/ }),

/***/ 77333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ loadOutput)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/config/jsonFile.ts
var jsonFile = __webpack_require__(11252);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/train/run.ts

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
const runSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz("modelgate.run"),
    version: schemas/* literal */.euz(1),
    command: schemas/* string */.YjP(),
    exit_code: schemas/* number */.aig().int().nullable(),
    timed_out: schemas/* boolean */.zMY(),
    started_at: schemas/* string */.YjP(),
    duration_s: schemas/* number */.aig(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()])),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), bytes: schemas/* number */.aig() }).strict()),
    data: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), bytes: schemas/* number */.aig() }).strict()),
    git: schemas/* object */.Ikc({ commit: schemas/* string */.YjP().nullable(), branch: schemas/* string */.YjP().nullable() }).strict(),
    ci_run_url: schemas/* string */.YjP().nullable(),
    tools: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
})
    .strict();

;// CONCATENATED MODULE: ./src/core/report/outputs.ts
// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.




const envelope = (kind, fields) => schemas/* looseObject */._H3({ kind: schemas/* literal */.euz(kind), version: schemas/* literal */.euz(1), ...fields });
const num = schemas/* number */.aig();
const str = schemas/* string */.YjP();
/**
 * A sha256 as modelgate writes it. Renderers show digests as inline code; a step output may come from a fork's run
 * (the workflow_run pattern), so anything else there is refused, not rendered.
 */
const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, "expected a sha256 (64 lowercase hex digits)");
/** A classifier's fairness per sensitive column (binary, or one-vs-rest for the positive label). */
const classificationFairness = schemas/* looseObject */._H3({
    groups: schemas/* record */.g1P(str, schemas/* looseObject */._H3({ count: num, selection_rate: num, tpr: num, fpr: num, accuracy: num })),
    demographic_parity_difference: num,
    demographic_parity_ratio: num,
    equalized_odds_difference: num,
    equal_opportunity_difference: num,
});
/** A regressor's fairness per sensitive column: per-group errors and their between-group differences. */
const regressionFairness = schemas/* looseObject */._H3({
    groups: schemas/* record */.g1P(str, schemas/* looseObject */._H3({ count: num, mean_prediction: num, mae: num, rmse: num })),
    mean_prediction_difference: num,
    mae_difference: num,
    rmse_difference: num,
});
/** An input or output of the model as the card and the report list it. */
const valueSignature = schemas/* looseObject */._H3({
    name: str,
    type: str,
    shape: schemas/* array */.YOg(schemas/* union */.KCZ([num, str])).nullable(),
});
const evaluationFields = {
    model: schemas/* looseObject */._H3({
        path: str,
        sha256,
        bytes: num,
        signature: schemas/* looseObject */._H3({
            irVersion: num,
            producer: str,
            opsets: schemas/* array */.YOg(schemas/* looseObject */._H3({ domain: str, version: num })),
            inputs: schemas/* array */.YOg(valueSignature),
            outputs: schemas/* array */.YOg(valueSignature),
            ops: schemas/* array */.YOg(str),
            initializers: num,
        }),
    }),
    data: schemas/* looseObject */._H3({ path: str, sha256, rows: num, features: schemas/* array */.YOg(str), target: str }),
    classes: schemas/* array */.YOg(str).nullable(),
    positive_label: str.nullable(),
    threshold: num.nullable(),
    metrics: schemas/* record */.g1P(str, num),
    confusion_matrix: schemas/* looseObject */._H3({ labels: schemas/* array */.YOg(str), matrix: schemas/* array */.YOg(schemas/* array */.YOg(num)) }).nullable(),
    slices: schemas/* record */.g1P(str, schemas/* record */.g1P(str, schemas/* record */.g1P(str, num))),
};
/** One rule's result: every figure the gate table shows is a number (or null where the rule has none). */
const ruleResult = schemas/* looseObject */._H3({
    rule: str,
    metric: str,
    passed: schemas/* boolean */.zMY(),
    actual: num,
    bound: num,
    baseline: num.nullable(),
    delta: num.nullable(),
    improved: schemas/* boolean */.zMY().nullable(),
    interval: schemas/* looseObject */._H3({ confidence: num, low: num, high: num, resamples: num, seed: num }).nullable(),
});
/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
    validation: envelope("modelgate.validation", {
        valid: schemas/* boolean */.zMY(),
        file: str,
        schema: str,
        rows: num,
        columns: num,
        checks: schemas/* array */.YOg(schemas/* looseObject */._H3({
            passed: schemas/* boolean */.zMY(),
            kind: str,
            column: str.nullable(),
            count: num,
            share: num,
            denominator: num,
            mostly: num.optional(),
            expectation: str,
            examples: schemas/* array */.YOg(schemas/* looseObject */._H3({ row: num, line: num.nullable(), value: str, note: str.optional() })),
        })),
        summary: schemas/* looseObject */._H3({ checks: num, failed: num, violations: num }),
    }),
    // The task decides the shape of fairness, so an error names the field of that shape.
    evaluation: schemas/* discriminatedUnion */.gMt("task", [
        envelope("modelgate.evaluation", {
            ...evaluationFields,
            task: schemas/* literal */.euz("classification"),
            fairness: schemas/* record */.g1P(str, classificationFairness),
        }),
        envelope("modelgate.evaluation", {
            ...evaluationFields,
            task: schemas/* literal */.euz("regression"),
            fairness: schemas/* record */.g1P(str, regressionFairness),
        }),
    ]),
    gate: envelope("modelgate.gate", {
        passed: schemas/* boolean */.zMY(),
        rules: schemas/* array */.YOg(ruleResult).min(1, "a gate judges at least one rule"),
        candidate: schemas/* looseObject */._H3({ label: str }),
        baseline: schemas/* looseObject */._H3({ label: str }).nullable(),
        binding: schemas/* looseObject */._H3({ model_sha256: sha256.nullable(), data_sha256: sha256.nullable(), config_sha256: sha256 }),
    }),
    drift: envelope("modelgate.drift", {
        columns: schemas/* array */.YOg(schemas/* looseObject */._H3({ column: str, status: str })),
        drifted: schemas/* boolean */.zMY(),
        dataset_drifted: schemas/* boolean */.zMY(),
        drifted_columns: num,
        tested_columns: num,
    }),
};
function problem(file, error) {
    const issue = error.issues[0];
    const path = issue.path.join(".");
    return new errors/* InputError */.dz(file, path ? { path } : undefined, issue.message);
}
/**
 * A drift statistic JSON could not hold: JSON.stringify writes Infinity as null, and only an infinite statistic is
 * both null and drifted (a NaN one is never at or past its threshold). Revived, the column reads "∞" and charts as
 * the worst, as in drift's own report; a null that did not drift stays unknown.
 */
function reviveInfinite(d) {
    const revive = (c) => c.status === "ok" && c.drifted && c.statistic === null ? { ...c, statistic: Infinity } : c;
    return {
        ...d,
        columns: d.columns.map(revive),
        target: d.target ? revive(d.target) : null,
        prediction: d.prediction ? revive(d.prediction) : null,
    };
}
/**
 * A verdict must be the one its own parts give: a gate passes when every rule holds, data is valid when every check
 * passes. A file that says otherwise (edited, or made by hand) is refused rather than shown as a pass.
 */
function verdictAgrees(kind, value, file) {
    const said = kind === "gate"
        ? { path: "passed", is: value.passed, parts: value.rules, of: "rule" }
        : kind === "validation"
            ? {
                path: "valid",
                is: value.valid,
                parts: value.checks,
                of: "check",
            }
            : null;
    if (!said)
        return;
    const failed = said.parts.findIndex((p) => !p.passed);
    if (said.is === failed < 0)
        return;
    throw new errors/* InputError */.dz(file, { path: said.path }, said.is ? `says true, but ${said.of} ${failed + 1} failed` : `says false, but every ${said.of} passed`);
}
/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
async function loadOutput(kind, file) {
    const value = await (0,jsonFile/* readJsonFile */.JE)(file);
    // The kind first: another step's output is named as such, not by the first field it lacks.
    if (value?.kind !== `modelgate.${kind}`)
        throw new errors/* InputError */.dz(file, undefined, `not a modelgate ${kind} output (kind must be "modelgate.${kind}")`);
    const schema = kind === "run" ? runSchema : SCHEMAS[kind];
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw problem(file, parsed.error);
    verdictAgrees(kind, value, file);
    return (kind === "drift" ? reviveInfinite(value) : value);
}


/***/ })

};
