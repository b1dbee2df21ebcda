export const id = 8749;
export const ids = [8749,6293];
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

/***/ 71355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabApi: () => (/* binding */ gitlabApi),
/* harmony export */   gitlabVerdict: () => (/* binding */ gitlabVerdict)
/* harmony export */ });
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33888);
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37582);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70385);
// The gitbeaker client the GitLab adapter uses, with modelgate's own request handler in place of gitbeaker's:
// gitbeaker retries a 429 or a 502 ten times within a quarter of a second (its waits are 0.25 ms, 0.5 ms, …)
// whatever Retry-After says, and a 500 or a refused connection not at once. Here every request goes through
// src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry. The request itself is built as gitbeaker builds it (its options handler and rate limiters).



/** What a failed GitLab request allows: a 429 waits as told, 5xx and lost connections back off. */
function gitlabVerdict(e) {
    if (e instanceof _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerTimeoutError */ ._dR)
        return { kind: "failed", why: `no answer in ${_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw} s` };
    const response = e.cause?.response;
    if (!(e instanceof _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerRequestError */ .UNz) || !response)
        return e instanceof TypeError ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .networkVerdict */ .Iy)(e) : null;
    if (response.status === 429) {
        const after = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryAfterSeconds */ .C3)(response.headers.get("retry-after"));
        const told = after !== null ? `, Retry-After: ${after}` : "";
        return { kind: "wait", seconds: after, why: `HTTP 429 (too many requests${told})` };
    }
    if (response.status >= 500)
        return { kind: "failed", why: `HTTP ${response.status} (${e.message.slice(0, 120)})` };
    return null;
}
async function bodyOf(response, asStream) {
    if (asStream)
        return response.body;
    if (response.status === 204)
        return null;
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    if (type === "application/json")
        return (await response.json()) ?? {};
    if (type.startsWith("text/"))
        return response.text();
    return response.blob();
}
/** An error as gitbeaker throws it (the response in `cause`), so callers read the status the same way. */
async function failed(request, response) {
    const content = await response.text();
    let description = content;
    if (response.headers.get("content-type")?.includes("application/json")) {
        try {
            const json = JSON.parse(content);
            const said = json?.error ?? json?.message ?? "";
            description = typeof said === "string" ? said : JSON.stringify(said);
        }
        catch {
            // not JSON after all: the text is the description
        }
    }
    throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerRequestError */ .UNz(description, { cause: { description, request, response } });
}
function requester(o) {
    return (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .createRequesterFn */ .PD)(async (_service, options) => options, async (endpoint, options = {}) => {
        // An `agent` (gitbeaker's proxy option) is never configured by modelgate: left out of the request.
        const { rateLimiters, agent: _agent, asStream, prefixUrl, searchParams, method, ...init } = options;
        const url = new URL(endpoint, prefixUrl?.endsWith("/") ? prefixUrl : `${prefixUrl ?? ""}/`);
        url.search = searchParams ?? "";
        const verb = (method ?? "GET").toUpperCase();
        const limit = (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .getMatchingRateLimiter */ .y9)(endpoint, rateLimiters, verb);
        const call = `${verb} ${url.pathname.replace(/^.*?\/api\/v4/, "")}`;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)({ platform: "GitLab", call, repeatable: verb !== "POST", say: o.say, secondMs: o.secondMs }, async () => {
            await limit();
            // Each attempt gets its own deadline (gitbeaker's queryTimeout, off below, would span every retry).
            const deadline = AbortSignal.timeout(o.attemptTimeoutMs ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw * 1000);
            const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
            const request = new Request(url, { ...init, method: verb, signal });
            const response = await fetch(request).catch((e) => {
                const name = e.name;
                if (name === "TimeoutError" || name === "AbortError")
                    throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerTimeoutError */ ._dR("Query timeout was reached");
                throw e;
            });
            if (!response.ok)
                return failed(request, response);
            const headers = Object.fromEntries(response.headers.entries());
            return { body: (await bodyOf(response, asStream ?? false)), headers, status: response.status };
        }, gitlabVerdict);
    });
}
/** A gitbeaker client whose every request goes through modelgate's retry policy. */
function gitlabApi(o) {
    return new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .Gitlab */ .mJr({ host: o.host, ...o.auth, queryTimeout: null, requesterFn: requester(o) });
}


/***/ }),

/***/ 44195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitlabRegistry: () => (/* binding */ GitlabRegistry)
});

// UNUSED EXPORTS: releaseTag

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/registry/store.ts
var store = __webpack_require__(10798);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
// EXTERNAL MODULE: ./src/platform/gitlab/gitlabTransfer.ts
var gitlabTransfer = __webpack_require__(563);
;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabPackages.ts

const seg = (s) => encodeURIComponent(String(s));
/** The API path of a file in a generic package (relative to the client's /api/v4/ address). */
function genericPath(project, name, version, file) {
    return `projects/${seg(project)}/packages/generic/${seg(name)}/${seg(version)}/${seg(file)}`;
}
/** The generic packages of exactly this name (GitLab's package_name filter is a fuzzy match), by version. */
async function packagesNamed(api, project, name) {
    // gitbeaker's option type leaves "generic" out of packageType; GitLab takes it.
    const list = (await api.Packages.all({
        projectId: project,
        packageType: "generic",
        packageName: name,
        perPage: 100,
    }));
    const byVersion = new Map();
    // Oldest first, so a version GitLab holds twice (one being destroyed) resolves to the newest package.
    for (const p of [...list].sort((a, b) => a.id - b.id))
        if (p.name === name && p.package_type === "generic" && p.status !== "pending_destruction")
            byVersion.set(p.version, p);
    return byVersion;
}
/** One package's files, oldest first (GitLab's package file ids grow with each upload). */
async function filesOf(api, project, packageId) {
    const list = (await api.Packages.allFiles(project, packageId, {
        perPage: 100,
        orderBy: "id",
        sort: "asc",
    }));
    return [...list].sort((a, b) => a.id - b.id);
}
function storedOf(f) {
    return { name: f.file_name, size: f.size, sha256: f.file_sha256 ?? null, complete: Boolean(f.file_sha256) };
}
/** What GitLab's download serves for each name: its newest file (a complete one when there is one). */
function newestByName(files) {
    const byName = new Map();
    for (const f of files) {
        const seen = byName.get(f.file_name);
        if (!seen || !seen.file_sha256 || f.file_sha256)
            byName.set(f.file_name, f);
    }
    return [...byName.values()];
}
/**
 * The copy of a file a release keeps: the oldest complete one of that name and sha256. Every party (the publisher,
 * a loser cleaning up, a later run) picks the same copy, so two of them tidying at once never delete both.
 */
function keptCopy(files, name, sha256) {
    return files.find((f) => f.file_name === name && f.file_sha256 === sha256);
}
/** A release link's URL: the generic package download, with the file's sha256 as its fragment. */
function linkUrl(api, path, sha256) {
    return `${new URL(path, api.url).href}#sha256=${sha256}`;
}
/** The sha256 a release link records, or null for a link modelgate did not write. */
function linkSha256(url) {
    return /#sha256=([0-9a-f]{64})$/.exec(url)?.[1] ?? null;
}
/**
 * Leave a published version's package holding exactly the copies its links record: strays (another publisher's
 * files) and second copies go. Every party computes the same copies to keep, so it is safe to run by several at once.
 */
async function tidyPackage(api, project, pkg, release, say) {
    const wanted = (release.assets?.links ?? []).map((l) => [l.name, linkSha256(l.url)]);
    // A release modelgate did not write says nothing of which copies count: its package is left alone.
    if (!wanted.length || wanted.some(([, sha]) => sha === null))
        return;
    const files = await filesOf(api, project, pkg.id);
    const keep = new Set(wanted.map(([n, sha]) => keptCopy(files, n, sha)?.id));
    for (const f of files.filter((x) => !keep.has(x.id))) {
        await removeFile(api, project, pkg, f);
        say(`removed ${f.file_name} (file ${f.id}) from ${pkg.name}/${pkg.version}: not a file of ${release.tag_name}`);
    }
}
/** Delete one package file; one gone already (another party tidied it) is what was wanted. */
async function removeFile(api, project, pkg, f) {
    try {
        await api.Packages.removeFile(project, pkg.id, f.id);
    }
    catch (e) {
        if ((0,gitlabTransfer/* httpStatus */.nG)(e) !== 404)
            throw e;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/registry/stages.ts
var stages = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabStageLog.ts
// Stage history on GitLab, in two places. Each move of a stage is a deployment of the version's tag to the GitLab
// environment of that name (status success), so the project's Environments page shows what runs where, and a
// protected environment decides who may move it. The event itself (previous version, approvals, action, run) is
// kept as one JSON file per event in the generic package `modelgate-stages`, version = the model's name: a
// deployment holds only a ref, a sha and a status, so it cannot carry the record, and package files are only ever
// added, which makes the history append-only; GitLab numbers them in upload order, which is the order read back.








/** The generic package holding every model's stage events (one package version per model). */
const STAGES_PACKAGE = "modelgate-stages";
/** An event as stored, checked against the one schema: a file someone edited by hand must not move a stage. */
function parseEvent(text, name, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(where, undefined, `not valid JSON (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    const got = stages/* stageEventSchema */.Q9.safeParse(json);
    if (!got.success) {
        const issue = got.error.issues[0];
        throw new errors/* InputError */.dz(where, issue.path.length ? { path: issue.path.join(".") } : undefined, issue.message);
    }
    if (got.data.name !== name)
        throw new errors/* InputError */.dz(where, { path: "name" }, `is ${got.data.name}, not the model ${name}`);
    return got.data;
}
/** Every stage event of a model, oldest first. */
async function readStageHistory(api, project, transfer, name) {
    const pkg = (await packagesNamed(api, project, STAGES_PACKAGE)).get(name);
    if (!pkg)
        return [];
    const files = await filesOf(api, project, pkg.id);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-stages-"));
    try {
        const events = [];
        for (const f of files) {
            const to = (0,external_node_path_.join)(dir, String(f.id));
            const path = genericPath(project, STAGES_PACKAGE, name, f.file_name);
            await (0,gitlabTransfer/* getFile */.ly)(transfer, path, to, `GET /${path}`);
            events.push(parseEvent(await (0,promises_.readFile)(to, "utf8"), name, `GitLab package ${STAGES_PACKAGE}/${name}/${f.file_name}`));
        }
        return events;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Record one move: the deployment first (a protected environment may refuse it), then the event's file. */
async function appendStageEvent(api, project, transfer, event, at) {
    if (at.sha) {
        try {
            await api.Deployments.create(project, event.stage, at.sha, at.tag, true, { status: "success" });
        }
        catch (e) {
            if ((0,gitlabTransfer/* httpStatus */.nG)(e) === 403 || (0,gitlabTransfer/* httpStatus */.nG)(e) === 401)
                throw new Error(`GitLab refused the deployment of ${at.tag} to the environment ${event.stage} (HTTP ${(0,gitlabTransfer/* httpStatus */.nG)(e)}: ${(0,errors/* errorMessage */.gJ)(e)}): the token's user may not deploy there (a protected environment allows only its deployers)`, { cause: e });
            throw e;
        }
    }
    else
        transfer.say(`no commit is known for ${at.tag}: the move of ${event.stage} is recorded without a deployment`);
    const pkg = (await packagesNamed(api, project, STAGES_PACKAGE)).get(event.name);
    const count = pkg ? (await filesOf(api, project, pkg.id)).length : 0;
    // The number is for people browsing the package; the random part keeps two moves at once from sharing a name
    // (GitLab's download serves only the newest file of a name).
    const file = `${String(count + 1).padStart(6, "0")}-${event.stage}-${(0,external_node_crypto_.randomBytes)(3).toString("hex")}.json`;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-stage-"));
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, file), `${JSON.stringify(event, null, 2)}\n`);
        const path = genericPath(project, STAGES_PACKAGE, event.name, file);
        await (0,gitlabTransfer/* putFile */.UN)(transfer, path, (0,external_node_path_.join)(dir, file), `PUT /${path}`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabRegistry.ts
// The model registry on GitLab: each version's files in the generic package registry (package = the model's name,
// version = the version), published as a GitLab Release (tag model/<name>/v<version>) whose links point at them.
// GitLab has no draft releases, so a draft is a package version without a release: an interrupted publish leaves
// one, and a re-run completes it. Publishing is creating the release, which GitLab does once per tag (409 after).
//
// One package version is shared by everyone publishing that version, so while several publishers race each one sees
// the draft as it made it: the files this store uploaded (or kept, when completing a draft) and no one else's. The
// release records each file's sha256 in its link, and whoever knows the release (its publisher at once, a loser in
// deleteRelease) deletes every other file of the package: a published version ends holding exactly its files.
// That view lives in the store object, so each publisher (each job, each process) uses a store of its own.






/** The package of stage events is not a model: a model of that name would read them as its versions. */
function reserved(name) {
    if (name === STAGES_PACKAGE)
        throw new errors/* InputError */.dz(undefined, undefined, `the model name ${name} is reserved on GitLab: its package holds the stage history`);
}
const releaseTag = (name, version) => `model/${name}/v${version}`;
class GitlabRegistry {
    o;
    label;
    api;
    project;
    transfer;
    /** Package file ids this store uploaded or adopted, by `name@version`: its view of a shared draft. */
    own = new Map();
    /** Release notes given to createDraft, by tag (GitLab has no draft to keep them in until the release exists). */
    notes = new Map();
    constructor(o) {
        this.o = o;
        this.api = o.api;
        this.project = o.project;
        this.label = `GitLab releases and generic packages of project ${o.project}`;
        this.transfer = {
            api: o.api,
            say: o.say ?? (() => { }),
            secondMs: o.secondMs,
            attemptTimeoutMs: o.attemptTimeoutMs,
        };
    }
    ownOf(name, version) {
        const key = `${name}@${version}`;
        let set = this.own.get(key);
        if (!set)
            this.own.set(key, (set = new Set()));
        return set;
    }
    /** The release of a tag, or null when there is none. */
    async release(tag) {
        try {
            return (await this.api.ProjectReleases.show(this.project, tag));
        }
        catch (e) {
            if ((0,gitlabTransfer/* httpStatus */.nG)(e) === 404)
                return null;
            throw e;
        }
    }
    async packageFiles(name, version) {
        const pkg = (await packagesNamed(this.api, this.project, name)).get(version) ?? null;
        return [pkg, pkg ? await filesOf(this.api, this.project, pkg.id) : []];
    }
    published(name, version, r, files) {
        const served = newestByName(files);
        const assets = (r.assets?.links ?? []).map((l) => {
            const sha = linkSha256(l.url);
            // The copy the link records; a link modelgate did not write counts what a download serves.
            const f = sha ? keptCopy(files, l.name, sha) : served.find((x) => x.file_name === l.name);
            return f ? storedOf(f) : { name: l.name, size: 0, sha256: null, complete: false };
        });
        return {
            ...{ id: r.tag_name, name, version, tag: r.tag_name, draft: false, assets },
            ...(r._links?.self ? { url: r._links.self } : {}),
            publishedAt: r.released_at ?? r.created_at,
        };
    }
    draft(name, version, files) {
        const own = this.ownOf(name, version);
        const mine = files.filter((f) => own.has(f.id));
        const assets = newestByName(mine.length ? mine : files).map(storedOf);
        const tag = releaseTag(name, version);
        return { id: tag, name, version, tag, draft: true, assets };
    }
    async releases(name) {
        reserved(name);
        const prefix = releaseTag(name, "");
        const [packages, all] = await Promise.all([
            packagesNamed(this.api, this.project, name),
            this.api.ProjectReleases.all(this.project, { perPage: 100 }),
        ]);
        const records = [];
        const released = new Set();
        for (const r of all) {
            const version = r.tag_name.slice(prefix.length);
            if (!r.tag_name.startsWith(prefix) || version.includes("/"))
                continue;
            released.add(version);
            const pkg = packages.get(version);
            records.push(this.published(name, version, r, pkg ? await filesOf(this.api, this.project, pkg.id) : []));
        }
        for (const [version, pkg] of packages) {
            if (released.has(version))
                continue;
            const files = await filesOf(this.api, this.project, pkg.id);
            if (files.length)
                records.push(this.draft(name, version, files));
        }
        return records;
    }
    async createDraft(o) {
        reserved(o.name);
        if (o.tag !== releaseTag(o.name, o.version))
            throw new Error(`${this.label}: the tag of ${o.name} ${o.version} is ${releaseTag(o.name, o.version)}, not ${o.tag}`);
        if (await this.release(o.tag))
            throw new store/* VersionTaken */.QO(o.tag);
        this.notes.set(o.tag, o.notes);
        // Files already in the package belong to another publish (a live one, or one that died): not to this draft.
        return { id: o.tag, name: o.name, version: o.version, tag: o.tag, draft: true, assets: [] };
    }
    async uploadAsset(release, asset) {
        await (0,regularFile/* assertRegularFile */.f)(asset.path);
        // Nothing is added to a published version's package.
        if (await this.release(release.tag))
            throw new store/* VersionTaken */.QO(release.tag);
        const own = this.ownOf(release.name, release.version);
        if (release.assets.length)
            await this.adopt(release, own);
        const path = genericPath(this.project, release.name, release.version, asset.name);
        const got = (await (0,gitlabTransfer/* putFile */.UN)(this.transfer, `${path}?select=package_file`, asset.path, `PUT /${path}`));
        let file = got && typeof got.id === "number" ? got : undefined;
        if (!file) {
            // A GitLab that ignores select=package_file answers 201 without the file: the newest of that name is it.
            const [, files] = await this.packageFiles(release.name, release.version);
            file = files.filter((f) => f.file_name === asset.name).at(-1);
            if (!file)
                throw new Error(`${this.label}: ${asset.name} is not in ${release.name}/${release.version} after its upload`);
        }
        own.add(file.id);
        return storedOf({ ...file, file_name: asset.name });
    }
    /** The files a re-run keeps of an interrupted draft become this store's, so its view of the draft holds them. */
    async adopt(release, own) {
        const [, files] = await this.packageFiles(release.name, release.version);
        for (const a of release.assets) {
            const mine = files.some((f) => own.has(f.id) && f.file_name === a.name);
            const copy = files.filter((f) => f.file_name === a.name && f.file_sha256 === a.sha256).at(-1);
            if (!mine && copy)
                own.add(copy.id);
        }
    }
    async deleteAsset(release, name) {
        const [pkg, files] = await this.packageFiles(release.name, release.version);
        if (!pkg)
            return;
        const own = this.ownOf(release.name, release.version);
        const entry = release.assets.find((a) => a.name === name);
        const ofName = files.filter((f) => f.file_name === name);
        const mine = ofName.filter((f) => own.has(f.id));
        // This draft's copies: those this store put there, else those the record shows (another publisher's are left).
        const doomed = mine.length
            ? mine
            : ofName.filter((f) => !entry || entry.sha256 === null || f.file_sha256 === entry.sha256);
        for (const f of doomed)
            await this.removeFile(pkg, f, own);
    }
    async removeFile(pkg, f, own) {
        await removeFile(this.api, this.project, pkg, f);
        own?.delete(f.id);
    }
    async publish(release) {
        const { name, version, tag } = release;
        if (await this.release(tag))
            throw new store/* VersionTaken */.QO(tag);
        const [pkg, files] = await this.packageFiles(name, version);
        const chosen = release.assets.map((a) => {
            const copy = a.sha256 && a.complete ? keptCopy(files, a.name, a.sha256) : undefined;
            if (!pkg || !copy)
                throw new Error(`${this.label}: ${tag}: ${a.name}${a.sha256 ? ` (sha256 ${a.sha256.slice(0, 12)}…)` : ""} is not in the package ${name}/${version}: another publisher changed this draft; run publish again`);
            return copy;
        });
        const links = chosen.map((f) => ({
            name: f.file_name,
            url: linkUrl(this.api, genericPath(this.project, name, version, f.file_name), f.file_sha256),
            direct_asset_path: `/${f.file_name}`,
            link_type: "package",
        }));
        const ref = this.o.ref;
        let made;
        try {
            made = (await this.api.ProjectReleases.create(this.project, {
                tag_name: tag,
                ...(ref ? { ref } : {}),
                name: `${name} ${version}`,
                description: this.notes.get(tag) ?? `${name} ${version}, published by modelgate; manifest.json is the lineage record.`,
                assets: { links },
            }));
        }
        catch (e) {
            // 409 "Release already exists"; two creations at the same instant meet GitLab's unique index instead, which
            // its service answers with a 400: either way, if the release is there now, someone else published it.
            if ((0,gitlabTransfer/* httpStatus */.nG)(e) === 409 || (((0,gitlabTransfer/* httpStatus */.nG)(e) === 400 || (0,gitlabTransfer/* httpStatus */.nG)(e) === 422) && (await this.release(tag))))
                throw new store/* VersionTaken */.QO(tag);
            const why = `the tag ${tag} does not exist and no commit (CI_COMMIT_SHA) was given to create it at`;
            if ((0,gitlabTransfer/* httpStatus */.nG)(e) === 422 && !ref)
                throw new Error(`${this.label}: ${why}`, { cause: e });
            throw e;
        }
        await this.tidy(pkg, made);
        const [, now] = await this.packageFiles(name, version);
        this.own.delete(`${name}@${version}`);
        return this.published(name, version, made, now);
    }
    /** Leave a published version's package holding exactly the copies its links record. */
    tidy(pkg, release) {
        return tidyPackage(this.api, this.project, pkg, release, this.transfer.say);
    }
    async deleteRelease(release) {
        const { name, version, tag } = release;
        const key = `${name}@${version}`;
        const own = this.ownOf(name, version);
        const [pkg, files] = await this.packageFiles(name, version);
        const existing = await this.release(tag);
        try {
            if (existing && release.draft) {
                // Our draft lost to a published release: every file that is not the release's goes, ours among them.
                if (pkg)
                    await this.tidy(pkg, existing);
                return;
            }
            if (existing)
                await this.api.ProjectReleases.remove(this.project, tag);
            if (!pkg)
                return;
            const foreign = files.some((f) => !own.has(f.id));
            // An unreleased package another publisher is filling too keeps their files; else the version goes whole.
            if (!existing && own.size && foreign)
                for (const f of files.filter((x) => own.has(x.id)))
                    await this.removeFile(pkg, f);
            else
                await this.api.Packages.remove(this.project, pkg.id).catch((e) => {
                    if ((0,gitlabTransfer/* httpStatus */.nG)(e) !== 404)
                        throw e;
                });
        }
        finally {
            this.own.delete(key);
        }
    }
    async download(release, name, to) {
        if (!release.draft)
            await this.healBeforeDownload(release, name);
        const path = genericPath(this.project, release.name, release.version, name);
        await (0,gitlabTransfer/* getFile */.ly)(this.transfer, path, to, `GET /${path}`);
    }
    /**
     * GitLab's download serves the newest file of a name. A published version's package can briefly hold a newer
     * stray (a losing publisher's upload, before the winner or the loser tidies): tidy it first, so a download
     * serves the copy the release records.
     */
    async healBeforeDownload(release, name) {
        const [pkg, files] = await this.packageFiles(release.name, release.version);
        const published = pkg ? await this.release(release.tag) : null;
        const sha = linkSha256(published?.assets?.links?.find((l) => l.name === name)?.url ?? "");
        if (!pkg || !published || !sha)
            return;
        const kept = keptCopy(files, name, sha);
        const served = newestByName(files).find((f) => f.file_name === name);
        if (kept && served && kept.id !== served.id)
            await this.tidy(pkg, published);
    }
    async stageHistory(name) {
        return readStageHistory(this.api, this.project, this.transfer, name);
    }
    async recordStage(event) {
        const tag = releaseTag(event.name, event.version);
        const release = await this.release(tag);
        if (!release)
            throw new Error(`${this.label}: ${tag} is not a published release`);
        await appendStageEvent(this.api, this.project, this.transfer, event, {
            tag,
            sha: release.commit?.id ?? event.commit,
        });
    }
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ putFile),
/* harmony export */   ly: () => (/* binding */ getFile),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37582);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70385);
/* harmony import */ var _gitlabClient_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71355);
// Files to and from GitLab's generic package registry, streamed from and to disk. gitbeaker cannot send them: its
// PackageRegistry.publish wraps the file in a multipart form, which GitLab's generic upload route (Workhorse's
// request-body uploader) would store as the file itself, and its requester serialises any other body as JSON. So
// these two requests are made here with the client's own address and token, under the same retry policy
// (src/platform/retry.ts) and failing the same way (a GitbeakerRequestError with the response in `cause`).








/** The slowest transfer an upload's deadline allows for (bytes per second): 1 GiB gets 68 minutes. */
const SLOWEST_BYTES_PER_SECOND = 256 * 1024;
/** The HTTP status of a failed request (as gitbeaker throws it, or as putFile and getFile do). */
const httpStatus = (e) => e.cause?.response?.status;
async function headersOf(api) {
    const headers = { ...api.headers };
    for (const [name, value] of Object.entries(api.authHeaders))
        headers[name] = await value();
    return headers;
}
/** An error as gitbeaker throws it, so gitlabVerdict and the callers read the status the same way. */
async function failed(request, response) {
    const content = await response.text();
    let description = content;
    try {
        const json = JSON.parse(content);
        const said = json?.message ?? json?.error ?? content;
        description = typeof said === "string" ? said : JSON.stringify(said);
    }
    catch {
        // not JSON: the text is the description
    }
    throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_4__/* .GitbeakerRequestError */ .UNz(description, { cause: { description, request, response } });
}
async function send(request, signal) {
    return fetch(request, { signal }).catch((e) => {
        const name = e.name;
        if (signal.aborted && (name === "TimeoutError" || name === "AbortError"))
            throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_4__/* .GitbeakerTimeoutError */ ._dR("Query timeout was reached");
        throw e;
    });
}
/** A file-backed Blob refuses to be read once its file changed on disk (size or modification time). */
function fileChanged(e) {
    for (let c = e, depth = 0; c && depth < 5; c = c.cause, depth++)
        if (c.name === "NotReadableError")
            return true;
    return false;
}
/**
 * PUT one file as the raw request body, read from disk as it is sent (a file-backed Blob: never whole in memory,
 * and read again on a retry); the parsed JSON answer. The deadline grows with the file's size.
 */
async function putFile(o, endpoint, file, call) {
    const blob = await (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openAsBlob)(file);
    const url = new URL(endpoint, o.api.url);
    const deadlineMs = Math.ceil((o.attemptTimeoutMs ?? _retry_js__WEBPACK_IMPORTED_MODULE_6__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw * 1000) + (blob.size / SLOWEST_BYTES_PER_SECOND) * 1000);
    // A PUT that failed after GitLab stored the file leaves a second copy on retry: the store tidies those away.
    const put = (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetries */ .LH)({ platform: "GitLab", call, repeatable: true, say: o.say, secondMs: o.secondMs }, async () => {
        const headers = { ...(await headersOf(o.api)), "content-type": "application/octet-stream" };
        const signal = AbortSignal.timeout(deadlineMs);
        const request = new Request(url, { method: "PUT", headers, body: blob });
        const response = await send(request, signal);
        if (!response.ok)
            return failed(request, response);
        return response.status === 204 ? null : (await response.json());
    }, 
    // A file that changed under the upload is not a network failure: sending it again sends other bytes.
    (e) => (fileChanged(e) ? null : (0,_gitlabClient_js__WEBPACK_IMPORTED_MODULE_7__.gitlabVerdict)(e)));
    return put.catch((e) => {
        if (!fileChanged(e))
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(file, undefined, "changed on disk while it was being uploaded: nothing was stored; run again", {
            cause: e,
        });
    });
}
/**
 * GET a file into `to`, streamed to disk. The deadline covers the wait for the answer and each pause between two
 * pieces of it, not the whole download (a large model takes longer than any fixed limit). A failed download leaves
 * no file behind.
 */
async function getFile(o, endpoint, to, call) {
    const url = new URL(endpoint, o.api.url);
    const idleMs = o.attemptTimeoutMs ?? _retry_js__WEBPACK_IMPORTED_MODULE_6__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw * 1000;
    try {
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetries */ .LH)({ platform: "GitLab", call, repeatable: true, say: o.say, secondMs: o.secondMs }, async () => {
            const abort = new AbortController();
            let timer = setTimeout(() => abort.abort(), idleMs);
            const awake = () => {
                clearTimeout(timer);
                timer = setTimeout(() => abort.abort(), idleMs);
            };
            try {
                const request = new Request(url, { headers: await headersOf(o.api) });
                const response = await send(request, abort.signal);
                if (!response.ok)
                    return await failed(request, response);
                const body = node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(response.body);
                body.on("data", awake);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(to)).catch((e) => {
                    if (abort.signal.aborted)
                        throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_4__/* .GitbeakerTimeoutError */ ._dR("Query timeout was reached");
                    throw e;
                });
            }
            finally {
                clearTimeout(timer);
            }
        }, _gitlabClient_js__WEBPACK_IMPORTED_MODULE_7__.gitlabVerdict);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(to, { force: true });
        throw e;
    }
}


/***/ }),

/***/ 70385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   Iy: () => (/* binding */ networkVerdict),
/* harmony export */   Kw: () => (/* binding */ ATTEMPT_TIMEOUT_SECONDS),
/* harmony export */   LH: () => (/* binding */ withRetries)
/* harmony export */ });
/* unused harmony exports RETRIES, BACKOFF_SECONDS, MAX_WAIT_SECONDS, systemCode */
/* harmony import */ var _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43716);
// One retry policy for every API call of both platform adapters, so that a failing server costs seconds and says
// so, instead of each client library's own loop (octokit's plugin-retry waited 1, 4 and 9 s around every call
// without a word and ignored Retry-After; gitbeaker retries a 429 ten times within a quarter of a second).

/** Retries of one call after its first attempt. */
const RETRIES = 3;
/** Waits before retries 1, 2 and 3 on a 5xx or a lost connection: 7 s in all, per call. */
const BACKOFF_SECONDS = [1, 2, 4];
/** The longest Retry-After (or rate-limit reset) waited out; a longer one ends the call at once. */
const MAX_WAIT_SECONDS = 60;
/**
 * An attempt with no answer after this long counts as lost (and is retried like one). The APIs answer in well under
 * a second; gitbeaker's own limit was 300 s for a whole call, octokit has none.
 */
const ATTEMPT_TIMEOUT_SECONDS = 30;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The error's system code (ECONNREFUSED, …), looked for along its `cause` chain. */
function systemCode(e) {
    for (let c = e, depth = 0; c && depth < 5; c = c.cause, depth++) {
        const code = c.code;
        if (typeof code === "string" && /^E[A-Z_]+$/.test(code))
            return code;
    }
    return undefined;
}
/** A request that got no answer: unreached when the connection was never made, else failed (maybe carried out). */
function networkVerdict(e) {
    for (let c = e, depth = 0; c && depth < 5; c = c.cause, depth++)
        if (c.name === "TimeoutError")
            return { kind: "failed", why: `no answer in ${ATTEMPT_TIMEOUT_SECONDS} s` };
    const code = systemCode(e);
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH")
        return { kind: "unreached", why: `no connection (${code})` };
    const message = e instanceof Error ? (e.cause?.message ?? e.message) : String(e);
    return { kind: "failed", why: `the connection was lost (${code ?? message})` };
}
/** Retry-After as seconds (a number, or an HTTP date), when the header is there and readable. */
function retryAfterSeconds(header, now = Date.now()) {
    if (!header)
        return null;
    if (/^\s*\d+\s*$/.test(header))
        return Number(header);
    const at = Date.parse(header);
    return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
/**
 * Run `attempt`, retrying what `verdictOf` calls transient: at most RETRIES times, waiting what the server asks
 * (up to MAX_WAIT_SECONDS) or 1, 2, 4 s. What cannot be retried (a refused token, a 404) is thrown as it is; a
 * transient failure that outlasts the budget ends as a CommentCallError naming the call.
 */
async function withRetries(o, attempt, verdictOf) {
    const secondMs = o.secondMs ?? 1000;
    let waited = 0;
    for (let retry = 1;; retry++) {
        try {
            return await attempt();
        }
        catch (e) {
            const v = verdictOf(e);
            if (!v || (v.kind === "failed" && !o.repeatable))
                throw e;
            const asked = v.kind === "wait" ? v.seconds : null;
            if (asked !== null && asked > MAX_WAIT_SECONDS)
                throw new _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__/* .CommentCallError */ .iU(`${o.platform} ${o.call}: ${v.why}, and asks to wait ${asked} s, more than the ${MAX_WAIT_SECONDS} s modelgate waits: gave up`, { cause: e });
            if (retry > RETRIES)
                throw new _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__/* .CommentCallError */ .iU(`${o.platform} ${o.call}: ${v.why}, ${retry} times in a row (${waited} s of waiting between them): gave up`, { cause: e });
            const seconds = asked ?? BACKOFF_SECONDS[retry - 1];
            o.say(`${o.platform} ${o.call}: ${v.why}; retry ${retry} of ${RETRIES} in ${seconds} s`);
            await sleep(seconds * secondMs);
            waited += seconds;
        }
    }
}


/***/ }),

/***/ 65407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		3966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		3966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		8178
	],
	"./component/MemoryStorage/": [
		28178,
		8178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		8178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		8178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		3880
	],
	"./constants.js": [
		13880,
		3880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 65407;
module.exports = webpackAsyncContext;

/***/ })

};
