export const id = 1950;
export const ids = [1950,8762];
export const modules = {

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

/***/ 28762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubApi: () => (/* binding */ githubApi),
  l: () => (/* binding */ githubVerdict)
});

// UNUSED EXPORTS: githubClient

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __webpack_require__(70385);
;// CONCATENATED MODULE: ./src/platform/github/githubClient.ts
// The octokit the GitHub adapter uses: @actions/github's client with the throttling plugin (it spaces writes as
// GitHub asks: one at a time, comment creations 3 s apart) and modelgate's own retry around every request
// (src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry). plugin-retry is not loaded: it ignored Retry-After (a 429 asking for 10 s came back after 1 s) and
// spent up to 14 s per call in silence.




/** What a failed GitHub request allows: rate limits wait as told, 5xx and lost connections back off. */
function githubVerdict(e, now = Date.now()) {
    const err = e;
    if (typeof err.status !== "number")
        return null;
    // octokit turns a fetch that got no answer into a status 500 without a response.
    if (!err.response)
        return (0,retry/* networkVerdict */.Iy)(e);
    const headers = err.response.headers ?? {};
    const header = (name) => (headers[name] === undefined ? undefined : String(headers[name]));
    const secondary = /secondary rate limit/i.test(err.message ?? "");
    const primary = header("x-ratelimit-remaining") === "0" && (err.status === 403 || err.status === 429);
    if (err.status === 429 || secondary || primary) {
        const after = (0,retry/* retryAfterSeconds */.C3)(header("retry-after"), now);
        const reset = Number(header("x-ratelimit-reset"));
        // GitHub: retry after the reset time (plus a second); a secondary limit without Retry-After waits a minute.
        const untilReset = primary && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000)) + 1 : null;
        const kind = secondary ? "secondary rate limit" : primary ? "rate limit" : "too many requests";
        const told = after !== null ? `, Retry-After: ${after}` : "";
        return {
            kind: "wait",
            seconds: after ?? untilReset ?? (secondary ? 60 : null),
            why: `HTTP ${err.status} (${kind}${told})`,
        };
    }
    if (err.status >= 500)
        return { kind: "failed", why: `HTTP ${err.status} (${(0,errors/* errorMessage */.gJ)(e).slice(0, 120)})` };
    return null;
}
/** The access with one token at one API URL. */
function githubApi(o) {
    return { token: o.token, octokit: (say) => githubClient({ ...o, say }) };
}
/** An octokit whose every request goes through modelgate's retry policy. */
function githubClient(o) {
    const { throttle, ...rest } = o.tuning?.octokit ?? {};
    const options = {
        ...rest,
        baseUrl: o.baseUrl,
        // The plugin only spaces requests here: its own retries would stack on ours (with their own waits).
        throttle: { ...throttle, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    };
    const octokit = (0,github/* getOctokit */.Q)(o.token, options, throttling);
    const base = o.baseUrl.replace(/\/+$/, "");
    const deadline = o.tuning?.attemptTimeoutMs ?? retry/* ATTEMPT_TIMEOUT_SECONDS */.Kw * 1000;
    // Registered after the plugins, so it wraps them: a retry is spaced by the throttling plugin too.
    octokit.hook.wrap("request", (request, endpoint) => {
        const { method, url } = octokit.request.endpoint.parse(endpoint);
        const call = `${method} ${url.startsWith(base) ? url.slice(base.length) : url}`;
        return (0,retry/* withRetries */.LH)({ platform: "GitHub", call, repeatable: method !== "POST", say: o.say, secondMs: o.tuning?.secondMs }, 
        // Each attempt gets its own deadline: octokit has none, and a hung connection would hold the step. Set on
        // the options object itself: the hooks inside were bound to it, a new object would not reach them.
        async () => {
            // A release asset's transfer may ask for longer (`request.deadlineMs`, from its size): it streams a file.
            const asked = Number(endpoint.request?.deadlineMs);
            const ms = Number.isFinite(asked) ? Math.max(deadline, asked) : deadline;
            endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(ms) };
            return request(endpoint);
        }, (e) => githubVerdict(e));
    });
    return octokit;
}


/***/ }),

/***/ 51950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubRegistry: () => (/* binding */ GithubRegistry)
});

// UNUSED EXPORTS: storedAsset

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/registry/attestation.ts
var attestation = __webpack_require__(7853);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __webpack_require__(51979);
// EXTERNAL MODULE: ./src/core/registry/store.ts
var store = __webpack_require__(10798);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __webpack_require__(70385);
// EXTERNAL MODULE: ./src/platform/github/githubClient.ts + 1 modules
var githubClient = __webpack_require__(28762);
// EXTERNAL MODULE: ./src/core/registry/stages.ts
var stages = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/platform/github/githubStageHistory.ts
// Each stage's history on GitHub: a promotion or rollback is a deployment of the version's tag to an environment named
// after the stage, its StageEvent in the payload, with a `success` status; the deployment it supersedes gets
// `inactive`. So the history is GitHub's own (the environment's page lists it) and append-only (deployments are not
// edited). A model's deployments carry the task `modelgate:<name>`: one listing finds them all, and nothing else.




const taskOf = (name) => `modelgate:${name}`;
function listing(w, name, environment, perPage = 100) {
    return { ...w.repo, task: taskOf(name), ...(environment ? { environment } : {}), per_page: perPage };
}
/**
 * The event a deployment records. Anything else under the model's task is refused, not skipped: a history with a
 * hole in it would roll back to the wrong version.
 */
function eventOf(w, d, name) {
    let payload = d.payload;
    if (typeof payload === "string") {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            payload = null;
        }
    }
    const parsed = stages/* stageEventSchema */.Q9.safeParse(payload?.modelgate);
    const where = `${w.label}: deployment ${d.id} (${d.environment})`;
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.join(".") || "modelgate";
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: its payload is not a modelgate stage event (${at}: ${issue.message})`);
    }
    const e = parsed.data;
    if (e.name !== name || e.stage !== d.environment || d.ref !== (0,names/* buildTag */.NQ)(e.name, e.version))
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: it records ${e.name} ${e.version} in ${e.stage} at ${d.ref}, which do not agree`);
    return e;
}
/** Every stage event of the model, oldest first. */
async function readStageHistory(w, name) {
    (0,names/* parseModelName */.s_)(name, "model name");
    const all = await w.octokit.paginate(w.octokit.rest.repos.listDeployments, listing(w, name));
    // GitHub lists the newest first; ids grow with creation, timestamps only to the second.
    return all.sort((a, b) => a.id - b.id).map((d) => eventOf(w, d, name));
}
/** Append one event, if the stage still points where the event says it moved from. */
async function appendStageEvent(w, event) {
    const e = stages/* stageEventSchema */.Q9.parse(event);
    (0,names/* parseStageName */.LL)(e.stage, "stage");
    const tag = (0,names/* buildTag */.NQ)(e.name, e.version);
    const { octokit, repo } = w;
    const { data: newest } = await octokit.rest.repos.listDeployments(listing(w, e.name, e.stage, 1));
    const previous = newest[0];
    const current = previous ? eventOf(w, previous, e.name).version : null;
    // GitHub has no compare-and-set: this check narrows the window in which two moves of one stage cross.
    if (current !== e.previous)
        throw new store/* StageMoved */.Ux(e, current);
    const description = `${e.action} ${e.name} to v${e.version}`.slice(0, 140);
    const created = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: tag,
        task: taskOf(e.name),
        environment: e.stage,
        // The tag is the version as published: nothing may be merged into it, and no status check stands in the way.
        auto_merge: false,
        required_contexts: [],
        payload: { modelgate: e },
        description,
        transient_environment: false,
    });
    if (created.status !== 201)
        throw new Error(`${w.label}: GitHub did not create the deployment of ${tag} (HTTP ${created.status})`);
    await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: created.data.id,
        state: "success",
        description,
        ...(e.run ? { log_url: e.run } : {}),
        // Marked below for this model only: GitHub's own rule would reach other models' deployments of this
        // environment, and skips environments it calls production.
        auto_inactive: false,
    });
    if (previous)
        await octokit.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: previous.id,
            state: "inactive",
            description: `superseded by v${e.version}`.slice(0, 140),
            auto_inactive: false,
        });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/platform/github/streamingFetch.ts
// A fetch that sends a file as it reads it. Node's fetch (undici, also the one @actions/github gives octokit) keeps
// every byte of a streamed request body in memory, to be able to send it again (nodejs/undici#4058): uploading a
// 1 GB model would cost 1 GB. node:http sends the body as it is read; it goes through octokit's agent (the proxy
// @actions/github set up from HTTPS_PROXY, when there is one).




/** A fetch for one kind of request: a body that is an async iterable of bytes (a file), streamed. */
function streamingFetch(agent) {
    return (input, init = {}) => new Promise((resolve, reject) => {
        const url = new URL(String(input));
        const send = url.protocol === "https:" ? external_node_https_.request : external_node_http_.request;
        const headers = Object.fromEntries(new Headers(init.headers).entries());
        const options = { method: init.method ?? "GET", headers, ...(init.signal ? { signal: init.signal } : {}) };
        const req = send(url, agent ? { ...options, agent } : options, (res) => {
            const got = new Headers();
            for (const [name, value] of Object.entries(res.headers))
                for (const v of [value ?? []].flat())
                    got.append(name, v);
            const status = res.statusCode ?? 500;
            const empty = status === 204 || status === 205 || status === 304 || init.method === "HEAD";
            if (empty)
                res.resume();
            const body = empty ? null : external_node_stream_.Readable.toWeb(res);
            resolve(new Response(body, { status, statusText: res.statusMessage ?? "", headers: got }));
        });
        req.on("error", reject);
        const body = init.body;
        if (body === undefined || body === null)
            req.end();
        else if (typeof body === "string" || body instanceof Uint8Array)
            req.end(body);
        else
            (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(body), req).catch(reject);
    });
}

;// CONCATENATED MODULE: ./src/platform/github/githubRegistry.ts
// The model registry on GitHub: each version a release tagged `model/<name>/v<semver>` whose assets are the files,
// each stage's history a series of deployments of those tags (githubStageHistory.ts). Drafts are how a release is built atomically (GitHub
// shows nothing of a draft as a version) and they are what works with immutable releases: a published release's
// assets are never touched here. Files go up and down as streams from and to disk, never whole in memory.













/** A transfer gets at least this many bytes a second before its deadline ends it (1 GB: about 17 minutes). */
const TRANSFER_FLOOR_BYTES_PER_SECOND = 1024 * 1024;
/** Uploads of one file, the first included: a 502 or a lost connection is cleaned up after and tried again. */
const UPLOAD_ATTEMPTS = 3;
/** A file on disk as a request body that reopens the file each time it is read: a retried request sends it whole. */
class FileBody {
    path;
    constructor(path) {
        this.path = path;
    }
    async *[Symbol.asyncIterator]() {
        yield* (0,external_node_fs_.createReadStream)(this.path);
    }
}
/** An asset as the port sees it: GitHub's digest is "sha256:<hex>"; anything but `uploaded` never finished. */
function storedAsset(a) {
    const digest = /^sha256:([0-9a-f]{64})$/.exec(a.digest ?? "")?.[1] ?? null;
    return { name: a.name, size: a.size, sha256: digest, complete: a.state === "uploaded" };
}
/** GitHub's 422 "already_exists" on a field (tag_name of a release, name of an asset). */
function alreadyExists(e, field) {
    const err = e;
    return (err.status === 422 &&
        (err.response?.data?.errors ?? []).some((x) => x.code === "already_exists" && x.field === field));
}
/** How long a transfer of `bytes` may take. */
const transferDeadline = (bytes) => Math.max(retry/* ATTEMPT_TIMEOUT_SECONDS */.Kw * 1000, Math.ceil((bytes / TRANSFER_FLOOR_BYTES_PER_SECOND) * 1000));
class GithubRegistry {
    octokit;
    o;
    label;
    repo;
    where;
    /** Where each release takes its uploads (its upload_url), by release id, from every release this store read. */
    uploadUrls = new Map();
    constructor(octokit, o) {
        this.octokit = octokit;
        this.o = o;
        this.repo = { owner: o.owner, repo: o.repo };
        this.label = `GitHub Releases of ${o.owner}/${o.repo}`;
        this.where = { octokit, repo: this.repo, label: this.label };
    }
    record(r) {
        const parsed = (0,names/* parseTag */.ED)(r.tag_name);
        if (!parsed)
            return null;
        this.uploadUrls.set(String(r.id), r.upload_url);
        return {
            id: String(r.id),
            name: parsed.name,
            version: parsed.version,
            tag: r.tag_name,
            draft: r.draft,
            assets: r.assets.map(storedAsset),
            url: r.html_url,
            ...(r.published_at ? { publishedAt: r.published_at } : {}),
        };
    }
    own(r) {
        const record = this.record(r);
        if (!record)
            throw new Error(`${this.label}: release ${r.id} has the tag ${r.tag_name}, not a model version's`);
        return record;
    }
    async releases(name) {
        const prefix = `model/${(0,names/* parseModelName */.s_)(name, "model name")}/v`;
        const all = await this.octokit.paginate(this.octokit.rest.repos.listReleases, { ...this.repo, per_page: 100 });
        return all
            .filter((r) => r.tag_name.startsWith(prefix))
            .map((r) => this.record(r))
            .filter((r) => r !== null && r.name === name);
    }
    async createDraft(o) {
        if (o.tag !== (0,names/* buildTag */.NQ)(o.name, o.version))
            throw new Error(`${o.tag} is not the tag of ${o.name} ${o.version}`);
        try {
            const { data } = await this.octokit.rest.repos.createRelease({
                ...this.repo,
                tag_name: o.tag,
                ...(this.o.commit ? { target_commitish: this.o.commit } : {}),
                name: `${o.name} v${o.version}`,
                body: o.notes,
                draft: true,
            });
            return this.own(data);
        }
        catch (e) {
            if (alreadyExists(e, "tag_name"))
                throw new store/* VersionTaken */.QO(o.tag);
            throw e;
        }
    }
    /** Refuse to touch a published release: with immutable releases GitHub would refuse too, and without them a
     * version that changed after publishing would no longer be what was gated. */
    draftOnly(release, what) {
        if (!release.draft)
            throw new Error(`${this.label}: ${release.tag} is published; ${what} would change a published version`);
    }
    async assets(release) {
        return this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
            ...this.repo,
            release_id: Number(release.id),
            per_page: 100,
        });
    }
    /**
     * The fetch an upload to `baseUrl` goes through, with the agent @actions/github made for GITHUB_API_URL (through
     * HTTPS_PROXY when set) if it speaks that URL's protocol.
     */
    uploadFetch(baseUrl) {
        const request = this.octokit.request.endpoint.DEFAULTS.request;
        const agent = request?.agent;
        const protocol = agent?.protocol ?? (agent?.defaultPort === 443 ? "https:" : "http:");
        return streamingFetch(agent && protocol === new URL(baseUrl).protocol ? agent : undefined);
    }
    async uploadUrl(release) {
        const known = this.uploadUrls.get(release.id);
        if (known)
            return known;
        const { data } = await this.octokit.rest.repos.getRelease({ ...this.repo, release_id: Number(release.id) });
        this.own(data);
        return data.upload_url;
    }
    async uploadAsset(release, asset) {
        this.draftOnly(release, `uploading ${asset.name}`);
        const name = (0,names/* parseAssetName */.$C)(asset.name, "asset");
        await (0,regularFile/* assertRegularFile */.f)(asset.path);
        const { size } = await (0,promises_.stat)(asset.path);
        // The upload host is the release's own (uploads.github.com, or /api/uploads on GitHub Enterprise Server).
        const baseUrl = (await this.uploadUrl(release)).replace(/\/repos\/.*$/, "");
        for (let attempt = 1;; attempt++) {
            try {
                const { data } = await this.octokit.rest.repos.uploadReleaseAsset({
                    ...this.repo,
                    baseUrl,
                    release_id: Number(release.id),
                    name,
                    // Streamed: octokit hands a non-plain object to fetch as it is, and this fetch sends it as it is read.
                    data: new FileBody(asset.path),
                    headers: { "content-type": "application/octet-stream", "content-length": size },
                    request: { deadlineMs: transferDeadline(size), fetch: this.uploadFetch(baseUrl) },
                });
                if (data.name !== name)
                    throw new errors/* InputError */.dz(asset.path, undefined, `GitHub stored it as ${data.name}, not ${name}: rename the file`);
                return storedAsset(data);
            }
            catch (e) {
                if ((0,githubClient/* githubVerdict */.l)(e)?.kind !== "failed" || attempt >= UPLOAD_ATTEMPTS)
                    throw e;
                // A 502 or a lost connection: GitHub may have kept the file after all, or an empty `starter` asset that
                // blocks the name until it is deleted.
                const left = (await this.assets(release)).find((a) => a.name === name);
                if (left?.state === "uploaded" && left.size === size)
                    return storedAsset(left);
                if (left)
                    await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: left.id });
                this.o.say?.(`GitHub: the upload of ${name} to ${release.tag} failed (${(0,errors/* errorMessage */.gJ)(e)})${left ? `; removed the ${left.state} asset it left` : ""}; upload ${attempt + 1} of ${UPLOAD_ATTEMPTS}`);
            }
        }
    }
    async deleteAsset(release, name) {
        this.draftOnly(release, `deleting ${name}`);
        for (const a of (await this.assets(release)).filter((x) => x.name === name))
            await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: a.id });
    }
    async publish(release) {
        try {
            const { data } = await this.octokit.rest.repos.updateRelease({
                ...this.repo,
                release_id: Number(release.id),
                draft: false,
            });
            return this.own(data);
        }
        catch (e) {
            // Another release of this tag was published first: GitHub keeps one release per tag.
            if (alreadyExists(e, "tag_name"))
                throw new store/* VersionTaken */.QO(release.tag);
            throw e;
        }
    }
    async deleteRelease(release) {
        this.draftOnly(release, "deleting it");
        try {
            await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: Number(release.id) });
        }
        catch (e) {
            if (e.status !== 404)
                throw e;
        }
    }
    async download(release, name, to) {
        const asset = (await this.assets(release)).find((a) => a.name === name && a.state === "uploaded");
        if (!asset)
            throw new errors/* InputError */.dz(undefined, undefined, `${release.tag} has no file ${name} in ${this.label}`);
        // GitHub answers with a redirect to its file store, which fetch follows (without the token, another origin).
        const response = await this.octokit.rest.repos.getReleaseAsset({
            ...this.repo,
            asset_id: asset.id,
            headers: { accept: "application/octet-stream" },
            request: { parseSuccessResponseBody: false, deadlineMs: transferDeadline(asset.size) },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.data), (0,external_node_fs_.createWriteStream)(to));
        }
        catch (e) {
            await (0,promises_.rm)(to, { force: true });
            throw e;
        }
    }
    stageHistory(name) {
        return readStageHistory(this.where, name);
    }
    recordStage(event) {
        return appendStageEvent(this.where, event);
    }
    /** The repository's attestations of a file of this sha256, their statements read (not their signatures checked). */
    async attestations(sha256) {
        const records = [];
        let after;
        try {
            do {
                const { data, headers } = await this.octokit.rest.repos.listAttestations({
                    ...this.repo,
                    subject_digest: `sha256:${sha256}`,
                    per_page: 100,
                    ...(after ? { after } : {}),
                });
                for (const a of data.attestations ?? [])
                    records.push((0,attestation/* readAttestationBundle */.tq)(a.bundle));
                after = nextCursor(headers.link);
            } while (after);
        }
        catch (e) {
            // GitHub answers 404 when no attestation names the digest.
            if (e.status !== 404)
                throw e;
        }
        return records;
    }
}
/** The `after` cursor of a Link header's next page: attestations are paged by cursor, not by page number (and
 * octokit's paginate would not find the list, a field of the body rather than the body). */
function nextCursor(link) {
    const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? "")?.[1];
    return next ? (new URL(next).searchParams.get("after") ?? undefined) : undefined;
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


/***/ })

};
