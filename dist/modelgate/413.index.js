export const id = 413;
export const ids = [413];
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
    const where = full ? (full.url ? `[${full.label}](${full.url})` : full.label) : "the job's log";
    return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}
/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line.
 */
function fitBody(body, o) {
    const measure = o.measure ?? ((t) => t.length);
    if (measure(body) <= o.limit)
        return { body, cut: false, omitted: 0 };
    const parts = sections(body);
    const tail = (omitted) => notice(omitted, parts.length, o.fullReport);
    let kept = "";
    let used = 0;
    for (const part of parts) {
        const next = used === 0 ? part : `${kept}\n${part}`;
        if (measure(next) + measure(tail(parts.length - used - 1)) > o.limit)
            break;
        kept = next;
        used++;
    }
    if (used === 0) {
        // Even the first section is too long: keep its lines that fit.
        const room = o.limit - measure(tail(parts.length));
        const lines = parts[0].split("\n");
        const keptLines = [];
        for (const line of lines) {
            if (measure([...keptLines, line].join("\n")) > room)
                break;
            keptLines.push(line);
        }
        kept = keptLines.join("\n");
    }
    const body2 = `${kept}${tail(parts.length - used)}`;
    return { body: body2, cut: true, omitted: parts.length - used };
}


/***/ }),

/***/ 95413:
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
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/platform/github/githubClient.ts
// The octokit the GitHub adapter uses: @actions/github's client with the retry and throttling plugins loaded for
// real (a plugin's options do nothing unless the plugin is passed to getOctokit).



/** How often a rate-limited request is tried again before the step gives up. */
const RATE_LIMIT_RETRIES = 3;
/** An octokit that waits out primary and secondary rate limits (Retry-After) and retries 5xx answers. */
function githubClient(o) {
    const limited = (kind) => (retryAfter, options, _octokit, retryCount) => {
        o.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
    const { throttle, retry: retryTuning, ...rest } = o.tuning ?? {};
    const options = {
        ...rest,
        baseUrl: o.baseUrl,
        throttle: { ...throttle, onRateLimit: limited("primary"), onSecondaryRateLimit: limited("secondary") },
        retry: { retries: 3, ...retryTuning },
    };
    return (0,github/* getOctokit */.Q)(o.token, options, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
    annotationLimit = 10;
    summaryLimit = GITHUB_SUMMARY_LIMIT;
    context;
    constructor(env, 
    /** Tests shorten the client's retry waits. */
    tuning) {
        this.env = env;
        this.tuning = tuning;
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
            core/* setSecret */.Pq(token);
    }
    info(message) {
        core/* info */.pq(message);
    }
    warning(message) {
        core/* warning */.$e(message);
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
            const props = {
                ...(a.title ? { title: a.title } : {}),
                ...(a.file ? { file: a.file } : {}),
                ...(a.line ? { startLine: a.line } : {}),
            };
            if (a.level === "error")
                core/* error */.z3(a.message, props);
            else if (a.level === "warning")
                core/* warning */.$e(a.message, props);
            else
                core/* notice */.lm(a.message, props);
        }
    }
    async setOutputs(outputs) {
        for (const [k, v] of Object.entries(outputs))
            core/* setOutput */.uH(k, v);
    }
    startGroup(title) {
        core/* startGroup */.Oh(title);
    }
    endGroup() {
        core/* endGroup */.N4();
    }
    mask(secret) {
        core/* setSecret */.Pq(secret);
    }
    async keepFile(o) {
        // @actions/artifact (with the Azure blob client) is 3 MiB of code: loaded only when a file is kept.
        return (await Promise.all(/* import() */[__webpack_require__.e(474), __webpack_require__.e(252), __webpack_require__.e(622)]).then(__webpack_require__.bind(__webpack_require__, 67622))).keepArtifact(this.env, o);
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
            warn: (m) => core/* warning */.$e(m),
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


/***/ })

};
