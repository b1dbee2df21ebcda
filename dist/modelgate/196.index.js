export const id = 196;
export const ids = [196];
export const modules = {

/***/ 12196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrain: () => (/* binding */ runTrain)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/gate/sources.ts
var sources = __webpack_require__(60093);
// EXTERNAL MODULE: ./src/core/train/run.ts
var run = __webpack_require__(13399);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/commands/train/processRunner.ts
// Runs the user's training command: through the shell (any language, `make model`, a remote job launcher), in a
// process group of its own so a timeout kills the whole tree, with its output streamed live and its last lines kept.

const TAIL_LINES = 30;
const KILL_GRACE_MS = 5000;
function runProcess(command, options) {
    const started = Date.now();
    const tail = [];
    let partial = "";
    const keep = (text) => {
        const lines = (partial + text).split("\n");
        partial = lines.pop() ?? "";
        for (const l of lines) {
            tail.push(l);
            if (tail.length > TAIL_LINES)
                tail.shift();
        }
    };
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group, which the timeout signals as a whole (-pid).
        const child = (0,external_node_child_process_.spawn)(command, {
            cwd: options.cwd,
            env: options.env,
            shell: true,
            detached: process.platform !== "win32",
            stdio: ["ignore", "pipe", "pipe"],
        });
        let timedOut = false;
        const killTree = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killTree("SIGTERM");
            setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS).unref();
        }, options.timeoutMs);
        for (const stream of [child.stdout, child.stderr]) {
            stream.setEncoding("utf8");
            stream.on("data", (text) => {
                options.onOutput(text);
                keep(text);
            });
        }
        child.on("error", (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on("close", (code) => {
            clearTimeout(timer);
            // Anything the group left running after the leader exited goes too.
            if (timedOut)
                killTree("SIGKILL");
            if (partial)
                tail.push(partial);
            resolve({ exitCode: code, timedOut, durationMs: Date.now() - started, tail: tail.slice(-TAIL_LINES) });
        });
    });
}

;// CONCATENATED MODULE: ./src/commands/train/train.ts










const DEFAULT_TIMEOUT_S = 3600;
async function readParams(file) {
    const text = await (0,promises_.readFile)(file, "utf8").catch((e) => Promise.reject((0,errors/* unreadable */.O$)(file, e)));
    let value;
    try {
        value = (0,external_node_path_.extname)(file).toLowerCase() === ".json" ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(file, undefined, `not valid ${(0,external_node_path_.extname)(file).toLowerCase() === ".json" ? "JSON" : "YAML"} (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    return (0,run/* flattenKeys */.V)(value);
}
async function fileFacts(path, cwd, what) {
    const s = await (0,promises_.stat)(path).catch(() => {
        throw new errors/* InputError */.dz((0,commands_io/* shown */.SP)(path, cwd), undefined, `the declared ${what} was not found after the run`);
    });
    return { path: (0,commands_io/* shown */.SP)(path, cwd), sha256: await (0,fileHash/* sha256File */.Q)(path), bytes: s.size };
}
function git(args, cwd) {
    const r = (0,external_node_child_process_.spawnSync)("git", args, { cwd, encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() || null : null;
}
/** `modelgate train`: run the team's command and record the run; 1 when it fails or times out, 2 when its outputs are missing. */
async function runTrain(inputs, io) {
    const command = inputs.command;
    const timeoutS = inputs.timeout === undefined ? DEFAULT_TIMEOUT_S : Number(inputs.timeout);
    if (!Number.isFinite(timeoutS) || timeoutS <= 0)
        throw new errors/* InputError */.dz(undefined, undefined, `--timeout must be a positive number of seconds, not ${JSON.stringify(inputs.timeout)}`);
    const params = typeof inputs.params === "string" ? await readParams(inputs.params) : {};
    const startedAt = new Date().toISOString();
    io.platform.startGroup(`modelgate train: ${command}`);
    let result;
    try {
        result = await runProcess(command, {
            cwd: io.cwd,
            timeoutMs: timeoutS * 1000,
            env: process.env,
            onOutput: (t) => (io.json ? io.stderr : io.stdout)(t),
        });
    }
    finally {
        io.platform.endGroup();
    }
    if (result.timedOut || result.exitCode !== 0) {
        const why = result.timedOut
            ? `timed out after ${timeoutS} s; its process tree was killed`
            : `exited with code ${result.exitCode}`;
        io.stderr(`modelgate: the training command ${why}. Last lines of its output:\n${result.tail.map((l) => `  | ${l}`).join("\n")}\n`);
        await io.platform.setOutputs({ "exit-code": result.exitCode ?? -1, "timed-out": result.timedOut });
        return 1;
    }
    const metrics = typeof inputs.metrics === "string"
        ? Object.fromEntries((await (0,sources/* loadMetricSource */.s)(inputs.metrics, (0,commands_io/* shown */.SP)(inputs.metrics, io.cwd))).values)
        : {};
    const artifacts = await Promise.all((inputs.artifacts ?? []).map((a) => fileFacts(a, io.cwd, "artifact")));
    const data = await Promise.all((inputs.dataFiles ?? []).map((d) => fileFacts(d, io.cwd, "data file")));
    const run = {
        kind: "modelgate.run",
        version: 1,
        command,
        exit_code: result.exitCode,
        timed_out: false,
        started_at: startedAt,
        duration_s: result.durationMs / 1000,
        params,
        metrics,
        artifacts,
        data,
        git: {
            commit: io.platform.context.sha ?? git(["rev-parse", "HEAD"], io.cwd),
            branch: git(["rev-parse", "--abbrev-ref", "HEAD"], io.cwd),
        },
        ci_run_url: io.platform.context.runUrl ?? null,
        tools: { node: process.version, platform: `${process.platform}-${process.arch}` },
    };
    const out = inputs.out ?? `${io.cwd}/run.json`;
    await (0,promises_.writeFile)(out, `${JSON.stringify(run, null, 2)}\n`);
    const human = `trained in ${run.duration_s.toFixed(1)} s: ${Object.keys(metrics).length} metrics, ${artifacts.length} artifacts (${artifacts.map((a) => `${a.path} ${a.sha256.slice(0, 12)}`).join(", ")})\nwrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}\n`;
    if (io.json)
        io.stdout(`${JSON.stringify(run, null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)(human);
    await io.platform.setOutputs({
        "run-path": out,
        "exit-code": 0,
        "duration-seconds": run.duration_s,
        metrics: JSON.stringify(metrics),
    });
    return 0;
}


/***/ }),

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** sha256 of a file, streamed (files of any size, bounded memory). */
async function sha256File(path) {
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

/***/ 13399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runSchema),
/* harmony export */   V: () => (/* binding */ flattenKeys)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
const runSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("modelgate.run"),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    timed_out: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    duration_s: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()])),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    git: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }).strict(),
    ci_run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
})
    .strict();
/** Nested keys as dotted paths (DVC's convention): {train: {lr: 0.1}} → {"train.lr": 0.1}. Arrays keep their index. */
function flattenKeys(value, prefix = "", out = {}) {
    if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value))
            flattenKeys(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix)
        out[prefix] = value;
    return out;
}


/***/ })

};
