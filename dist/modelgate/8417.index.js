export const id = 8417;
export const ids = [8417];
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

/***/ 18417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_SUMMARY_LIMIT: () => (/* binding */ GITHUB_SUMMARY_LIMIT),
  GithubPlatform: () => (/* binding */ GithubPlatform)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/core/comment/fitBody.ts
var fitBody = __webpack_require__(99546);
// EXTERNAL MODULE: ./src/core/render/consoleText.ts
var consoleText = __webpack_require__(48706);
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
/** The pull request's head commit the triggering event names (pull_request, pull_request_target), if any. */
function headShaOfEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
        const sha = payload.pull_request?.head?.sha;
        return typeof sha === "string" && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
    }
    catch {
        return null;
    }
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
/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core; comments through octokit. */
class GithubPlatform {
    env;
    api;
    log;
    annotationLimit = 10;
    summaryLimit = GITHUB_SUMMARY_LIMIT;
    context;
    constructor(env, 
    /** The API access (detect.ts builds it from the environment); null when there is no token. */
    api, 
    /**
     * Where the log goes: `out` takes messages, groups and annotations (the CLI gives stderr: its stdout carries
     * the command's result), `err` takes masks, which must never land in a payload. The runner reads commands from both.
     */
    log = {
        out: (t) => process.stdout.write(t),
        err: (t) => process.stderr.write(t),
    }) {
        this.env = env;
        this.api = api;
        this.log = log;
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        const pr = pullRequestOfEvent(env);
        const head = headShaOfEvent(env);
        this.context = {
            platform: "github",
            ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
            ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
            ...(head && head !== env.GITHUB_SHA ? { headSha: head } : {}),
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
        if (api)
            this.mask(api.token);
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
        return (await Promise.all(/* import() */[__webpack_require__.e(4474), __webpack_require__.e(6621), __webpack_require__.e(9645), __webpack_require__.e(7622)]).then(__webpack_require__.bind(__webpack_require__, 67622))).keepArtifact(this.env, o);
    }
    /** The octokit of this run and the repository, or why there is none. */
    client() {
        if (!this.api)
            return { unavailable: "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)" };
        const [owner, repo] = (this.context.repository ?? "").split("/");
        if (!owner || !repo)
            return { unavailable: "GITHUB_REPOSITORY is not set" };
        // A line per retry, in the log (not an annotation each): the final failure is the one warning.
        return { octokit: this.api.octokit((m) => this.info(m)), owner, repo };
    }
    async runFile(o) {
        const c = this.client();
        if ("unavailable" in c)
            return c;
        const run = Number(this.env.GITHUB_RUN_ID);
        return (await __webpack_require__.e(/* import() */ 1473).then(__webpack_require__.bind(__webpack_require__, 61473))).fetchRunFile(c.octokit, { owner: c.owner, repo: c.repo }, Number.isInteger(run) && run > 0 ? run : null, { branch: o.branch, artifact: o.artifact, to: o.to });
    }
    async registry() {
        const c = this.client();
        if ("unavailable" in c)
            return c;
        const { GithubRegistry } = await Promise.all(/* import() */[__webpack_require__.e(6621), __webpack_require__.e(1329), __webpack_require__.e(1950)]).then(__webpack_require__.bind(__webpack_require__, 51950));
        const { currentRun, runApprovals } = await __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 60234));
        const store = new GithubRegistry(c.octokit, {
            owner: c.owner,
            repo: c.repo,
            ...(this.context.sha ? { commit: this.context.sha } : {}),
            say: (line) => this.info(line),
        });
        const run = currentRun(this.env);
        // Outside a workflow run there is no review history: no approval on record.
        return { store, approvals: async () => (run ? runApprovals(c.octokit, run) : []) };
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
