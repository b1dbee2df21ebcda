export const id = 8635;
export const ids = [8635];
export const modules = {

/***/ 11902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_registry_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10798);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73776);
// Which model registry a registry command works on: `--registry github|gitlab|local:<dir>`, or modelgate.yml's
// registry.url, else the platform's own (GitHub Releases in a GitHub run, GitLab Releases in a GitLab job) and a
// local folder outside CI. The hosted ones come from the platform adapter; only the local folder is opened here.




/** The registry `asked` names (or the default for this run's platform); one line when it cannot be had here. */
async function openRegistry(asked, io) {
    const platform = io.platform.context.platform;
    const url = asked ?? (platform === "local" ? `local:${_core_registry_store_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LOCAL_REGISTRY */ .MF}` : platform);
    if (url.startsWith("local:")) {
        const dir = url.slice("local:".length);
        if (!dir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "--registry local:<dir> names no folder");
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, dir);
        const { LocalRegistry } = await __webpack_require__.e(/* import() */ 2635).then(__webpack_require__.bind(__webpack_require__, 12635));
        return { store: new LocalRegistry(root, { label: (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(root, io.cwd) }), approvals: async () => [] };
    }
    if (url !== "github" && url !== "gitlab")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `--registry ${JSON.stringify(url)}: expected github, gitlab or local:<dir>`);
    if (url !== platform)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `--registry ${url}: this run is ${platform === "local" ? "outside CI" : `on ${platform}`}; the ${url} registry is used from a ${url} CI job (or MODELGATE_PLATFORM=${url} with its variables and token)`);
    const hosted = await io.platform.registry();
    if ("unavailable" in hosted)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `--registry ${url}: ${hosted.unavailable}`);
    return hosted;
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

/***/ 2751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ shipMarkerLine),
/* harmony export */   I: () => (/* binding */ parseShipMarker)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51979);
// What the sticky pull/merge request comment says would ship, as a hidden line a comment command can trust only as
// far as it checks it: `/modelgate promote <stage>` acts on this model digest at this commit, and refuses when the
// pull request's head or the published version is another. The line is hidden in the rendered comment.

const LINE = /<!-- modelgate:ship name=(\S+) version=(\S+) commit=([0-9a-f]{40}) model_sha256=([0-9a-f]{64}) -->/;
/** The hidden line (names and versions are checked first, so nothing in it can close the HTML comment). */
function shipMarkerLine(m) {
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelName */ .s_)(m.name, "model name");
    const version = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(m.version, "version"));
    if (!/^[0-9a-f]{40}$/.test(m.commit))
        throw new Error(`ship marker: ${JSON.stringify(m.commit)} is not a commit id`);
    if (!/^[0-9a-f]{64}$/.test(m.modelSha256))
        throw new Error("ship marker: the model digest is not a sha256");
    return `<!-- modelgate:ship name=${name} version=${version} commit=${m.commit} model_sha256=${m.modelSha256} -->`;
}
/** The marker in a comment body, or null when there is none or it is malformed. */
function parseShipMarker(body) {
    const m = LINE.exec(body);
    if (!m)
        return null;
    const [, name, version, commit, modelSha256] = m;
    try {
        return {
            name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelName */ .s_)(name, "model name"),
            version: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version, "version")),
            commit,
            modelSha256,
        };
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ stageStack),
/* harmony export */   Q9: () => (/* binding */ stageEventSchema),
/* harmony export */   ZL: () => (/* binding */ stagesOf),
/* harmony export */   dU: () => (/* binding */ rollback),
/* harmony export */   pt: () => (/* binding */ promote),
/* harmony export */   zX: () => (/* binding */ currentStages)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33782);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51979);
/* harmony import */ var _releaseFiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(111);
// Stages are aliases (production, staging, champion), each pointing at one version, with an append-only history of
// who moved it, when, from which version and with which approval. Promotion checks the stage's rules from
// modelgate.yml; rollback moves the pointer back through the history. A refusal by a rule is a result (the command
// exits 1); a name, version or stage that does not exist is an InputError (exit 2).








/** One line of a stage history as stored: a store reading it back refuses anything else. */
const stageEventSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
    stage: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
    previous: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable(),
    action: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["promote", "rollback"]),
    by: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable(),
    at: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
    approvals: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .approvalSchema */ .xI),
    commit: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable(),
    run: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable(),
})
    .strict();
/**
 * The versions a stage has stood at that a rollback can return to, oldest first; the last is current. A promotion
 * pushes its version, a rollback pops the current one: so a rollback of a rollback goes further back (3 → 2 → 1)
 * instead of flip-flopping between the last two. The recorded version wins if a history says otherwise.
 */
function stageStack(history, stage) {
    const stack = [];
    for (const e of history) {
        if (e.stage !== stage)
            continue;
        if (e.action === "rollback")
            stack.pop();
        if (stack[stack.length - 1] !== e.version)
            stack.push(e.version);
    }
    return stack;
}
/** Each stage's current version (its last event) and that event. */
function currentStages(history) {
    const current = new Map();
    for (const e of history)
        current.set(e.stage, e);
    return current;
}
/** The stages a version stands at now, by name. */
function stagesOf(history, version) {
    return [...currentStages(history)]
        .filter(([, e]) => e.version === version)
        .map(([s]) => s)
        .sort();
}
const refused = (rule, reason) => ({ status: "refused", rule, reason });
/** `*` within a branch name segment, as in GitHub's branch rules; everything else literal. */
function branchMatches(pattern, branch) {
    const re = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*");
    return new RegExp(`^${re}$`).test(branch);
}
/** The published release of a version; a draft or an unknown version is one line listing what there is. */
function publishedRelease(releases, name, version, label) {
    const release = releases.find((r) => !r.draft && r.version === version);
    if (release)
        return release;
    const versions = releases
        .filter((r) => !r.draft)
        .map((r) => r.version)
        .sort(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy);
    const draft = releases.some((r) => r.draft && r.version === version) ? " (only an unfinished draft of it)" : "";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `${(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .buildTag */ .NQ)(name, version)} is not a published version in ${label}${draft}; published: ${versions.join(", ") || "none"}`);
}
/** Who may move the stage: the rules `approvers` and `require_approval`, for promotion and rollback alike. */
function checkPeople(stage, rules, m, checks) {
    const allowed = rules?.approvers;
    const approvedBy = m.approvals.filter((a) => !allowed || allowed.includes(a.user));
    if (allowed) {
        if (!(m.by !== null && allowed.includes(m.by)) && approvedBy.length === 0)
            return refused("approvers", `${stage} may be moved only by ${allowed.join(", ")} (or with their approval); ${m.by ?? "an unknown user"} is not one${m.approvals.length ? `, nor are the approvers on record (${m.approvals.map((a) => a.user).join(", ")})` : ""}`);
        checks.push(`approvers: ${m.by !== null && allowed.includes(m.by) ? m.by : approvedBy[0].user} may move ${stage}`);
    }
    if (rules?.require_approval) {
        if (approvedBy.length === 0)
            return refused("require_approval", `${stage} requires an approval on record${allowed ? ` by ${allowed.join(", ")}` : ""}, and this run has none${m.approvals.length && allowed ? " by them" : ""} (on GitHub: a job with a protected environment's required reviewers)`);
        checks.push(`approval: ${approvedBy.map((a) => `${a.user} at ${a.at}`).join(", ")}`);
    }
    return null;
}
/** The version's own rules for this stage: its gate passed, its branch allowed, the stages before it held. */
function checkVersion(stage, version, rules, manifest, history, checks) {
    if (rules?.protected !== false || rules?.branches) {
        if (manifest === null || "problem" in manifest)
            return refused(rules?.protected !== false ? "gate" : "branches", `${stage}'s rules need ${version}'s manifest, which cannot be read: ${manifest?.problem ?? "none found"}`);
        if (rules?.protected !== false) {
            const model = manifest.assets.find((a) => a.name === _releaseFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .MODEL_ASSET */ .TT);
            if (!manifest.gate.passed)
                return refused("gate", `${stage} is protected and the gate of ${version} did not pass`);
            if (!model || model.sha256 !== manifest.gate.binding.model_sha256)
                return refused("gate", `${stage} is protected and the gate in ${version}'s manifest judged another model`);
            checks.push(`gate: passed for the model ${model.sha256.slice(0, 12)}…`);
        }
        if (rules?.branches) {
            const branch = manifest.git.branch;
            if (branch === null || !rules.branches.some((p) => branchMatches(p, branch)))
                return refused("branches", `${stage} takes versions published from ${rules.branches.join(", ")}; ${version} came from ${branch ?? "an unknown branch"}`);
            checks.push(`branch: ${branch}`);
        }
    }
    for (const before of rules?.requires ?? []) {
        if (!history.some((e) => e.stage === before && e.version === version))
            return refused("requires", `${stage} takes only versions that were in ${before} first; ${version} never was`);
        checks.push(`requires: ${version} was in ${before}`);
    }
    return null;
}
async function record(store, m, event, checks) {
    if (m.dryRun)
        return { status: "planned", event, checks };
    await store.recordStage(event);
    return { status: "moved", event, checks };
}
/** Point a stage at a published version, if the stage's rules allow it. */
async function promote(store, m) {
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseModelName */ .s_)(m.name);
    const stage = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStageName */ .LL)(m.stage);
    const version = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .formatVersion */ .qh)((0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersion */ .ot)(m.version));
    const release = publishedRelease(await store.releases(name), name, version, store.label);
    const history = await store.stageHistory(name);
    const current = stageStack(history, stage).at(-1) ?? null;
    if (current === version)
        return { status: "unchanged", stage, version };
    const rules = m.rules?.[stage];
    const checks = [];
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "modelgate-promote-"));
    try {
        const read = await (0,_releaseFiles_js__WEBPACK_IMPORTED_MODULE_6__/* .readStoredManifest */ .Zl)(store, release, dir);
        const manifest = "manifest" in read ? read.manifest : read;
        const no = checkVersion(stage, version, rules, manifest, history, checks) ?? checkPeople(stage, rules, m, checks);
        if (no)
            return no;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
    return record(store, m, event(m, name, stage, version, current, "promote"), checks);
}
/** Move a stage back to the version it held before the current one (further back on each rollback). */
async function rollback(store, m) {
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseModelName */ .s_)(m.name);
    const stage = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStageName */ .LL)(m.stage);
    const stack = stageStack(await store.stageHistory(name), stage);
    const current = stack.at(-1);
    const target = stack.at(-2);
    if (current === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `${name}: the stage ${stage} has never pointed at a version`);
    if (target === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `${name}: nothing to roll ${stage} back to (it holds ${current}, and no version before it)`);
    publishedRelease(await store.releases(name), name, target, store.label);
    const checks = [];
    const no = checkPeople(stage, m.rules?.[stage], m, checks);
    if (no)
        return no;
    return record(store, m, event(m, name, stage, target, current, "rollback"), checks);
}
function event(m, name, stage, version, previous, action) {
    return {
        name,
        stage,
        version,
        previous,
        action,
        by: m.by,
        at: (m.now ?? (() => new Date()))().toISOString(),
        approvals: m.approvals.map((a) => ({ ...a })),
        commit: m.commit,
        run: m.run,
    };
}


/***/ }),

/***/ 50215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ statistic),
/* harmony export */   JH: () => (/* binding */ testSummary),
/* harmony export */   L2: () => (/* binding */ verdictWords),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Rm: () => (/* binding */ severityRatio),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   nQ: () => (/* binding */ schemaChanges)
/* harmony export */ });
/* unused harmony exports sparkline, statusWords, otherReasons, TEXT_COLUMNS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const BARS = "▁▂▃▄▅▆▇█";
/** Shares as a sparkline, both sides on one scale so heights compare. */
function sparkline(values, max) {
    return values.map((v) => BARS[Math.min(7, Math.round((v / (max || 1)) * 7))]).join("");
}
function num(x) {
    if (x === null)
        return "–";
    if (!Number.isFinite(x))
        return x > 0 ? "∞" : "−∞";
    if (x !== 0 && Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return x.toFixed(4);
}
function pct(x) {
    return `${(x * 100).toFixed(1)} %`;
}
/** The statistic, marked ≈ (with its bound when known) when it came from profile sketches. */
/** "ks 0.1200, p = 0.0300 (threshold 0.0500)": a tested column's test, statistic, p-value and threshold. */
function testSummary(c) {
    return `${c.test} ${statistic(c)}${c.p_value !== null ? `, p = ${num(c.p_value)}` : ""} (threshold ${num(c.threshold)})`;
}
function statistic(c) {
    if (!c.approximate)
        return num(c.statistic);
    return `≈ ${num(c.statistic)}${c.approximate.bound !== null ? ` ± ${num(c.approximate.bound)}` : ""}`;
}
/** A column's status in words (the verdict's label when no test ran). */
function statusWords(c) {
    if (c.status === "identifier")
        return "identifier, not tested";
    return c.status.replace(/_/g, " ");
}
/**
 * Why a column drifted beyond what its test row shows: its null or invalid share, a type change. The test's own
 * reason is left out (the row shows the statistic); a drift.json from before reasons existed has none.
 */
function otherReasons(c) {
    return (c.reasons ?? []).filter((r) => c.status !== "ok" || !r.startsWith(`${c.test} `));
}
/** A column's verdict in words, and the reasons beyond it (a schema change's reason is its label). */
function verdictWords(c) {
    const more = otherReasons(c);
    const schema = c.status === "missing_in_current" || c.status === "type_changed";
    if (schema && more.length)
        return { label: more[0], more: more.slice(1) };
    return { label: c.status === "ok" ? (c.drifted ? "drift" : "no drift") : statusWords(c), more };
}
function verdict(c) {
    const { label, more } = verdictWords(c);
    const icon = c.drifted ? "🔴" : c.status === "ok" ? "🟢" : "⚪";
    return `${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(label)}${more.length ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(more.join("; "))}` : ""}`;
}
function row(c) {
    const pic = c.picture
        ? (() => {
            const max = Math.max(...c.picture.reference, ...c.picture.current);
            return `\`${sparkline(c.picture.reference, max)}\` → \`${sparkline(c.picture.current, max)}\``;
        })()
        : "–";
    const nulls = `${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}${c.null_rate_drifted ? " ⚠️" : ""}`;
    return `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${c.type} | ${c.test ?? "–"} | ${statistic(c)} | ${num(c.p_value)} | ${c.threshold === null ? "–" : num(c.threshold)} | ${verdict(c)} | ${nulls} | ${pic} |`;
}
/** Severity as a multiple of the threshold: distances divide by it, p-values invert (threshold / p), capped at 100. */
function severityRatio(c) {
    return c.p_value !== null ? Math.min(c.threshold / Math.max(c.p_value, 1e-12), 100) : c.statistic / c.threshold;
}
/** A Mermaid bar chart of the most drifted columns' statistics relative to their thresholds. */
function chart(d) {
    const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 8);
    if (tested.length === 0)
        return [];
    const score = severityRatio;
    // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
    const label = (s) => JSON.stringify(s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, 24));
    return [
        "```mermaid",
        "xychart-beta",
        '  title "Drift severity (1 = threshold)"',
        `  x-axis [${tested.map((c) => label(c.column)).join(", ")}]`,
        '  y-axis "× threshold"',
        `  bar [${tested.map((c) => score(c).toFixed(3)).join(", ")}]`,
        `  line [${tested.map(() => "1").join(", ")}]`,
        "```",
        "",
    ];
}
/** Columns missing from the current data or of another type there, at most this many named in the summary line. */
const SCHEMA_NAMED = 10;
/** The columns whose schema changed (missing, another type): the run fails on them whatever the share. */
function schemaChanges(d) {
    return [...d.columns, d.target, d.prediction].filter((c) => c !== null && (c.status === "missing_in_current" || c.status === "type_changed"));
}
/** The schema line, and the target and prediction columns' verdicts, one line each, when there is something to say. */
function apartLines(d) {
    const line = (what, c) => c
        ? `**${what} drift** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)}): ${verdict(c)}${c.status === "ok" ? ` — ${testSummary(c)}` : ""}`
        : null;
    const changed = schemaChanges(d);
    const schema = changed.length
        ? `**🔴 Schema drift**: ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.reasons?.[0] ?? statusWords(c))}`)
            .join("; ")}${changed.length > SCHEMA_NAMED ? `; and ${changed.length - SCHEMA_NAMED} more` : ""}`
        : null;
    return [schema, line("Target", d.target), line("Prediction", d.prediction)].filter((l) => l !== null);
}
/** Markdown, bounded: beyond `maxChars` the column table is cut and the reader pointed at the full report. */
function driftMarkdown(d, o = {}) {
    const head = [
        `### ${d.dataset_drifted ? "🔴 Dataset drift" : "🟢 No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${pct(d.share_drifted)}; threshold ${pct(d.dataset_threshold)})`,
        "",
        `Reference ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.reference.file)} (${d.reference.rows} rows) → current ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.current.file)} (${d.current.rows} rows).`,
        "",
        ...apartLines(d).flatMap((l) => [l, ""]),
        ...chart(d),
        "| Column | Type | Test | Statistic | p-value | Threshold | Verdict | Nulls (ref → cur) | Distribution (ref → cur) |",
        "|---|---|---|---:|---:|---:|---|---|---|",
    ];
    const foot = [
        "",
        d.from === "profiles"
            ? "<sub>From profiles: counts, nulls and fixed-edge bins exact; ≈ marks a statistic from the quantile or top-value sketches, ± its largest error. Tests as Evidently chooses them by default.</sub>"
            : "<sub>Tests as Evidently chooses them by default; p-values as scipy computes them (KS: exact up to 10,000 values a side). Bins: reference deciles.</sub>",
        "",
    ];
    const max = o.maxChars ?? 60_000;
    let size = [...head, ...foot].join("\n").length;
    const rows = [];
    for (const c of d.columns) {
        const r = row(c);
        if (size + r.length + 200 > max) {
            const rest = d.columns.length - rows.length;
            rows.push(`| … ${rest} more columns | | | | | | | | ${o.fullReport ? `see ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.fullReport)}` : "see drift.json"} |`);
            break;
        }
        rows.push(r);
        size += r.length + 1;
    }
    return [...head, ...rows, ...foot].join("\n");
}
/** Column lines the text verdict shows, worst first: a log of 100,000 lines helps no one; drift.json has them all. */
const TEXT_COLUMNS = 100;
/** The verdict for a terminal or CI log: the dataset line, schema, target and prediction lines, the worst columns. */
function driftText(d, o = {}) {
    const lines = [
        `${d.dataset_drifted ? "DRIFT" : "OK"} ${d.drifted_columns} of ${d.tested_columns} columns drifted (share ${d.share_drifted.toFixed(3)}, threshold ${d.dataset_threshold})`,
    ];
    const changed = schemaChanges(d);
    if (changed.length)
        lines.push(`SCHEMA DRIFT ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${c.column} (${c.reasons?.[0] ?? statusWords(c)})`)
            .join(", ")}${changed.length > SCHEMA_NAMED ? ` and ${changed.length - SCHEMA_NAMED} more` : ""}`);
    const why = (c) => {
        const { more } = verdictWords(c);
        return more.length ? ` — ${more.join("; ")}` : "";
    };
    const words = (c) => (c.status === "ok" ? "" : verdictWords(c).label);
    for (const [what, c] of [
        ["target", d.target],
        ["prediction", d.prediction],
    ])
        if (c)
            lines.push(`${what.toUpperCase()} ${c.drifted ? "DRIFT" : "OK"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}` : words(c)}${why(c)}`);
    for (const c of d.columns.slice(0, TEXT_COLUMNS))
        lines.push(`  ${c.drifted ? "✗" : c.status === "ok" ? "✓" : "-"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}${c.p_value !== null ? ` p=${num(c.p_value)}` : ""} (threshold ${c.threshold})` : words(c)}${c.reasons ? why(c) : c.null_rate_drifted ? `, null share ${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}` : ""}`);
    if (d.columns.length > TEXT_COLUMNS)
        lines.push(`  … ${d.columns.length - TEXT_COLUMNS} more columns (every column is in ${o.fullReport ?? "drift.json"})`);
    return `${lines.join("\n")}\n`;
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


/***/ }),

/***/ 32375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uL: () => (/* binding */ reportMarkdown),
  Ki: () => (/* binding */ reportVerdict),
  o3: () => (/* binding */ safeLink)
});

// UNUSED EXPORTS: STEP_OF, httpUrl

// EXTERNAL MODULE: ./src/core/metrics/catalogue.ts
var catalogue = __webpack_require__(46300);
// EXTERNAL MODULE: ./src/core/render/driftRender.ts
var driftRender = __webpack_require__(50215);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
// EXTERNAL MODULE: ./src/core/render/httpUrl.ts
var httpUrl = __webpack_require__(14545);
// EXTERNAL MODULE: ./src/core/render/evaluationRender.ts
var evaluationRender = __webpack_require__(40676);
// EXTERNAL MODULE: ./src/core/render/gateRender.ts
var gateRender = __webpack_require__(89825);
// EXTERNAL MODULE: ./src/core/render/runRender.ts
var runRender = __webpack_require__(68641);
// EXTERNAL MODULE: ./src/core/registry/shipMarker.ts
var shipMarker = __webpack_require__(2751);
;// CONCATENATED MODULE: ./src/core/render/shipRender.ts
// The "What would ship" section of the sticky pull/merge request comment: the version publish would take, the
// model's digest, its headline metrics against the stage's version (a table, and a Mermaid chart when it helps), the
// exact commands that ship it, and the hidden marker line a `/modelgate promote` comment is checked against. Every
// name, label and reason is escaped: a plan may carry a registry's text.



const CHANGE_ICON = { better: "🟢", worse: "🔴", same: "⚪" };
function changeCell(d) {
    if (d.delta === null || d.change === null)
        return "–";
    if (d.change === "same")
        return `${CHANGE_ICON.same} same`;
    const sign = d.delta > 0 ? "+" : "-";
    return `${CHANGE_ICON[d.change]} ${sign}${(0,render_escape/* escapeMarkdown */.FV)((0,catalogue/* formatMetric */.gI)(d.metric, Math.abs(d.delta)))} ${d.change}`;
}
function metricTable(p) {
    if (p.deltas.length === 0)
        return [];
    const against = (0,render_escape/* codeSpan */.SS)(p.current ? `${p.stage} ${p.current.version}` : p.stage);
    return [
        `| Metric | Candidate | ${against} | Change |`,
        "|---|---:|---:|---|",
        ...p.deltas.map((d) => `| ${(0,render_escape/* codeSpan */.SS)(d.metric)} (${d.direction} is better) | ${(0,render_escape/* escapeMarkdown */.FV)((0,catalogue/* formatMetric */.gI)(d.metric, d.candidate))} | ${d.current === null ? "–" : (0,render_escape/* escapeMarkdown */.FV)((0,catalogue/* formatMetric */.gI)(d.metric, d.current))} | ${changeCell(d)} |`),
        "",
    ];
}
/**
 * Candidate bars against the stage's line, only where a picture says more than the table: at least two metrics on
 * the one 0–1 scale where higher is better (accuracy, F1, AUC), so a taller bar always reads as better, and a
 * difference the eye can see. Latency, throughput and losses stay in the table: on one axis with them the
 * differences would not show.
 */
function chart(p) {
    const inUnit = (v) => v !== null && Number.isFinite(v) && v >= 0 && v <= 1;
    const shown = p.deltas.filter((d) => d.direction === "higher" && inUnit(d.candidate) && inUnit(d.current));
    if (!p.current || shown.length < 2)
        return [];
    // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
    const plain = (s, max = 24) => s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, max);
    const label = (s) => JSON.stringify(plain(s));
    const low = Math.min(...shown.flatMap((d) => [d.candidate, d.current]));
    // From the tenth below the lowest value: the differences of a few hundredths stay visible, and the axis says so.
    const from = Math.max(0, Math.min(0.9, Math.floor(low * 10) / 10));
    // Bars level with the line to the eye (under 1% of the axis) show nothing the table's "same" does not.
    if (!shown.some((d) => Math.abs(d.candidate - d.current) >= (1 - from) / 100))
        return [];
    return [
        "```mermaid",
        "xychart-beta",
        `  title "Candidate (bars) vs ${plain(p.stage, 32)} ${plain(p.current.version, 32)} (line)"`,
        `  x-axis [${shown.map((d) => label(d.metric)).join(", ")}]`,
        `  y-axis "value" ${from} --> 1`,
        `  bar [${shown.map((d) => d.candidate.toFixed(4)).join(", ")}]`,
        `  line [${shown.map((d) => d.current.toFixed(4)).join(", ")}]`,
        "```",
        "",
    ];
}
/** Why nothing ships, or why the version is unknown, with the rules that failed. */
function whyNot(p) {
    const o = p.outcome;
    if (o.status === "ships")
        return [];
    const rules = o.status === "blocked" && o.failedRules.length
        ? ` Failed: ${o.failedRules.map((r) => (0,render_escape/* codeSpan */.SS)(r, 80)).join(", ")}.`
        : "";
    return [`${(0,render_escape/* escapeMarkdown */.FV)(o.reason)}.${rules}`, ""];
}
function heading(p) {
    const o = p.outcome;
    const name = (0,render_escape/* codeSpan */.SS)(p.name);
    if (o.status === "blocked")
        return `### 🚫 Nothing would ship: ${name}`;
    if (o.status === "unknown")
        return `### 🚢 What would ship: ${name}, version unknown`;
    return `### 🚢 What would ship: ${(0,render_escape/* codeSpan */.SS)(`${p.name} ${o.version}`)}${o.existing === "already-published" ? " (already published)" : ""}`;
}
function facts(p) {
    const o = p.outcome;
    const lines = [];
    if (p.model)
        lines.push(`- **Model**: sha256 ${(0,render_escape/* digestSpan */.ps)(p.model.sha256)} (${(0,catalogue/* formatMetric */.gI)("model_bytes", p.model.bytes)})`);
    if (o.status === "ships")
        lines.push(o.existing === "new"
            ? `- **Version**: ${(0,render_escape/* codeSpan */.SS)(o.version)} — what \`publish --version auto\` takes next (tag ${(0,render_escape/* codeSpan */.SS)(o.tag)})`
            : `- **Version**: ${(0,render_escape/* codeSpan */.SS)(o.version)} already holds this very model (tag ${(0,render_escape/* codeSpan */.SS)(o.tag)}): nothing to publish again`);
    if (p.registry !== null) {
        lines.push(p.current
            ? `- **${(0,render_escape/* escapeMarkdown */.FV)(p.stage)} now**: ${(0,render_escape/* codeSpan */.SS)(p.current.version)}${o.status === "ships" && o.version === p.current.version ? " — this model is there already" : ""}`
            : `- **${(0,render_escape/* escapeMarkdown */.FV)(p.stage)} now**: no version yet${o.status === "ships" ? ": this would be its first" : ""}`);
        lines.push(`- **Registry**: ${(0,render_escape/* codeSpan */.SS)(p.registry, 120)}`);
    }
    return lines.length ? [...lines, ""] : [];
}
/** The commands that ship it; the comment form only with the marker that binds it to this commit and digest. */
function commands(p, bound) {
    const o = p.outcome;
    if (o.status !== "ships")
        return [];
    if (o.existing === "already-published" && p.current?.version === o.version)
        return [`Nothing to ship: ${(0,render_escape/* codeSpan */.SS)(p.stage)} already holds this very model.`, ""];
    const run = [o.commands.publish, o.commands.promote].filter((c) => c !== null);
    return [
        "To ship it:",
        "",
        (0,render_escape/* fencedBlock */.zW)(run.join("\n"), "sh"),
        "",
        ...(bound
            ? [
                `or comment ${(0,render_escape/* codeSpan */.SS)(o.commands.comment)} on this pull/merge request (bound to this commit and model digest).`,
                "",
            ]
            : []),
    ];
}
/** The hidden marker, for a plan that ships and a commit id; none otherwise (nothing a comment command could act on). */
function marker(p, commit) {
    const o = p.outcome;
    if (o.status !== "ships" || !p.model || commit === undefined || !/^[0-9a-f]{40}$/i.test(commit))
        return [];
    try {
        const line = (0,shipMarker/* shipMarkerLine */.D)({
            name: p.name,
            version: o.version,
            commit: commit.toLowerCase(),
            modelSha256: p.model.sha256,
        });
        return [line, ""];
    }
    catch {
        // A plan planShip did not make (its name or version unchecked) gets no marker: better none than one that lies.
        return [];
    }
}
/** The section as Markdown; `commit` (the run's sha) goes into the hidden marker. */
function shipMarkdown(p, o = {}) {
    const hidden = marker(p, o.commit);
    return [
        heading(p),
        "",
        ...whyNot(p),
        ...facts(p),
        ...metricTable(p),
        ...chart(p),
        ...commands(p, hidden.length > 0),
        ...p.notes.map((n) => `- ⚠️ ${(0,render_escape/* escapeMarkdown */.FV)(n)}`),
        ...(p.notes.length ? [""] : []),
        ...hidden,
    ].join("\n");
}

// EXTERNAL MODULE: ./src/core/render/validationRender.ts
var validationRender = __webpack_require__(2009);
;// CONCATENATED MODULE: ./src/core/render/reportRender.ts
// The one Markdown body a pull/merge request gets: the verdict first, then the gate's metric table, what would
// ship (with --ship-name), data validation, drift, model facts, the training run and the model card, long parts
// collapsed.










/** The step that writes each output: the one that failed or did not run when the output is missing. */
const STEP_OF = {
    validation: "validate",
    run: "train",
    evaluation: "evaluate",
    gate: "gate",
    drift: "drift",
    card: "card",
};
const NOTHING_CHECKED = "nothing was checked";
/**
 * Failed: a gate that failed, data that is invalid, drift found, training that failed, an output named but missing.
 * Not passed either when no check ran (no gate, validation, drift or training run): an evaluation alone judges
 * nothing, and "all checks pass" over no check would read as a pass.
 */
function reportVerdict(o, missing = []) {
    const failures = [
        ...missing.map((m) => `${STEP_OF[m.input]} output missing`),
        ...(o.gate && !o.gate.passed ? ["gate failed"] : []),
        ...(o.validation && !o.validation.valid ? ["data invalid"] : []),
        ...(o.drift?.drifted ? ["drift found"] : []),
        ...(o.run && o.run.exit_code !== 0 ? ["training failed"] : []),
    ];
    const checked = Boolean(o.gate || o.validation || o.drift || o.run);
    if (!checked && failures.length === 0)
        return { passed: false, failures: [NOTHING_CHECKED] };
    return { passed: failures.length === 0, failures };
}
/** A link only to an http(s) address, its characters made safe inside Markdown's (…). */
function safeLink(label, url) {
    if (!url)
        return null;
    const href = (0,httpUrl/* httpUrl */.q)(url);
    if (!href)
        return `${label}: ${(0,render_escape/* codeSpan */.SS)(url, 120)}`;
    return `[${label}](${href.replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
function stepRows(o) {
    const rows = [];
    if (o.gate) {
        const held = o.gate.rules.filter((r) => r.passed).length;
        rows.push(`| Gate | ${o.gate.passed ? "✅" : "❌"} ${held} of ${o.gate.rules.length} rules hold |`);
    }
    if (o.validation) {
        const s = o.validation.summary;
        rows.push(`| Data validation | ${o.validation.valid ? "✅" : "❌"} ${s.checks - s.failed} of ${s.checks} checks pass on ${o.validation.rows} rows |`);
    }
    if (o.drift) {
        const d = o.drift;
        rows.push(`| Drift | ${d.drifted ? "🔴" : "🟢"} ${d.drifted_columns} of ${d.tested_columns} columns drifted${d.schema_drifted ? ", schema changed" : ""}${d.target?.drifted ? ", target drifted" : ""}${d.prediction?.drifted ? ", predictions drifted" : ""} |`);
    }
    if (o.evaluation) {
        const e = o.evaluation;
        const m = e.metrics;
        const facts = [
            (0,catalogue/* formatMetric */.gI)("model_bytes", e.model.bytes),
            `opset ${e.model.signature.opsets.map((x) => x.version).join("/")}`,
            ...(m.latency_p95_ms !== undefined ? [`p95 ${(0,catalogue/* formatMetric */.gI)("latency_p95_ms", m.latency_p95_ms)} ms/row`] : []),
            ...(m.rows_per_second !== undefined ? [`${(0,catalogue/* formatMetric */.gI)("rows_per_second", m.rows_per_second)} rows/s`] : []),
        ];
        rows.push(`| Model | ${(0,render_escape/* codeSpan */.SS)(e.model.path)} sha256 ${(0,render_escape/* digestSpan */.ps)(e.model.sha256, 12)} · ${facts.join(" · ")} |`);
    }
    if (o.run)
        rows.push(`| Training | ${o.run.exit_code === 0 ? "✅" : "❌"} ${(0,render_escape/* codeSpan */.SS)(o.run.command, 80)} |`);
    return rows;
}
const collapsed = (summary, body) => [
    `<details><summary>${summary}</summary>`,
    "",
    body,
    "",
    "</details>",
    "",
];
/** The report body: the verdict line and step table, then one section per output given. */
function reportMarkdown(r) {
    const o = r.outputs;
    const missing = r.missing ?? [];
    const v = reportVerdict(o, missing);
    const unchecked = v.failures[0] === NOTHING_CHECKED;
    const out = [
        `## ${v.passed ? "✅" : unchecked ? "⚪" : "❌"} modelgate: ${v.passed ? "all checks pass" : (0,render_escape/* escapeMarkdown */.FV)(v.failures.join(", "))}`,
        "",
    ];
    if (missing.length > 0)
        out.push("### ⚠️ Missing step outputs", "", "These were named as inputs of the report but do not exist: the step that writes each failed or did not run, so its verdict is unknown.", "", "| Input | File | Written by |", "|---|---|---|", ...missing.map((m) => `| ${m.input} | ${(0,render_escape/* codeSpan */.SS)(m.file)} | ${STEP_OF[m.input]} |`), "");
    if (unchecked)
        out.push("_No gate, validation, drift or training run was given: no check ran, so nothing passed._", "");
    const rows = stepRows(o);
    if (rows.length > 0)
        out.push("| Step | Result |", "|---|---|", ...rows, "");
    const links = [
        safeLink("CI run", r.links.run),
        safeLink("Full HTML report", r.links.htmlReport),
        safeLink("Model card", r.links.card),
    ].filter((l) => l !== null);
    if (links.length > 0)
        out.push(links.join(" · "), "");
    if (o.gate)
        out.push((0,gateRender/* gateMarkdown */.bo)(o.gate));
    if (r.ship)
        out.push(shipMarkdown(r.ship, r.sha ? { commit: r.sha } : {}));
    if (o.validation) {
        const body = (0,validationRender/* validationMarkdown */.N5)(o.validation);
        // A clean validation is one line of news: its check list stays folded (it already folds the passed checks).
        out.push(body);
    }
    if (o.drift)
        out.push((0,driftRender/* driftMarkdown */.fZ)(o.drift, { maxChars: 30_000, ...(r.links.htmlReport ? { fullReport: "the HTML report" } : {}) }));
    if (o.evaluation)
        out.push(...collapsed("Model evaluation: every metric, slices, fairness", (0,evaluationRender/* evaluationMarkdown */.iL)(o.evaluation)));
    if (o.run)
        out.push(...collapsed("Training run: command, params, metrics, artifacts", (0,runRender/* runMarkdown */.l)(o.run)));
    if (r.card)
        out.push(...collapsed("Model card", r.card));
    out.push(`<sub>modelgate${r.sha ? ` · commit \`${r.sha.replace(/[^0-9a-f]/gi, "").slice(0, 12)}\`` : ""}</sub>`, "");
    return out.join("\n");
}


/***/ }),

/***/ 68641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ failedRunMarkdown),
/* harmony export */   l: () => (/* binding */ runMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const MAX_ROWS = 40;
function table(title, entries) {
    if (entries.length === 0)
        return [];
    const shown = entries.slice(0, MAX_ROWS);
    return [
        `| ${title} | Value |`,
        "|---|---|",
        ...shown.map(([k, v]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(k)} | ${v} |`),
        ...(entries.length > shown.length ? [`| … ${entries.length - shown.length} more | |`] : []),
        "",
    ];
}
/** The run's facts, params, reported metrics and artifacts (with sha256). */
function runMarkdown(r) {
    const git = r.git.commit
        ? `commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(r.git.commit, 12)}${r.git.branch ? ` on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.git.branch)}` : ""}`
        : "no git commit";
    const out = [
        `### Training run: ${r.exit_code === 0 ? "✅ exit 0" : r.timed_out ? "❌ timed out" : `❌ exit ${r.exit_code}`}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.command, 200)} ran ${r.duration_s.toFixed(1)} s from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.started_at)}, ${git}.`,
        "",
        ...table("Param", Object.entries(r.params).map(([k, v]) => [k, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(String(v))])),
        ...table("Reported metric", Object.entries(r.metrics).map(([k, v]) => [k, String(v)])),
        ...table("Artifact", [...r.artifacts, ...r.data].map((a) => [a.path, `${a.bytes} bytes, sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(a.sha256, 12)}`])),
        "<sub>Reported metrics are what the training script wrote; the gate judges the metrics modelgate measured on the ONNX file.</sub>",
        "",
    ];
    return out.join("\n");
}
/** The job summary of a failed run: what ran, how it ended, and its last lines (its outputs were not read). */
function failedRunMarkdown(run, why, tail) {
    return [
        "## ❌ modelgate train: the training command failed",
        "",
        // A fence, not an inline span: an action's `command: |` is often several lines, which a span cannot hold.
        `The command ${why} (it ran ${run.duration_s.toFixed(1)} s):`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(run.command, "sh"),
        "",
        `Last ${tail.length} lines of its output:`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(tail.join("\n"), "text"),
        "",
    ].join("\n");
}


/***/ }),

/***/ 2009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ validationMarkdown),
/* harmony export */   Tq: () => (/* binding */ checkTitle),
/* harmony export */   nP: () => (/* binding */ validationText),
/* harmony export */   sK: () => (/* binding */ validationJunit)
/* harmony export */ });
/* unused harmony export checkFinding */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const KIND_TITLE = {
    missing_column: "missing column",
    extra_column: "extra column",
    row_count: "row count",
    type: "type",
    nulls: "nulls",
    range: "out of range",
    allowed: "unexpected value",
    pattern: "pattern",
    unique: "duplicate",
    compound_unique: "duplicate key",
};
function checkTitle(c) {
    return `${c.column ?? "table"} › ${KIND_TITLE[c.kind]}`;
}
function pct(share) {
    if (share === 0)
        return "0%";
    if (share < 0.0001)
        return "<0.01%";
    return `${(share * 100).toFixed(2)}%`;
}
function where(e) {
    return e.line !== null ? `row ${e.row} (line ${e.line})` : `row ${e.row}`;
}
/** What a failed check found, in one line of plain text. */
function checkFinding(c) {
    if (c.kind === "row_count")
        return `${c.count} rows; expected ${c.expectation}`;
    if (c.kind === "missing_column" || c.kind === "extra_column")
        return `expected ${c.expectation}`;
    const mostly = c.mostly !== undefined ? ` (mostly ${c.mostly})` : "";
    return `${c.count} of ${c.denominator} (${pct(c.share)}) break "${c.expectation}"${mostly}`;
}
/** Terminal output: a verdict line, then one line per failed check with its first examples. */
function validationText(r) {
    const lines = [
        `${r.valid ? "PASS" : "FAIL"} ${r.file}: ${r.rows} rows, ${r.columns} columns, ${r.summary.checks} checks, ${r.summary.failed} failed`,
    ];
    for (const c of r.checks.filter((x) => !x.passed)) {
        lines.push(`  ✗ ${checkTitle(c)}: ${checkFinding(c)}`);
        for (const e of c.examples)
            lines.push(`      ${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` — ${e.note}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}
/** Markdown for a job summary or PR comment: verdict, then a table of every check, failures first. */
function validationMarkdown(r) {
    const icon = r.valid ? "✅" : "❌";
    const out = [
        `### ${icon} Data validation: ${r.valid ? "passed" : "failed"}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.file)} against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.schema)}: **${r.rows}** rows, **${r.columns}** columns, **${r.summary.checks}** checks, **${r.summary.failed}** failed.`,
        "",
    ];
    const failed = r.checks.filter((c) => !c.passed);
    if (failed.length) {
        out.push("| | Column | Check | Expectation | Violations | Examples |", "|---|---|---|---|---:|---|");
        for (const c of failed) {
            const examples = c.examples
                .map((e) => `${where(e)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.value, 40)}${e.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.note)})` : ""}`)
                .join("<br>");
            const count = c.kind === "row_count" ? `${c.count} rows` : `${c.count} (${pct(c.share)})`;
            out.push(`| ❌ | ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} | ${count} | ${examples} |`);
        }
        out.push("");
    }
    const passed = r.checks.filter((c) => c.passed);
    if (passed.length) {
        out.push(`<details><summary>${passed.length} checks passed</summary>`, "", "| Column | Check | Expectation |", "|---|---|---|");
        for (const c of passed)
            out.push(`| ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} |`);
        out.push("", "</details>", "");
    }
    return out.join("\n");
}
/** JUnit XML: one test case per rule per column, so GitLab's merge request widget lists them. */
function validationJunit(r) {
    const cases = r.checks.map((c) => {
        const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkTitle(c));
        const head = `    <testcase classname="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(`modelgate.validate.${r.file}`)}" name="${name}">`;
        if (c.passed)
            return `${head}</testcase>`;
        const detail = c.examples
            .map((e) => `${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` (${e.note})` : ""}`)
            .join("\n");
        return `${head}\n      <failure message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkFinding(c))}" type="${c.kind}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(detail)}</failure>\n    </testcase>`;
    });
    const failures = r.checks.filter((c) => !c.passed).length;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="modelgate validate" tests="${r.checks.length}" failures="${failures}">`,
        `  <testsuite name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.file)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        `  </testsuite>`,
        `</testsuites>`,
        "",
    ].join("\n");
}


/***/ })

};
