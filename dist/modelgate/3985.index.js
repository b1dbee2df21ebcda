export const id = 3985;
export const ids = [3985];
export const modules = {

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRegistryList: () => (/* binding */ runRegistryList)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_registry_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51979);
/* harmony import */ var _core_registry_releaseFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(111);
/* harmony import */ var _core_registry_stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3648);
/* harmony import */ var _core_render_registryRender_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21089);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73776);
/* harmony import */ var _registryOf_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11902);









/** `modelgate registry list`: every published version with what its manifest says (drafts are not versions). */
async function runRegistryList(input, io) {
    const name = (0,_core_registry_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelName */ .s_)(input.name);
    const { store } = await (0,_registryOf_js__WEBPACK_IMPORTED_MODULE_7__/* .openRegistry */ .M)(input.registry, io);
    const [releases, history] = await Promise.all([store.releases(name), store.stageHistory(name)]);
    const published = releases.filter((r) => !r.draft).sort((a, b) => (0,_core_registry_names_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(b.version, a.version));
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "modelgate-list-"));
    try {
        const rows = [];
        for (const r of published) {
            const read = await (0,_core_registry_releaseFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .readStoredManifest */ .Zl)(store, r, dir);
            rows.push({
                version: r.version,
                tag: r.tag,
                stages: (0,_core_registry_stages_js__WEBPACK_IMPORTED_MODULE_5__/* .stagesOf */ .ZL)(history, r.version),
                publishedAt: r.publishedAt ?? ("manifest" in read ? read.manifest.published_at : null),
                manifest: "manifest" in read ? read.manifest : null,
                ...("manifest" in read ? {} : { problem: read.problem }),
            });
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .printResult */ .RS)(io, (0,_core_render_registryRender_js__WEBPACK_IMPORTED_MODULE_6__/* .versionsText */ .pl)(name, rows, store.label), { name, registry: store.label, versions: rows });
        return 0;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

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

/***/ 21089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ verifyText),
/* harmony export */   U2: () => (/* binding */ stageText),
/* harmony export */   Zx: () => (/* binding */ publishText),
/* harmony export */   bV: () => (/* binding */ publishMarkdown),
/* harmony export */   cV: () => (/* binding */ stageMarkdown),
/* harmony export */   h$: () => (/* binding */ showText),
/* harmony export */   pl: () => (/* binding */ versionsText)
/* harmony export */ });
/* unused harmony export historyText */
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46300);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56745);
// What the registry commands print and put in the job summary: a publish (its checks, files and digests), a stage
// move, the versions of a model with their stages, metrics and approvals, and a verification's checks.


const short = (sha) => sha.slice(0, 12);
const approvalText = (a) => `${a.user} (${a.source}${a.environment ? `, ${a.environment}` : ""}, ${a.at})`;
// Who approved and when is the record itself: shown whole, not cut at codeSpan's usual 60 characters.
const approvalSpan = (a) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(approvalText(a), 400);
/** A publish as lines: what was checked, then what the store holds now. */
function publishText(o) {
    const m = o.outcome?.manifest ?? o.plan.manifest;
    const head = o.status === "planned"
        ? `would publish ${o.plan.tag} to ${o.store} (dry run: nothing changed)`
        : o.status === "already-published"
            ? `${m.tag} already holds this model in ${o.store}: nothing published again`
            : `published ${m.tag} to ${o.store}`;
    return [
        head,
        ...o.plan.checks.map((c) => `  ✓ ${c}`),
        ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${short(a.sha256)}…`),
        `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
        ...(o.outcome?.release.url ? [`  ${o.outcome.release.url}`] : []),
        "",
    ].join("\n");
}
/** The job summary of a publish: the version, its files and digests, and who approved. */
function publishMarkdown(outcome, store) {
    const m = outcome.manifest;
    const title = outcome.status === "published" ? "📦 Published" : "📦 Already published";
    return [
        `### ${title} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(m.tag)}`,
        "",
        `To ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(store)}${outcome.release.url ? ` — [release](${encodeURI(outcome.release.url)})` : ""}.`,
        "",
        "| File | Bytes | sha256 |",
        "|---|---:|---|",
        ...m.assets.map((a) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(a.name)} | ${a.size} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .digestSpan */ .ps)(a.sha256)} |`),
        "",
        `Approved by: ${m.approvals.length ? m.approvals.map(approvalSpan).join(", ") : "no approval on record"}.`,
        "",
    ].join("\n");
}
/** A stage move (or why not) as one line and its checks. */
function stageText(o, name) {
    switch (o.status) {
        case "refused":
            return `refused (${o.rule}): ${o.reason}\n`;
        case "unchanged":
            return `${name}@${o.stage} already points at ${o.version}: nothing changed\n`;
        default: {
            const e = o.event;
            const verb = o.status === "planned" ? "would move" : "moved";
            return [
                `${verb} ${name}@${e.stage} ${e.previous ? `from ${e.previous} ` : ""}to ${e.version} (${e.action}${e.by ? ` by ${e.by}` : ""})`,
                ...o.checks.map((c) => `  ✓ ${c}`),
                "",
            ].join("\n");
        }
    }
}
/** The summary of a stage move. */
function stageMarkdown(o, name) {
    const e = o.event;
    return [
        `### 🏷️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${name}@${e.stage}`)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.version)}`,
        "",
        `${e.action === "rollback" ? "Rolled back" : "Promoted"} ${e.previous ? `from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.previous)} ` : ""}by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.by ?? "unknown")}; approvals: ${e.approvals.length ? e.approvals.map(approvalSpan).join(", ") : "none on record"}.`,
        "",
    ].join("\n");
}
/** The versions of a model, newest first, with their stages, headline metrics and approvals. */
function versionsText(name, rows, store) {
    if (rows.length === 0)
        return `${name}: no published version in ${store}\n`;
    const lines = rows.map((r) => {
        const metrics = r.manifest
            ? (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineMetrics */ .oW)(r.manifest.metrics)
                .map(([k, v]) => `${k} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(k, v)}`)
                .join(", ")
            : `manifest unreadable: ${r.problem ?? "unknown"}`;
        const approved = r.manifest?.approvals.length
            ? `approved by ${[...new Set(r.manifest.approvals.map((a) => a.user))].join(", ")}`
            : "no approval on record";
        return `  ${r.version.padEnd(12)} ${(r.stages.join(",") || "-").padEnd(20)} ${r.publishedAt ?? ""}  ${metrics}; ${approved}`;
    });
    return [`${name} in ${store}:`, ...lines, ""].join("\n");
}
/** A stage's history, oldest first, as `registry show` lists it. */
function historyText(events) {
    if (events.length === 0)
        return "  no stage moves\n";
    return `${events
        .map((e) => `  ${e.at}  ${e.stage.padEnd(12)} ${e.action.padEnd(8)} ${(e.previous ?? "-").padEnd(10)} → ${e.version}${e.by ? `  by ${e.by}` : ""}${e.approvals.length ? `  approved by ${e.approvals.map((a) => a.user).join(", ")}` : ""}`)
        .join("\n")}\n`;
}
/** One version in full: manifest essentials, then the model's stage history. */
function showText(m, stages, history) {
    return [
        `${m.name} ${m.model_version} (${m.tag})${stages.length ? ` — ${stages.join(", ")}` : ""}`,
        `  published ${m.published_at}${m.ci.triggered_by ? ` by ${m.ci.triggered_by}` : ""}${m.ci.run_url ? ` in ${m.ci.run_url}` : ""}`,
        `  commit ${m.git.commit ?? "unknown"}${m.git.branch ? ` on ${m.git.branch}` : ""}`,
        `  gate ${m.gate.passed ? "passed" : "FAILED"}: ${m.gate.rules.map((r) => r.rule).join("; ")}`,
        `  metrics: ${Object.entries(m.metrics)
            .map(([k, v]) => `${k} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(k, v)}`)
            .join(", ")}`,
        `  holdout sha256 ${short(m.data.holdout_sha256)}…, rules sha256 ${short(m.config_sha256)}…`,
        `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
        ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${a.sha256}`),
        "stage history:",
        historyText(history).trimEnd(),
        "",
    ].join("\n");
}
/** A verification: every check with ✓ or ✗. */
function verifyText(v) {
    return [
        `${v.ok ? "verified" : "NOT verified"}: ${v.release.tag}${v.stage ? ` (stage ${v.stage})` : ""}`,
        ...v.checks.map((c) => `  ${c.ok ? "✓" : "✗"} ${c.check}: ${c.detail}`),
        "",
    ].join("\n");
}


/***/ })

};
