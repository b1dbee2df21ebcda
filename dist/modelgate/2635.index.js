export const id = 2635;
export const ids = [2635];
export const modules = {

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

/***/ 12635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalRegistry: () => (/* binding */ LocalRegistry)
});

// UNUSED EXPORTS: DEFAULT_LOCAL_REGISTRY

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __webpack_require__(51979);
// EXTERNAL MODULE: ./src/core/registry/stages.ts
var stages = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/core/registry/store.ts
var store = __webpack_require__(10798);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/platform/local/localLock.ts
// A lock file for the local registry: created with O_EXCL (only one process can create it), holding who took it
// (pid, host, time, a token). A lock whose process is gone (same host) or that is older than `staleMs` is taken over;
// a lock is released only by its owner (the token), so a holder whose lock was judged stale never removes the next one.



const DEFAULT_LOCK = { timeoutMs: 60_000, staleMs: 300_000, pollMs: 25 };
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: the process exists under another user.
        return e.code === "EPERM";
    }
}
async function holderOf(file) {
    try {
        const h = JSON.parse(await (0,promises_.readFile)(file, "utf8"));
        return typeof h.pid === "number" &&
            typeof h.host === "string" &&
            typeof h.at === "number" &&
            typeof h.token === "string"
            ? h
            : null;
    }
    catch {
        return null;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Run `fn` holding the lock `file`; one line says who holds it when waiting times out. */
async function withLock(file, fn, o = {}) {
    const { timeoutMs, staleMs, pollMs } = { ...DEFAULT_LOCK, ...o };
    const token = (0,external_node_crypto_.randomBytes)(12).toString("hex");
    const started = Date.now();
    for (;;) {
        try {
            const fh = await (0,promises_.open)(file, "wx");
            try {
                await fh.writeFile(JSON.stringify({ pid: process.pid, host: (0,external_node_os_.hostname)(), at: Date.now(), token }));
            }
            finally {
                await fh.close();
            }
            break;
        }
        catch (e) {
            if (e.code !== "EEXIST")
                throw e;
        }
        const before = await (0,promises_.lstat)(file).catch(() => null);
        if (!before)
            continue;
        const holder = await holderOf(file);
        // A lock without a readable holder is one being written this instant, or the wreck of a crash: its age decides.
        const at = holder?.at ?? before.mtimeMs;
        const stale = Date.now() - at > staleMs || (holder !== null && holder.host === (0,external_node_os_.hostname)() && !alive(holder.pid));
        if (stale) {
            // Only the lock judged stale goes: if another process took it over meanwhile, the file is a new one.
            const now = await (0,promises_.lstat)(file).catch(() => null);
            if (now && now.ino === before.ino && now.mtimeMs === before.mtimeMs)
                await (0,promises_.unlink)(file).catch(() => undefined);
            continue;
        }
        if (Date.now() - started > timeoutMs)
            throw new Error(`${file} is held by process ${holder?.pid ?? "?"} on ${holder?.host ?? "?"} since ${new Date(at).toISOString()}: if no publish or promote is running there, remove the file`);
        await sleep(pollMs * (0.5 + Math.random()));
    }
    try {
        return await fn();
    }
    finally {
        if ((await holderOf(file))?.token === token)
            await (0,promises_.unlink)(file).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/platform/local/localRegistry.ts
// The model registry as a folder (default ./.modelgate/registry), with the semantics of the hosted ones:
//   <name>/<version>/           a published version: its files, and .release.json (the store's record: sizes, sha256)
//   <name>/.drafts/<version>-*  drafts, one folder per publisher; publishing is one rename to <name>/<version>/
//   <name>/stages.jsonl         the stages' append-only history
//   <name>/.lock                held (O_EXCL) around publishing and stage writes
// A rename is atomic, so a version is either absent or whole; the lock makes "is it taken?" and the rename one step.














const RECORD = ".release.json";
const DRAFTS = ".drafts";
const STAGES = "stages.jsonl";
const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
const recordSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    tag: schemas/* string */.YjP(),
    notes: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    published_at: schemas/* string */.YjP().nullable(),
    assets: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative(), sha256 }).strict()),
})
    .strict();
const DRAFT_ID = /^draft:([0-9A-Za-z.+-]+-[0-9a-f]{12})$/;
const VERSION_ID = /^version:(.+)$/;
const exists = (p) => (0,promises_.lstat)(p).then(() => true, () => false);
/** A line that is a whole stage event (JSON of the event's form), not the torn tail of an append. */
function wholeEvent(line) {
    try {
        return stages/* stageEventSchema */.Q9.safeParse(JSON.parse(line)).success;
    }
    catch {
        return false;
    }
}
class LocalRegistry {
    root;
    o;
    label;
    constructor(root, o = {}) {
        this.root = root;
        this.o = o;
        this.label = `local folder ${o.label ?? root}`;
    }
    modelDir(name) {
        return (0,external_node_path_.join)(this.root, (0,names/* parseModelName */.s_)(name, "model name"));
    }
    /** The folder of a release this store listed; an id it did not make (a path in disguise) is refused. */
    dirOf(release) {
        const base = this.modelDir(release.name);
        const d = DRAFT_ID.exec(release.id);
        if (d)
            return (0,external_node_path_.join)(base, DRAFTS, d[1]);
        const v = VERSION_ID.exec(release.id);
        if (v && (0,names/* isVersion */.lF)(v[1]) && v[1] === release.version)
            return (0,external_node_path_.join)(base, v[1]);
        throw new Error(`${this.label}: ${JSON.stringify(release.id)} is no release id of this registry`);
    }
    now() {
        return (this.o.now ?? (() => new Date()))().toISOString();
    }
    lock(name, fn) {
        return (0,promises_.mkdir)(this.modelDir(name), { recursive: true }).then(() => withLock((0,external_node_path_.join)(this.modelDir(name), ".lock"), fn, this.o.lock));
    }
    async readRecord(dir) {
        const file = (0,external_node_path_.join)(dir, RECORD);
        const text = await (0,promises_.readFile)(file, "utf8").catch(() => null);
        if (text === null)
            return null;
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (e) {
            throw new errors/* InputError */.dz(file, undefined, (0,errors/* jsonSyntaxProblem */.F1)(text, e));
        }
        const parsed = recordSchema.safeParse(json);
        if (!parsed.success)
            throw new errors/* InputError */.dz(file, undefined, parsed.error.issues[0].message);
        return parsed.data;
    }
    writeRecord(dir, record) {
        return (0,outputFile/* writeOutput */.z)((0,external_node_path_.join)(dir, RECORD), `${JSON.stringify(record, null, 2)}\n`);
    }
    /** A release as listed: each file with the size on disk; recorded (complete) only when its record says that size. */
    async release(id, dir, record, draft) {
        const assets = [];
        for (const entry of (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (entry.name.startsWith(".") || !entry.isFile())
                continue;
            const size = (await (0,promises_.lstat)((0,external_node_path_.join)(dir, entry.name))).size;
            const rec = record.assets.find((a) => a.name === entry.name);
            const complete = rec !== undefined && rec.size === size;
            assets.push({ name: entry.name, size, sha256: complete ? rec.sha256 : null, complete });
        }
        return {
            id,
            name: record.name,
            version: record.version,
            tag: record.tag,
            draft,
            assets,
            url: dir,
            ...(record.published_at ? { publishedAt: record.published_at } : {}),
        };
    }
    async releases(name) {
        const base = this.modelDir(name);
        const entries = await (0,promises_.readdir)(base, { withFileTypes: true }).catch(() => []);
        const out = [];
        for (const e of entries) {
            if (!e.isDirectory() || !(0,names/* isVersion */.lF)(e.name))
                continue;
            const record = await this.readRecord((0,external_node_path_.join)(base, e.name));
            if (!record)
                throw new errors/* InputError */.dz((0,external_node_path_.join)(base, e.name), undefined, `has no ${RECORD}: not a version this registry wrote`);
            out.push(await this.release(`version:${e.name}`, (0,external_node_path_.join)(base, e.name), record, false));
        }
        const drafts = await (0,promises_.readdir)((0,external_node_path_.join)(base, DRAFTS), { withFileTypes: true }).catch(() => []);
        for (const e of drafts) {
            const id = `draft:${e.name}`;
            if (!e.isDirectory() || !DRAFT_ID.test(id))
                continue;
            const record = await this.readRecord((0,external_node_path_.join)(base, DRAFTS, e.name)).catch(() => null);
            if (record)
                out.push(await this.release(id, (0,external_node_path_.join)(base, DRAFTS, e.name), record, true));
        }
        return out;
    }
    async createDraft(o) {
        const base = this.modelDir(o.name);
        if (o.tag !== (0,names/* buildTag */.NQ)(o.name, o.version))
            throw new Error(`${o.tag} is not the tag of ${o.name} ${o.version}`);
        if (await exists((0,external_node_path_.join)(base, o.version)))
            throw new store/* VersionTaken */.QO(o.tag);
        await (0,promises_.mkdir)((0,external_node_path_.join)(base, DRAFTS), { recursive: true });
        // Made whole under a name no listing reads, then renamed: a draft is never seen without its record.
        const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(base, DRAFTS, ".new-"));
        const record = {
            name: o.name,
            version: o.version,
            tag: o.tag,
            notes: o.notes,
            created_at: this.now(),
            published_at: null,
            assets: [],
        };
        await this.writeRecord(staging, record);
        const dirName = `${o.version}-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`;
        await (0,promises_.rename)(staging, (0,external_node_path_.join)(base, DRAFTS, dirName));
        return this.release(`draft:${dirName}`, (0,external_node_path_.join)(base, DRAFTS, dirName), record, true);
    }
    async draftDir(release) {
        if (!release.draft || !DRAFT_ID.test(release.id))
            throw new Error(`${this.label}: ${release.tag} is published; its files never change`);
        const dir = this.dirOf(release);
        const record = await this.readRecord(dir);
        if (!record)
            throw new Error(`${this.label}: the draft ${release.tag} is gone`);
        return { dir, record };
    }
    async uploadAsset(release, asset) {
        const name = (0,names/* parseAssetName */.$C)(asset.name, "asset");
        const { dir, record } = await this.draftDir(release);
        await (0,regularFile/* assertRegularFile */.f)(asset.path);
        // Unrecorded first: a copy cut short leaves a file the listing shows as incomplete, never as the old one.
        const rest = record.assets.filter((a) => a.name !== name);
        await this.writeRecord(dir, { ...record, assets: rest });
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let size = 0;
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(asset.path), async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                size += chunk.length;
                yield chunk;
            }
        }, (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(dir, name)));
        const stored = { name, size, sha256: hash.digest("hex") };
        await this.writeRecord(dir, { ...record, assets: [...rest, stored] });
        return { ...stored, complete: true };
    }
    async deleteAsset(release, name) {
        const { dir, record } = await this.draftDir(release);
        await this.writeRecord(dir, { ...record, assets: record.assets.filter((a) => a.name !== name) });
        await (0,promises_.rm)((0,external_node_path_.join)(dir, (0,names/* parseAssetName */.$C)(name, "asset")), { force: true });
    }
    async publish(release) {
        const { dir, record } = await this.draftDir(release);
        const target = (0,external_node_path_.join)(this.modelDir(release.name), record.version);
        return this.lock(release.name, async () => {
            // Under the lock, "taken?" and the rename are one step; rename(2) would also replace an empty folder.
            if (await exists(target))
                throw new store/* VersionTaken */.QO(record.tag);
            const published = { ...record, published_at: this.now() };
            await this.writeRecord(dir, published);
            try {
                await (0,promises_.rename)(dir, target);
            }
            catch (e) {
                const code = e.code;
                if (code === "EEXIST" || code === "ENOTEMPTY")
                    throw new store/* VersionTaken */.QO(record.tag);
                throw e;
            }
            return this.release(`version:${record.version}`, target, published, false);
        });
    }
    async deleteRelease(release) {
        if (!release.draft)
            throw new Error(`${this.label}: ${release.tag} is published; versions are never deleted`);
        await (0,promises_.rm)(this.dirOf(release), { recursive: true, force: true });
    }
    async download(release, name, to) {
        const file = (0,external_node_path_.join)(this.dirOf(release), (0,names/* parseAssetName */.$C)(name, "asset"));
        if (!(await (0,promises_.lstat)(file).catch(() => null))?.isFile())
            throw new errors/* InputError */.dz(undefined, undefined, `${release.tag} has no file ${name} in ${this.label}`);
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), (0,external_node_fs_.createWriteStream)(to));
    }
    /**
     * The history as stored. A last line without its newline is an event if it reads as one (a file saved by an editor
     * that drops the final newline), and an append cut short by a crash if it does not: that one was never written.
     */
    async stageHistory(name) {
        const file = (0,external_node_path_.join)(this.modelDir(name), STAGES);
        const text = await (0,promises_.readFile)(file, "utf8").catch((e) => e.code === "ENOENT" ? "" : Promise.reject(e));
        const lines = text.split("\n");
        const tail = lines.pop();
        if (tail.trim() !== "" && wholeEvent(tail))
            lines.push(tail);
        return lines.map((line, i) => {
            let json;
            try {
                json = JSON.parse(line);
            }
            catch (e) {
                throw new errors/* InputError */.dz(file, { line: i + 1 }, (0,errors/* jsonSyntaxProblem */.F1)(line, e));
            }
            const parsed = stages/* stageEventSchema */.Q9.safeParse(json);
            if (!parsed.success) {
                const issue = parsed.error.issues[0];
                throw new errors/* InputError */.dz(file, { line: i + 1, path: issue.path.join(".") }, issue.message);
            }
            return parsed.data;
        });
    }
    /** Append one event under the lock, if the stage still points where the event says it moved from. */
    async recordStage(event) {
        const e = stages/* stageEventSchema */.Q9.parse(event);
        (0,names/* parseStageName */.LL)(e.stage, "stage");
        const file = (0,external_node_path_.join)(this.modelDir(e.name), STAGES);
        await this.lock(e.name, async () => {
            const history = await this.stageHistory(e.name);
            const current = history.filter((h) => h.stage === e.stage).at(-1)?.version ?? null;
            if (current !== e.previous)
                throw new store/* StageMoved */.Ux(e, current);
            const size = (await (0,promises_.lstat)(file).catch(() => null))?.size ?? 0;
            const text = size ? await (0,promises_.readFile)(file, "utf8") : "";
            // The tail of an append cut short goes, so the new line starts a line of its own; a whole event that only
            // lacks its newline stays (the history is append-only) and gets one.
            const tail = text.slice(text.lastIndexOf("\n") + 1);
            if (tail !== "" && !wholeEvent(tail))
                await (0,promises_.truncate)(file, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
            await (0,promises_.appendFile)(file, `${tail !== "" && wholeEvent(tail) ? "\n" : ""}${JSON.stringify(e)}\n`);
        });
    }
}


/***/ })

};
