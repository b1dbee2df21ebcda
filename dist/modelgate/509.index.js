export const id = 509;
export const ids = [509];
export const modules = {

/***/ 99546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony export sections */
// Bodies past a platform's limit are cut where a section ends, never mid-table or inside an open <details>, with a
// pointer to the full report.
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/** Top-level sections: a heading line or a `<details>` block starts one; a `<details>` block is never split. */
function sections(markdown) {
    const lines = markdown.split("\n");
    const out = [];
    let current = [];
    let depth = 0;
    let fence = false;
    for (const line of lines) {
        const starts = !fence && depth === 0 && (/^#{1,6} /.test(line) || /^<details[\s>]/.test(line));
        if (starts && current.length > 0) {
            out.push(current.join("\n"));
            current = [];
        }
        current.push(line);
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        if (!fence) {
            depth += (line.match(/<details[\s>]/g) ?? []).length;
            depth = Math.max(0, depth - (line.match(/<\/details>/g) ?? []).length);
        }
    }
    if (current.length > 0)
        out.push(current.join("\n"));
    return out;
}
function notice(omitted, total, full) {
    // Parentheses in the address would end Markdown's (…) early and leave the rest as text: percent-encoded.
    const href = full?.url?.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    const where = full ? (href ? `[${full.label}](${href})` : full.label) : "the job's log";
    return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}
/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line. Linear in the body: each section and line is measured
 * once and the sizes summed, which `measure` allows as long as it adds up over concatenation (characters and UTF-8
 * bytes do: text is only ever joined at a newline, never inside a surrogate pair).
 */
function fitBody(body, o) {
    const measure = o.measure ?? ((t) => t.length);
    if (measure(body) <= o.limit)
        return { body, cut: false, omitted: 0 };
    const parts = sections(body);
    const tail = (omitted) => notice(omitted, parts.length, o.fullReport);
    const newline = measure("\n");
    let size = 0;
    let used = 0;
    for (const part of parts) {
        const next = used === 0 ? measure(part) : size + newline + measure(part);
        if (next + measure(tail(parts.length - used - 1)) > o.limit)
            break;
        size = next;
        used++;
    }
    let kept = parts.slice(0, used).join("\n");
    if (used === 0) {
        // Even the first section is too long: keep its lines that fit.
        const room = o.limit - measure(tail(parts.length));
        const lines = parts[0].split("\n");
        let lineCount = 0;
        let lineSize = 0;
        for (const line of lines) {
            const next = lineCount === 0 ? measure(line) : lineSize + newline + measure(line);
            if (next > room)
                break;
            lineSize = next;
            lineCount++;
        }
        kept = lines.slice(0, lineCount).join("\n");
    }
    return { body: `${kept}${tail(parts.length - used)}`, cut: true, omitted: parts.length - used };
}


/***/ }),

/***/ 57509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_SUMMARY_LIMIT: () => (/* binding */ GITHUB_SUMMARY_LIMIT),
  GithubPlatform: () => (/* binding */ GithubPlatform),
  githubToken: () => (/* binding */ githubToken)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/core/comment/fitBody.ts
var fitBody = __webpack_require__(99546);
// EXTERNAL MODULE: ./src/core/render/consoleText.ts
var consoleText = __webpack_require__(48706);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(86856);
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
/** An octokit whose every request goes through modelgate's retry policy. */
function githubClient(o) {
    const { throttle, ...rest } = o.tuning?.octokit ?? {};
    const options = {
        ...rest,
        baseUrl: o.baseUrl,
        // The plugin only spaces requests here: its own retries would stack on ours (with their own waits).
        throttle: { ...throttle, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    };
    const octokit = (0,github/* getOctokit */.Q)(o.token, options, dist_bundle/* throttling */.A);
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
            endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(deadline) };
            return request(endpoint);
        }, (e) => githubVerdict(e));
    });
    return octokit;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/platform/github/githubContext.ts
// Which pull request a GitHub run belongs to: from the event payload, else (push runs) the open pull requests
// whose head is this commit.

/** The pull request number the triggering event names, if any (pull_request, pull_request_target, issue_comment on a PR, workflow_run). */
function pullRequestOfEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
    }
    catch {
        return null;
    }
    const n = payload.pull_request?.number ??
        (payload.issue?.pull_request ? payload.issue.number : undefined) ??
        payload.workflow_run?.pull_requests?.[0]?.number;
    return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}
/** The open pull request whose head is this commit (a push run on a branch with a PR), the lowest number first. */
async function pullRequestOfCommit(octokit, repo, sha) {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
    const open = data.filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
    return open.length > 0 ? Math.min(...open) : null;
}

// EXTERNAL MODULE: ./src/platform/github/githubThread.ts
var githubThread = __webpack_require__(58484);
;// CONCATENATED MODULE: ./src/platform/github/workflowCommands.ts
// GitHub workflow commands written to a stream the caller picks. @actions/core writes every command to
// process.stdout, which in the CLI may be a payload (`--json`, a report redirected to a file); the runner reads
// commands from the step's stderr as well, so the CLI can keep them there.

function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/**
 * One `::name key=value::message` line, as @actions/core formats it. The message and properties are made inert
 * first (no control characters, no `##[`); `%`, CR and LF are then escaped, so the command stays one line.
 */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter((e) => e[1] !== undefined && e[1] !== "")
        .map(([k, v]) => `${k}=${escapeProperty((0,consoleText/* consoleText */.bt)(String(v)))}`)
        .join(",");
    return `::${name}${props ? ` ${props}` : ""}::${escapeData((0,consoleText/* consoleText */.bt)(message))}\n`;
}
/** `::add-mask::`: the secret exactly as given (it must match what would be printed), on one line. */
function maskCommand(secret) {
    return `::add-mask::${escapeData(secret)}\n`;
}

;// CONCATENATED MODULE: ./src/platform/github/githubPlatform.ts







/** GitHub keeps at most 1 MiB of job summary per step. */
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** The token for API calls: the action's `github-token` input, else MODELGATE_GITHUB_TOKEN or GITHUB_TOKEN. */
function githubToken(env) {
    return env["INPUT_GITHUB-TOKEN"] || env.MODELGATE_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
}
/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core; comments through octokit. */
class GithubPlatform {
    env;
    tuning;
    log;
    annotationLimit = 10;
    summaryLimit = GITHUB_SUMMARY_LIMIT;
    context;
    constructor(env, 
    /** Tests shorten the client's retry waits. */
    tuning, 
    /**
     * Where the log goes: `out` takes messages, groups and annotations (the CLI gives stderr: its stdout carries
     * the command's result), `err` takes masks, which must never land in a payload. The runner reads commands from both.
     */
    log = {
        out: (t) => process.stdout.write(t),
        err: (t) => process.stderr.write(t),
    }) {
        this.env = env;
        this.tuning = tuning;
        this.log = log;
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        const pr = pullRequestOfEvent(env);
        this.context = {
            platform: "github",
            ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
            ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
            ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
                : {}),
            ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
            ...(pr ? { changeRequest: pr } : {}),
            ...(env.GITHUB_BASE_REF ? { baseBranch: env.GITHUB_BASE_REF } : {}),
            // A pull request's checkout is a detached merge commit: its branch is GITHUB_HEAD_REF.
            ...(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME ? { branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME } : {}),
            serverUrl: server,
            workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        };
        const token = githubToken(env);
        if (token)
            this.mask(token);
    }
    info(message) {
        this.log.out(`${(0,consoleText/* consoleText */.bt)(message)}\n`);
    }
    warning(message) {
        this.log.out(workflowCommand("warning", {}, message));
    }
    async writeSummary(markdown) {
        if (!this.env.GITHUB_STEP_SUMMARY)
            return;
        const fitted = (0,fitBody/* fitBody */.KM)(markdown, {
            limit: this.summaryLimit,
            measure: fitBody/* utf8Bytes */.dy,
            fullReport: { label: "the step's artifacts", url: this.context.runUrl ?? null },
        });
        await core/* summary */.z.addRaw(fitted.body, true).write();
    }
    annotate(annotations) {
        for (const a of annotations) {
            this.log.out(workflowCommand(a.level, { title: a.title, file: a.file, line: a.line || undefined }, a.message));
        }
    }
    async setOutputs(outputs) {
        for (const [k, v] of Object.entries(outputs)) {
            // The runner's output file; without one (a local try, a very old runner) @actions/core would print the old
            // `::set-output` command on stdout, which may carry a payload: it goes to the log stream instead.
            if (process.env.GITHUB_OUTPUT)
                core/* setOutput */.uH(k, v);
            else
                this.log.out(workflowCommand("set-output", { name: k }, String(v)));
        }
    }
    startGroup(title) {
        this.log.out(workflowCommand("group", {}, title));
    }
    endGroup() {
        this.log.out(workflowCommand("endgroup", {}, ""));
    }
    mask(secret) {
        if (secret)
            this.log.err(maskCommand(secret));
    }
    async keepFile(o) {
        // @actions/artifact (with the Azure blob client) is 3 MiB of code: loaded only when a file is kept.
        return (await Promise.all(/* import() */[__webpack_require__.e(474), __webpack_require__.e(645), __webpack_require__.e(622)]).then(__webpack_require__.bind(__webpack_require__, 67622))).keepArtifact(this.env, o);
    }
    /** The octokit of this run and the repository, or why there is none. */
    client() {
        const token = githubToken(this.env);
        if (!token)
            return { unavailable: "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)" };
        const [owner, repo] = (this.context.repository ?? "").split("/");
        if (!owner || !repo)
            return { unavailable: "GITHUB_REPOSITORY is not set" };
        const octokit = githubClient({
            token,
            baseUrl: this.env.GITHUB_API_URL ?? "https://api.github.com",
            // A line per retry, in the log (not an annotation each): the final failure is the one warning.
            say: (m) => this.info(m),
            ...(this.tuning ? { tuning: this.tuning } : {}),
        });
        return { octokit, owner, repo };
    }
    async runFile(o) {
        const c = this.client();
        if ("unavailable" in c)
            return c;
        const run = Number(this.env.GITHUB_RUN_ID);
        return (await __webpack_require__.e(/* import() */ 473).then(__webpack_require__.bind(__webpack_require__, 61473))).fetchRunFile(c.octokit, { owner: c.owner, repo: c.repo }, Number.isInteger(run) && run > 0 ? run : null, { branch: o.branch, artifact: o.artifact, to: o.to });
    }
    async commentThread(o) {
        const c = this.client();
        if ("unavailable" in c)
            return c;
        const { octokit, owner, repo } = c;
        const number = o.number ??
            this.context.changeRequest ??
            (this.context.sha ? await pullRequestOfCommit(octokit, { owner, repo }, this.context.sha) : null);
        if (!number)
            return { unavailable: "this run belongs to no pull request (give --pr to name one)" };
        return new githubThread/* GithubThread */.UU(octokit, { owner, repo }, number, this.env.MODELGATE_COMMENT_AUTHOR || githubThread/* ACTIONS_BOT */.aX);
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


/***/ })

};
