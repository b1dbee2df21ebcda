export const id = 3671;
export const ids = [3671];
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

/***/ 7853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xe: () => (/* binding */ checkAttestation),
/* harmony export */   tq: () => (/* binding */ readAttestationBundle)
/* harmony export */ });
/* unused harmony export SLSA_PROVENANCE_V1 */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
// Build provenance at deploy time. The release workflow attests the published model.onnx with
// actions/attest-build-provenance: a Sigstore bundle whose DSSE envelope carries an in-toto statement naming the
// file's sha256 and a SLSA provenance predicate (which workflow of which repository built it). `verify --attestation`
// reads that statement and checks what it says: that it names this model's sha256 and is SLSA provenance. It does
// not check the Sigstore signature, its certificate or the transparency log (that needs Sigstore's trust root, which
// `gh attestation verify` has), so a statement is what it claims, not proof; the check's line says so.

const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
const IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
const envelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ payloadType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), payload: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const statementSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    _type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(IN_TOTO_STATEMENT_V1),
    subject: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) })).min(1),
    predicateType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    predicate: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
// SLSA v1 as GitHub writes it: externalParameters.workflow = { ref, repository, path }.
const workflowSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    buildDefinition: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        externalParameters: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }),
        }),
    }),
});
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** What one Sigstore bundle's statement says (read, not verified); an unreadable one has its `problem`. */
function readAttestationBundle(bundle) {
    const b = (typeof bundle === "object" && bundle !== null ? bundle : {});
    const mediaType = typeof b.mediaType === "string" ? b.mediaType : null;
    const none = { mediaType, predicateType: null, subjectSha256: [], repository: null, workflow: null };
    const unreadable = (problem) => ({ ...none, problem });
    const envelope = envelopeSchema.safeParse(b.dsseEnvelope);
    if (!envelope.success)
        return unreadable("the bundle has no DSSE envelope with a payload");
    if (envelope.data.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return unreadable(`the envelope's payload is ${envelope.data.payloadType}, not an in-toto statement`);
    if (!BASE64.test(envelope.data.payload))
        return unreadable("the envelope's payload is not base64");
    let json;
    try {
        json = JSON.parse(Buffer.from(envelope.data.payload, "base64").toString("utf8"));
    }
    catch {
        return unreadable("the envelope's payload is not JSON");
    }
    const statement = statementSchema.safeParse(json);
    if (!statement.success) {
        const issue = statement.error.issues[0];
        const at = issue?.path.length ? issue.path.join(".") : "the statement";
        return unreadable(`the payload is not an in-toto statement v1 (${at}: ${issue?.message ?? "invalid"})`);
    }
    const s = statement.data;
    const workflow = workflowSchema.safeParse(s.predicate).data?.buildDefinition.externalParameters.workflow;
    return {
        mediaType,
        predicateType: s.predicateType,
        subjectSha256: s.subject.flatMap((x) => (x.digest.sha256 ? [x.digest.sha256.toLowerCase()] : [])),
        repository: workflow?.repository ?? null,
        workflow: workflow?.path ?? null,
        problem: null,
    };
}
const short = (sha) => `${sha.slice(0, 12)}…`;
/** "owner/repo" of a repository URL (https://github.com/owner/repo, or a GitHub Enterprise Server host's). */
function ownerRepo(url) {
    const parts = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+?)\/?$/.exec(url ?? "");
    return parts ? `${parts[1]}/${parts[2]}` : "<owner>/<repo>";
}
/** Why one attestation is not SLSA provenance of `sha256`, or null when it is. */
function mismatch(sha256, r) {
    if (r.problem)
        return r.problem;
    if (!r.subjectSha256.includes(sha256))
        return `its statement names ${r.subjectSha256.map(short).join(", ") || "no sha256"}, not this model`;
    if (r.predicateType !== SLSA_PROVENANCE_V1)
        return `its predicate is ${r.predicateType}, not SLSA provenance v1`;
    return null;
}
/** The attestation check of `verify`: one statement among `records` names `sha256` with SLSA v1 provenance. */
function checkAttestation(sha256, records, where) {
    const match = records.find((r) => mismatch(sha256, r) === null);
    if (match) {
        const built = match.workflow
            ? ` (built by ${match.workflow}${match.repository ? ` of ${ownerRepo(match.repository)}` : ""})`
            : "";
        return {
            ok: true,
            detail: `a SLSA provenance statement names the model's sha256 ${short(sha256)}${built}; its subject and predicate ` +
                `type were checked, NOT its Sigstore signature: run \`gh attestation verify model.onnx --repo ` +
                `${ownerRepo(match.repository)}\` for that`,
        };
    }
    if (records.length === 0)
        return { ok: false, detail: `no attestation of the model's sha256 ${short(sha256)} (asked of ${where})` };
    const why = records.map((r, i) => `${i + 1}: ${mismatch(sha256, r)}`).join("; ");
    return {
        ok: false,
        detail: `none of the ${records.length} attestations of the model's sha256 ${short(sha256)} (asked of ${where}) is SLSA provenance of it: ${why}`,
    };
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

/***/ 86686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ resolveRelease),
/* harmony export */   VA: () => (/* binding */ verifyRelease),
/* harmony export */   a$: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77333);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7853);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33782);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51979);
/* harmony import */ var _releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(111);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3648);
// Reading a version back at deploy time: `verify name@stage|version` downloads every file and checks it against the
// manifest, and the gate's binding inside it; `pull` downloads one file and lets it appear under its name only once
// its sha256 is the manifest's (a mismatch leaves nothing behind). A mismatch is a result (the command exits 1).
// Asked to, verify also reads the platform's build-provenance attestation of the model (attestation.ts).











const short = (sha) => `${sha.slice(0, 12)}…`;
/** The published release `name@version` names, or the one `name@stage` points at now; none is one line. */
async function resolveRelease(store, ref) {
    const r = typeof ref === "string" ? (0,_names_js__WEBPACK_IMPORTED_MODULE_8__/* .parseModelRef */ .qV)(ref) : ref;
    let version;
    if (r.stage !== undefined) {
        const event = (0,_stages_js__WEBPACK_IMPORTED_MODULE_10__/* .currentStages */ .zX)(await store.stageHistory(r.name)).get(r.stage);
        if (!event)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `${r.name}@${r.stage}: the stage ${r.stage} points at no version in ${store.label}`);
        version = event.version;
    }
    else
        version = r.version;
    const release = (await store.releases(r.name)).find((x) => !x.draft && x.version === version);
    if (!release)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `${(0,_names_js__WEBPACK_IMPORTED_MODULE_8__/* .buildTag */ .NQ)(r.name, version)} is not a published version in ${store.label}`);
    return { release, stage: r.stage ?? null };
}
/** Every file of the version against its manifest, the gate's binding to the model, and when asked the model's
 * attestation; `ok` only if all hold. */
async function verifyRelease(store, ref, o = {}) {
    const policy = o.attestation ?? "skip";
    if (policy === "require" && !store.attestations)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `attestations are GitHub's: --attestation needs --registry github (this registry is ${store.label})`);
    const { release, stage } = await resolveRelease(store, ref);
    const checks = [];
    const add = (check, ok, detail) => checks.push({ check, ok, detail });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "modelgate-verify-"));
    try {
        const read = await (0,_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .readStoredManifest */ .Zl)(store, release, dir);
        if (!("manifest" in read)) {
            add(_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1, false, read.problem);
            return { ok: false, release, stage, manifest: null, checks };
        }
        const m = read.manifest;
        add(_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1, true, `the manifest of ${m.tag}, as the store recorded it (sha256 ${short(read.file.sha256)})`);
        const got = new Map();
        for (const want of m.assets) {
            if (!release.assets.some((a) => a.name === want.name)) {
                add(want.name, false, "listed in the manifest, missing from the release");
                continue;
            }
            let file;
            try {
                file = await (0,_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .fetchAsset */ .N0)(store, release, want.name, dir);
            }
            catch (e) {
                add(want.name, false, `cannot be downloaded (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
                continue;
            }
            const ok = file.sha256 === want.sha256 && file.size === want.size;
            if (ok)
                got.set(want.name, file);
            add(want.name, ok, ok
                ? `sha256 ${short(file.sha256)}, ${file.size} bytes, as the manifest says`
                : `downloaded sha256 ${short(file.sha256)} (${file.size} bytes), the manifest says ${short(want.sha256)} (${want.size} bytes)`);
        }
        for (const a of release.assets)
            if (a.name !== _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1 && !m.assets.some((x) => x.name === a.name))
                add(a.name, false, "in the release, but not in the manifest");
        await checkGate(m, got, add);
        if (policy !== "skip" && store.attestations) {
            const model = got.get(_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .MODEL_ASSET */ .TT);
            if (!model)
                add("attestation", false, `needs ${_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .MODEL_ASSET */ .TT} intact in the release`);
            else {
                const { ok, detail } = (0,_attestation_js__WEBPACK_IMPORTED_MODULE_6__/* .checkAttestation */ .Xe)(model.sha256, await store.attestations(model.sha256), store.label);
                add("attestation", ok, detail);
            }
        }
        return { ok: checks.every((c) => c.ok), release, stage, manifest: m, checks };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
/** The verdict published must be a pass bound to this model, this holdout and these rules. */
async function checkGate(m, got, add) {
    const model = got.get(_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .MODEL_ASSET */ .TT);
    const gateFile = got.get("gate.json");
    if (!model || !gateFile) {
        add("gate binding", false, `needs ${!model ? _releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .MODEL_ASSET */ .TT : "gate.json"} intact in the release`);
        return;
    }
    let gate;
    try {
        gate = await (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .loadOutput */ .g)("gate", gateFile.path);
    }
    catch (e) {
        add("gate binding", false, (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e).replace(gateFile.path, "gate.json"));
        return;
    }
    const problems = [
        !gate.passed && "gate.json says the gate failed",
        !m.gate.passed && "the manifest says the gate failed",
        gateFile.sha256 !== m.gate.sha256 && "gate.json is not the one the manifest's gate section names",
        gate.binding.model_sha256 !== model.sha256 &&
            `gate.json judged the model ${short(gate.binding.model_sha256 ?? "none")}, the release holds ${short(model.sha256)}`,
        gate.binding.data_sha256 !== m.data.holdout_sha256 && "gate.json judged another holdout than the manifest names",
        gate.binding.config_sha256 !== m.config_sha256 && "gate.json judged other rules than the manifest names",
    ].filter((p) => typeof p === "string");
    add("gate binding", problems.length === 0, problems.length ? problems.join("; ") : `passed, bound to the model ${short(model.sha256)} and the holdout`);
    const evalFile = got.get("evaluation.json");
    if (!evalFile)
        return;
    try {
        const ev = await (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .loadOutput */ .g)("evaluation", evalFile.path);
        const ok = ev.model.sha256 === model.sha256 && ev.data.sha256 === m.data.holdout_sha256;
        add("evaluation binding", ok, ok ? "of this model on that holdout" : "evaluation.json is of another model or holdout");
    }
    catch (e) {
        add("evaluation binding", false, (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e).replace(evalFile.path, "evaluation.json"));
    }
}
/**
 * Download one file of a version (the model by default) to `to`: it arrives under a temporary name beside `to` and
 * is renamed only once its sha256 and size are the manifest's; otherwise nothing is left at either name.
 */
async function pull(store, ref, o) {
    const asset = (0,_names_js__WEBPACK_IMPORTED_MODULE_8__/* .parseAssetName */ .$C)(o.asset ?? _releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .MODEL_ASSET */ .TT);
    const { release, stage } = await resolveRelease(store, ref);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(o.to).catch(() => null);
    if (existing?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(o.to, undefined, "is a directory: give the file to write");
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(o.to)).catch(() => null))?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(o.to, undefined, "cannot be written: its folder does not exist");
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "modelgate-pull-"));
    const part = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(o.to), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(o.to)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}.part`);
    try {
        const read = await (0,_releaseFiles_js__WEBPACK_IMPORTED_MODULE_9__/* .readStoredManifest */ .Zl)(store, release, dir);
        if (!("manifest" in read))
            return { ok: false, release, stage, problem: read.problem };
        const want = read.manifest.assets.find((a) => a.name === asset);
        if (!want)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `${release.tag} has no ${asset} (its files: ${read.manifest.assets.map((a) => a.name).join(", ")})`);
        await store.download(release, asset, part);
        const file = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFile */ .CL)(asset, part);
        if (file.sha256 !== want.sha256 || file.size !== want.size)
            return {
                ok: false,
                release,
                stage,
                problem: `${release.tag}: ${asset} as downloaded has sha256 ${short(file.sha256)} (${file.size} bytes), the manifest says ${short(want.sha256)} (${want.size} bytes); nothing was written to ${o.to}`,
            };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(part, o.to);
        return { ok: true, release, stage, file: o.to, asset: { ...file, path: o.to } };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(part, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
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
