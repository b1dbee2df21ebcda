export const id = 636;
export const ids = [636];
export const modules = {

/***/ 85636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGateCommand: () => (/* binding */ runGateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/evaluate/rowPredictions.ts
var rowPredictions = __webpack_require__(6093);
// EXTERNAL MODULE: ./src/core/gate/gate.ts + 1 modules
var gate = __webpack_require__(88152);
;// CONCATENATED MODULE: ./src/core/gate/rules.ts
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
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: the confidence in ${JSON.stringify(text)} must be at least 50% and below 100%`);
    const m = RULE.exec(c ? text.slice(0, c.index) : text);
    if (!m)
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: cannot read the gate rule ${JSON.stringify(text)} (write e.g. "accuracy >= 0.95" or "f1 >= baseline - 0.01")`);
    const [, metric, op, baseline, sign, size, pct, value] = m;
    if (baseline) {
        const amount = size === undefined ? 0 : Number(size) * (pct ? 0.01 : 1);
        if (!Number.isFinite(amount) || amount < 0)
            throw new errors/* InputError */.dz(undefined, undefined, `${where}: the offset in ${JSON.stringify(text)} is not a non-negative number after its sign`);
        const offset = sign === "-" ? -amount : amount;
        // "baseline + x" with >= (or "- x" with <=) tightens the bound: the candidate must beat the baseline by x.
        const tightens = op.startsWith(">") ? offset > 0 : offset < 0;
        if (tightens && confidence !== null)
            throw new errors/* InputError */.dz(undefined, undefined, `${where}: "with ${c[1]}% confidence" gives the candidate the benefit of the holdout's noise, so it cannot demand an improvement as ${JSON.stringify(text)} does: drop one of the two`);
        if (tightens && pct && op.startsWith("<") && amount >= 1)
            throw new errors/* InputError */.dz(undefined, undefined, `${where}: ${JSON.stringify(text)} demands a drop of ${size}% or more, which would bring the bound to zero or below`);
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
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: the bound in ${JSON.stringify(text)} is not a number`);
    if (confidence !== null)
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: "with ${c[1]}% confidence" needs a baseline bound, as in "accuracy >= baseline - 0.01 with 95% confidence"`);
    return { text: text.trim(), metric: metric, op: op, value: v, offset: 0, relative: false, confidence: null };
}
/** `metric=higher|lower` flags as a map; a malformed one is one line. */
function parseDirections(flags) {
    const out = {};
    for (const f of flags) {
        const m = /^\s*([^=\s][^=]*?)\s*=\s*(higher|lower)\s*$/.exec(f);
        if (!m)
            throw new errors/* InputError */.dz(undefined, undefined, `--direction takes metric=higher or metric=lower, not ${JSON.stringify(f)}`);
        out[m[1]] = m[2];
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/gate/sources.ts
var sources = __webpack_require__(60093);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/render/gateRender.ts
var gateRender = __webpack_require__(89825);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/commands/gate/run.ts











/** Per-row predictions of both models, when given (rules `with N% confidence` need them). */
async function pairedFrom(input, io) {
    const c = input.predictions;
    const b = input.baselinePredictions;
    if (c === undefined && b === undefined)
        return undefined;
    if (c === undefined || b === undefined)
        throw new errors/* InputError */.dz(undefined, undefined, "give both --predictions and --baseline-predictions, or neither");
    return {
        candidate: await (0,rowPredictions/* readRowPredictions */.ru)(c),
        baseline: await (0,rowPredictions/* readRowPredictions */.ru)(b),
        files: [(0,commands_io/* shown */.SP)(c, io.cwd), (0,commands_io/* shown */.SP)(b, io.cwd)],
        options: { resamples: input.resamples, seed: input.seed },
    };
}
/** The baseline kept by the newest successful run on a branch, fetched through the platform; none is one line. */
async function baselineOfRun(asked, input, io) {
    const branch = asked === "base" ? io.platform.context.baseBranch : asked;
    if (!branch)
        throw new errors/* InputError */.dz(undefined, undefined, "--baseline-run base: this run belongs to no pull/merge request, so there is no target branch (name a branch)");
    const artifact = input.baselineArtifact;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-baseline-"));
    const got = await io.platform.runFile({
        branch,
        artifact,
        job: input.baselineJob,
        to: (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(artifact)),
    });
    if ("unavailable" in got)
        throw new errors/* InputError */.dz(undefined, undefined, `--baseline-run ${branch}: ${got.unavailable}`);
    io.platform.info(`baseline: ${artifact} of ${got.run}${got.sha ? ` (${got.sha.slice(0, 12)})` : ""}`);
    return (0,sources/* loadMetricSource */.s)(got.file, `${branch} (${got.run})`);
}
/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
async function runGateCommand(input, io) {
    const rules = (input.rule ?? []).map((r, i) => parseRule(r, `rule ${i + 1}`));
    const { evaluation, out } = input;
    const candidate = await (0,sources/* loadMetricSource */.s)(evaluation, (0,commands_io/* shown */.SP)(evaluation, io.cwd));
    const baseline = input.baseline !== undefined
        ? await (0,sources/* loadMetricSource */.s)(input.baseline, (0,commands_io/* shown */.SP)(input.baseline, io.cwd))
        : input.baselineRun !== undefined
            ? await baselineOfRun(input.baselineRun, input, io)
            : null;
    const directions = parseDirections(input.direction ?? []);
    const result = (0,gate/* runGate */.Rg)(rules, candidate, baseline, await pairedFrom(input, io), directions);
    await (0,outputFile/* writeOutput */.z)(out, `${JSON.stringify(result, null, 2)}\n`);
    (0,commands_io/* printResult */.RS)(io, (0,gateRender/* gateText */.u)(result), result);
    await io.platform.writeSummary((0,gateRender/* gateMarkdown */.b)(result));
    await io.platform.setOutputs({
        passed: result.passed,
        "gate-path": out,
        "failed-rules": result.rules.filter((r) => !r.passed).length,
    });
    return result.passed ? 0 : 1;
}


/***/ })

};
