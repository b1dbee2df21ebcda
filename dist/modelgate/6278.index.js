export const id = 6278;
export const ids = [6278];
export const modules = {

/***/ 96278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/core/gate/gate.ts + 1 modules
var gate = __webpack_require__(88152);
// EXTERNAL MODULE: ./src/core/gate/rules.ts
var gate_rules = __webpack_require__(10756);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/registry/manifest.ts
var registry_manifest = __webpack_require__(33782);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __webpack_require__(51979);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/report/bindings.ts
var bindings = __webpack_require__(86702);
// EXTERNAL MODULE: ./src/core/report/outputs.ts + 1 modules
var outputs = __webpack_require__(77333);
// EXTERNAL MODULE: ./src/core/registry/releaseFiles.ts
var releaseFiles = __webpack_require__(111);
;// CONCATENATED MODULE: ./src/core/registry/publishPlan.ts
// Deciding a publish, as data: the files at hand are checked against the gate's binding (only the model, holdout and
// rules that were gated may ship), described (sha256, size), and given a version; publish.ts carries the plan out and
// `--dry-run` prints it. Reading the store happens here (the versions taken, a re-run's own release); writing never.










const publishPlan_short = (sha) => `${sha.slice(0, 12)}…`;
/** The gate must be bound to this model and holdout (and rules, when at hand); one line names the first mismatch. */
function checkBinding(gate, evaluation, model, r, show) {
    const g = show(r.files.gate);
    const ev = show(r.files.evaluation);
    const m = show(r.files.model);
    const { model_sha256, data_sha256, config_sha256 } = gate.binding;
    if (model_sha256 === null || data_sha256 === null)
        throw new errors/* InputError */.dz(g, { path: model_sha256 === null ? "binding.model_sha256" : "binding.data_sha256" }, "the gate judged a metrics file, not an evaluation of a model on a holdout: publish needs the gate.json of `modelgate evaluate`'s evaluation.json");
    if (model_sha256 !== model.sha256)
        throw new errors/* InputError */.dz(g, { path: "binding.model_sha256" }, `the gate judged the model with sha256 ${publishPlan_short(model_sha256)}, but ${m} has sha256 ${publishPlan_short(model.sha256)}: publish the model that was gated, or gate this one`);
    if (evaluation.model.sha256 !== model.sha256)
        throw new errors/* InputError */.dz(ev, { path: "model.sha256" }, `the evaluation is of the model with sha256 ${publishPlan_short(evaluation.model.sha256)}, but ${m} has sha256 ${publishPlan_short(model.sha256)}`);
    (0,bindings/* checkBindings */.t)({ gate, evaluation }, { gate: g, evaluation: ev });
    const checks = [
        `model: ${m} has sha256 ${publishPlan_short(model.sha256)}, the one the gate judged`,
        `holdout: the gate judged the holdout ${show(evaluation.data.path)} with sha256 ${publishPlan_short(data_sha256)}, as ${ev} says`,
    ];
    if (r.configSha256 === null)
        checks.push("rules: not compared (no gate rules at hand: neither --rule nor modelgate.yml's gate.rules); gate.json's own rules were used");
    else if (r.configSha256 !== config_sha256)
        throw new errors/* InputError */.dz(g, { path: "binding.config_sha256" }, `the gate was judged under other rules than the ones at hand (--rule, or modelgate.yml's gate.rules, directions and bootstrap settings; config sha256 ${publishPlan_short(config_sha256)} in gate.json, ${publishPlan_short(r.configSha256)} here): run the gate again`);
    else
        checks.push(`rules: the gate's config sha256 ${publishPlan_short(config_sha256)} is the one the rules at hand give`);
    return checks;
}
/** Names of files in a release: fixed, so a pull or a baseline knows where to look. */
function assetList(r) {
    const f = r.files;
    const schemaExt = f.schema ? (0,external_node_path_.extname)(f.schema).toLowerCase() : "";
    const list = [
        [releaseFiles/* MODEL_ASSET */.TT, f.model],
        ["MODEL_CARD.md", f.card],
        ["evaluation.json", f.evaluation],
        ["gate.json", f.gate],
        ["run.json", f.run],
        [`schema${[".json", ".yml", ".yaml"].includes(schemaExt) ? schemaExt : ".yml"}`, f.schema],
        ["profile.json", f.profile],
    ];
    return list.flatMap(([name, path]) => (path === undefined ? [] : [[(0,names/* parseAssetName */.$C)(name, "asset"), path]]));
}
/** Check the files against the gate and plan the publish: the version to take and what the store holds of it. */
async function planPublish(store, r) {
    const show = r.shown ?? ((p) => p);
    const name = (0,names/* parseModelName */.s_)(r.name);
    const asked = (0,names/* parseVersionRequest */.Hd)(r.version, r.bump ?? "patch");
    const gate = await (0,outputs/* loadOutput */.g)("gate", r.files.gate);
    const evaluation = await (0,outputs/* loadOutput */.g)("evaluation", r.files.evaluation);
    const run = r.files.run ? await (0,outputs/* loadOutput */.g)("run", r.files.run) : null;
    const assets = await Promise.all(assetList(r).map(([n, p]) => (0,registry_manifest/* describeFile */.CL)(n, p)));
    const model = assets[0];
    const checks = checkBinding(gate, evaluation, model, r, show);
    if (r.files.holdout !== undefined) {
        const holdout = await (0,fileHash/* sha256File */.Q)(r.files.holdout);
        if (holdout !== evaluation.data.sha256)
            throw new errors/* InputError */.dz(show(r.files.holdout), undefined, `has sha256 ${publishPlan_short(holdout)}, but the gate judged the holdout with sha256 ${publishPlan_short(evaluation.data.sha256)}`);
        checks.push(`holdout: ${show(r.files.holdout)} is that holdout`);
    }
    if (!gate.passed) {
        const failed = gate.rules.filter((x) => !x.passed).map((x) => x.rule);
        return {
            status: "refused",
            reason: `${show(r.files.gate)}: the gate failed (${failed.length} of ${gate.rules.length} rules: ${failed.map((x) => JSON.stringify(x)).join(", ")}); only a model that passed its gate is published`,
            failedRules: failed,
        };
    }
    checks.unshift(`gate: passed, ${gate.rules.length} of ${gate.rules.length} rules hold`);
    const basis = {
        assets,
        evaluation,
        gate,
        gateSha256: assets.find((a) => a.name === "gate.json").sha256,
        run,
        schemaSha256: assets.find((a) => a.name.startsWith("schema."))?.sha256 ?? null,
        ...(r.git ? { git: r.git } : {}),
        ci: r.ci,
        approvals: r.approvals,
        tools: r.tools,
    };
    const identity = {
        model_sha256: model.sha256,
        commit: (r.git ?? run?.git)?.commit ?? null,
    };
    const { version, existing } = await chooseVersion(store, name, asked, identity, model);
    const publishedAt = (r.now ?? (() => new Date()))().toISOString();
    const plan = {
        name,
        version,
        tag: (0,names/* buildTag */.NQ)(name, version),
        auto: asked.auto ? asked.bump : null,
        assets,
        manifest: (0,registry_manifest/* buildManifest */.u1)({ ...basis, name, version, tag: (0,names/* buildTag */.NQ)(name, version), publishedAt }),
        identity,
        checks,
        existing,
        basis,
    };
    return { status: "ready", plan };
}
/** The plan's manifest for a version (another one after a conflict), published at `at`. */
function manifestFor(plan, version, at) {
    return (0,registry_manifest/* buildManifest */.u1)({
        ...plan.basis,
        name: plan.name,
        version,
        tag: (0,names/* buildTag */.NQ)(plan.name, version),
        publishedAt: at.toISOString(),
    });
}
/**
 * The version to publish: the one asked, or with `auto` the version a re-run already has (published, or an
 * interrupted draft of ours), else the next after the highest published one.
 */
async function chooseVersion(store, name, asked, identity, model) {
    const releases = await store.releases(name);
    const published = releases.filter((x) => !x.draft);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-plan-"));
    try {
        if (!asked.auto) {
            const version = asked.version;
            const taken = published.find((x) => x.version === version);
            if (taken) {
                const read = await (0,releaseFiles/* readStoredManifest */.Zl)(store, taken, dir);
                if (!("manifest" in read))
                    return { version, existing: { state: "taken", version, difference: read.problem } };
                const theirs = (0,releaseFiles/* identityOf */.cu)(read.manifest);
                if ((0,releaseFiles/* sameIdentity */.BU)(theirs, identity))
                    return { version, existing: { state: "already-published", version } };
                return { version, existing: { state: "taken", version, difference: (0,releaseFiles/* identityDifference */.qA)(theirs, identity) } };
            }
            const mine = await (0,releaseFiles/* releasesOf */.w0)(store, releases.filter((x) => (x.draft && x.version === version) || !x.draft), identity, model, dir);
            // The same model from the same commit under a second version would be a duplicate release.
            const elsewhere = mine.published.sort((a, b) => (0,names/* compareVersions */.Zy)(b.version, a.version))[0];
            if (elsewhere)
                throw new errors/* InputError */.dz(undefined, undefined, `--version ${version}: this model from this commit is already published as ${elsewhere.version} (${elsewhere.tag}); a second version of it would be a duplicate release (give --version ${elsewhere.version} or auto)`);
            return { version, existing: mine.drafts.length ? { state: "draft", version } : { state: "new" } };
        }
        const mine = await (0,releaseFiles/* releasesOf */.w0)(store, releases, identity, model, dir);
        const done = mine.published.sort((a, b) => (0,names/* compareVersions */.Zy)(b.version, a.version))[0];
        if (done)
            return { version: done.version, existing: { state: "already-published", version: done.version } };
        const takenVersions = new Set(published.map((x) => x.version));
        const resumable = mine.drafts.find((d) => !takenVersions.has(d.version));
        if (resumable)
            return { version: resumable.version, existing: { state: "draft", version: resumable.version } };
        return { version: (0,names/* nextVersion */.yU)([...takenVersions], asked.bump), existing: { state: "new" } };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/core/registry/store.ts
var registry_store = __webpack_require__(10798);
;// CONCATENATED MODULE: ./src/core/registry/publish.ts
// Carrying out a publish plan against any RegistryStore: draft → upload each file streamed → verify each stored file
// (size and sha256: the store's digest when it keeps one, else downloaded and hashed) → publish. Nothing is visible as
// a version before the last step. A re-run completes its own interrupted draft or finds its release published; a
// version another publisher took is VersionTaken, or with `auto` and onConflict "next" the next version.
// Two runs of the very same publish (same model, same commit) at the same instant may share one draft; one of them
// then publishes and the other reports "already published", or stops with an error that a re-run turns into that.









const publish_short = (sha) => `${sha.slice(0, 12)}…`;
/** VersionTaken, saying why (the message the command prints). */
const taken = (tag, why) => Object.assign(new registry_store/* VersionTaken */.QO(tag), { message: `${tag} is already published (${why})` });
/** A version that cannot be had, and why: moved past with `auto` and "next", else thrown as VersionTaken. */
class Conflict {
    version;
    why;
    constructor(version, why) {
        this.version = version;
        this.why = why;
    }
}
/** Apply a plan: returns what was published, or the release that already holds this publish. */
async function publish(store, plan, o = {}) {
    const log = [];
    const step = (line) => {
        log.push(line);
        o.onStep?.(line);
    };
    // The plan's time is the publishing time: a re-run planned at the same instant rebuilds the very same manifest.
    const at = new Date(plan.manifest.published_at);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-publish-"));
    try {
        let version = plan.version;
        for (let attempt = 1;; attempt++) {
            const got = await attemptVersion(store, plan, version, manifestFor(plan, version, at), dir, step);
            if (!(got instanceof Conflict))
                return { ...got, log };
            const tag = (0,names/* buildTag */.NQ)(plan.name, got.version);
            if (plan.auto === null || o.onConflict !== "next")
                throw taken(tag, `${got.why}${plan.auto ? "; with on_conflict: next, publish takes the next version" : ""}`);
            if (attempt >= (o.maxVersions ?? 10))
                throw taken(tag, `and the ${attempt - 1} versions before it: other publishers keep taking them`);
            const listed = (await store.releases(plan.name)).filter((r) => !r.draft).map((r) => r.version);
            // The listing may lag behind the publish that beat us (GitHub's is eventually consistent): never go back.
            version = (0,names/* nextVersion */.yU)([...listed, got.version], plan.auto);
            step(`${tag} was taken (${got.why}): trying ${version}`);
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** One version: the release found, published, or the conflict that moves on. */
async function attemptVersion(store, plan, version, manifest, dir, step) {
    const tag = (0,names/* buildTag */.NQ)(plan.name, version);
    const manifestPath = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(dir, "manifest-")), registry_manifest/* MANIFEST_FILE */.h1);
    await (0,promises_.writeFile)(manifestPath, (0,registry_manifest/* manifestText */.$2)(manifest));
    const files = [await (0,registry_manifest/* describeFile */.CL)(registry_manifest/* MANIFEST_FILE */.h1, manifestPath), ...plan.assets];
    const model = plan.assets[0];
    const found = await existing(store, plan, tag, dir);
    if (found.published) {
        await dropDrafts(store, found.ownDrafts, step, "the version is published");
        if ("manifest" in found.published) {
            step(`${tag} is already published with this model (${publish_short(plan.identity.model_sha256)})`);
            return { status: "already-published", release: found.published.release, manifest: found.published.manifest };
        }
        return new Conflict(version, found.published.why);
    }
    const [resumed, ...stale] = found.ownDrafts;
    await dropDrafts(store, stale, step, "another draft of this publish is completed instead");
    let draft = resumed;
    if (draft)
        step(`completing the interrupted draft of ${tag}`);
    else {
        try {
            draft = await store.createDraft({ name: plan.name, version, tag, notes: notes(plan, version) });
        }
        catch (e) {
            if (e instanceof registry_store/* VersionTaken */.QO)
                return new Conflict(version, "published meanwhile");
            throw e;
        }
        step(`created the draft ${tag}`);
    }
    try {
        draft = await fill(store, draft, files, dir, step);
        const released = await store.publish(draft);
        step(`published ${tag} (${files.length} files; model sha256 ${publish_short(model.sha256)})`);
        return { status: "published", release: released, manifest };
    }
    catch (e) {
        // Whoever beat us, our draft can never be published now: it goes, and the winner decides what we report.
        const after = await existing(store, plan, tag, dir).catch(() => null);
        if (!after)
            throw e;
        if (!(e instanceof registry_store/* VersionTaken */.QO) && !after.published) {
            step(`stopped: ${(0,errors/* errorMessage */.gJ)(e)} (the draft stays; run publish again to complete it)`);
            throw e;
        }
        // Best effort: the draft may be gone already, and what happened to the version matters more.
        await dropDrafts(store, [draft], step, "another publisher took the version").catch((err) => step(`could not remove the draft ${tag}: ${(0,errors/* errorMessage */.gJ)(err)}`));
        if (after.published && "manifest" in after.published) {
            step(`${tag} was published meanwhile with this model`);
            return { status: "already-published", release: after.published.release, manifest: after.published.manifest };
        }
        return new Conflict(version, after.published?.why ?? "published meanwhile");
    }
}
/** The release of this tag published already (ours, or why it is not), and the drafts of this publish. */
async function existing(store, plan, tag, dir) {
    const sameTag = (await store.releases(plan.name)).filter((r) => r.tag === tag);
    const model = plan.assets[0];
    const ownDrafts = (await (0,releaseFiles/* releasesOf */.w0)(store, sameTag.filter((r) => r.draft), plan.identity, model, dir)).drafts;
    const release = sameTag.find((r) => !r.draft);
    if (!release)
        return { published: null, ownDrafts };
    const read = await (0,releaseFiles/* readStoredManifest */.Zl)(store, release, dir);
    if (!("manifest" in read))
        return { published: { release, why: read.problem }, ownDrafts };
    const theirs = (0,releaseFiles/* identityOf */.cu)(read.manifest);
    if ((0,releaseFiles/* sameIdentity */.BU)(theirs, plan.identity))
        return { published: { release, manifest: read.manifest }, ownDrafts };
    return { published: { release, why: (0,releaseFiles/* identityDifference */.qA)(theirs, plan.identity) }, ownDrafts };
}
async function dropDrafts(store, drafts, step, why) {
    for (const d of drafts) {
        await store.deleteRelease(d);
        step(`removed the draft ${d.tag} (${why})`);
    }
}
function notes(plan, version) {
    return `${plan.name} ${version}: model sha256 ${plan.identity.model_sha256}${plan.identity.commit ? `, commit ${plan.identity.commit}` : ""}. Published by modelgate; manifest.json is the lineage record.`;
}
/** Whether a stored file holds the expected bytes: the store's digest when it keeps one, else a download hashed. */
async function holds(store, release, stored, want, dir) {
    if (!stored.complete)
        return "its upload never finished";
    if (stored.size !== want.size)
        return `${stored.size} bytes stored, ${want.size} expected`;
    if (stored.sha256 !== null)
        return stored.sha256 === want.sha256 ? null : `stored sha256 ${publish_short(stored.sha256)}`;
    const got = await (0,releaseFiles/* fetchAsset */.N0)(store, release, want.name, dir);
    if (got.size !== want.size)
        return `${got.size} bytes downloaded, ${want.size} expected`;
    return got.sha256 === want.sha256 ? null : `downloaded sha256 ${publish_short(got.sha256)}`;
}
/** Bring a draft to exactly `files`: wrong, incomplete or foreign files removed, missing ones uploaded and verified. */
async function fill(store, draft, files, dir, step) {
    const kept = new Map();
    for (const stored of draft.assets) {
        const want = files.find((f) => f.name === stored.name);
        const wrong = want ? await holds(store, draft, stored, want, dir) : "not a file of this publish";
        if (wrong === null && !kept.has(stored.name)) {
            kept.set(stored.name, stored);
            step(`kept ${stored.name} (uploaded before, verified)`);
            continue;
        }
        await store.deleteAsset(draft, stored.name);
        step(`removed ${stored.name} (${wrong ?? "a second copy"})`);
    }
    for (const f of files) {
        if (kept.has(f.name))
            continue;
        const stored = await store.uploadAsset({ ...draft, assets: [...kept.values()] }, f);
        const wrong = await holds(store, { ...draft, assets: [...kept.values(), stored] }, stored, f, dir);
        if (wrong !== null) {
            await store.deleteAsset(draft, f.name);
            throw new Error(`${store.label}: ${f.name} was stored wrong (${wrong}; sha256 ${publish_short(f.sha256)} uploaded)`);
        }
        kept.set(f.name, stored);
        step(`uploaded ${f.name} (${f.size} bytes, sha256 ${publish_short(f.sha256)}), verified by ${stored.sha256 === null ? "download" : "the store's digest"}`);
    }
    // What the store lists now, not what the calls returned: a draft publishes only when it holds exactly these files.
    const listed = (await store.releases(draft.name)).find((r) => r.id === draft.id);
    if (!listed)
        throw new Error(`${store.label}: the draft ${draft.tag} is gone`);
    const names = listed.assets.map((a) => a.name).sort();
    const expected = files.map((f) => f.name).sort();
    const mismatch = files.find((f) => {
        const s = listed.assets.find((a) => a.name === f.name);
        return !s || !s.complete || s.size !== f.size || (s.sha256 !== null && s.sha256 !== f.sha256);
    });
    if (mismatch || names.join("\n") !== expected.join("\n"))
        throw new Error(`${store.label}: the draft ${draft.tag} holds ${names.join(", ") || "nothing"} before publishing, not exactly ${expected.join(", ")}${mismatch ? ` (${mismatch.name} differs)` : ""}`);
    return listed;
}

// EXTERNAL MODULE: ./src/core/render/registryRender.ts
var registryRender = __webpack_require__(21089);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/registryOf.ts
var registryOf = __webpack_require__(11902);
;// CONCATENATED MODULE: ./src/commands/publish/run.ts








/** The rules hash gate.json must carry, from the rules at hand (flags or modelgate.yml); null when none are. */
function rulesSha256(input) {
    if (!input.rule?.length)
        return null;
    const rules = input.rule.map((r, i) => (0,gate_rules/* parseRule */.i)(r, `rule ${i + 1}`));
    const confident = rules.some((r) => r.confidence !== null);
    return (0,gate/* gateConfigSha256 */.Tk)(rules, (0,gate_rules/* parseDirections */.a)(input.direction ?? []), confident ? input : null);
}
/** `modelgate publish`: 0 published (or already), 1 refused (failed gate, no approval, version taken), 2 unusable input. */
async function runPublish(input, io) {
    const { store, approvals: approvalsOf } = await (0,registryOf/* openRegistry */.M)(input.registry, io);
    const ctx = io.platform.context;
    const approvals = await approvalsOf();
    const refuse = async (reason) => {
        (0,commands_io/* printResult */.RS)(io, `refused: ${reason}\n`, { status: "refused", reason });
        await io.platform.setOutputs({ status: "refused" });
        return 1;
    };
    if (input.requireApproval && approvals.length === 0)
        return refuse(`no approval of this run is on record in ${ctx.platform === "local" ? "a local run" : ctx.platform} (--require-approval, or registry.require_approval in modelgate.yml)`);
    const planned = await planPublish(store, {
        name: input.name,
        version: input.version,
        bump: input.bump,
        files: {
            model: input.model,
            gate: input.gate,
            evaluation: input.evaluation,
            ...(input.card !== undefined ? { card: input.card } : {}),
            ...(input.run !== undefined ? { run: input.run } : {}),
            ...(input.schema !== undefined ? { schema: input.schema } : {}),
            ...(input.profile !== undefined ? { profile: input.profile } : {}),
            ...(input.holdout !== undefined ? { holdout: input.holdout } : {}),
        },
        configSha256: rulesSha256(input),
        // Outside CI the commit is run.json's (the training run's checkout).
        ...(ctx.sha ? { git: { commit: ctx.sha, branch: ctx.branch ?? null } } : {}),
        ci: { run_url: ctx.runUrl ?? null, triggered_by: ctx.actor ?? null },
        approvals,
        tools: { modelgate: io.version ?? "unknown", node: process.version },
        shown: (p) => (0,commands_io/* shown */.SP)(p, io.cwd),
    });
    if (planned.status === "refused")
        return refuse(planned.reason);
    const { plan } = planned;
    if (input.dryRun) {
        (0,commands_io/* printResult */.RS)(io, (0,registryRender/* publishText */.Zx)({ status: "planned", plan, store: store.label }), {
            status: "planned",
            tag: plan.tag,
            version: plan.version,
            checks: plan.checks,
            manifest: plan.manifest,
        });
        await io.platform.setOutputs({ status: "planned", version: plan.version, tag: plan.tag });
        return 0;
    }
    let outcome;
    try {
        outcome = await publish(store, plan, { onConflict: input.onConflict, onStep: (line) => io.platform.info(line) });
    }
    catch (e) {
        if (e instanceof registry_store/* VersionTaken */.QO)
            return refuse(e.message);
        throw e;
    }
    const model = outcome.manifest.assets.find((a) => a.name === "model.onnx");
    (0,commands_io/* printResult */.RS)(io, (0,registryRender/* publishText */.Zx)({ status: outcome.status, plan, store: store.label, outcome }), {
        status: outcome.status,
        tag: outcome.release.tag,
        version: outcome.release.version,
        url: outcome.release.url ?? null,
        checks: plan.checks,
        manifest: outcome.manifest,
    });
    await io.platform.writeSummary((0,registryRender/* publishMarkdown */.bV)(outcome, store.label));
    await io.platform.setOutputs({
        status: outcome.status,
        version: outcome.release.version,
        tag: outcome.release.tag,
        "release-url": outcome.release.url ?? "",
        "model-sha256": model.sha256,
    });
    return 0;
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
