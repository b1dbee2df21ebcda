export const id = 2167;
export const ids = [2167];
export const modules = {

/***/ 22167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitlabPlatform: () => (/* binding */ GitlabPlatform)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/render/consoleText.ts
var consoleText = __webpack_require__(48706);
;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabContext.ts
/** The MR iid of a merge request pipeline, or the first open MR of this project in CI_OPEN_MERGE_REQUESTS. */
function mergeRequestOfEnv(env) {
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (env.CI_MERGE_REQUEST_IID && Number.isInteger(iid) && iid > 0)
        return iid;
    // "group/project!12,other/fork!3": up to four, this project's own first.
    for (const ref of (env.CI_OPEN_MERGE_REQUESTS ?? "").split(",")) {
        const m = /^(.+)!(\d+)$/.exec(ref.trim());
        if (m && m[1] === env.CI_PROJECT_PATH)
            return Number(m[2]);
    }
    return null;
}
/** The open merge request whose source is this branch, the lowest iid first. */
async function mergeRequestOfBranch(api, project, branch) {
    const open = await api.MergeRequests.all({ projectId: project, sourceBranch: branch, state: "opened" });
    const iids = open.map((m) => m.iid);
    return iids.length > 0 ? Math.min(...iids) : null;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabRunFile.ts
// A file from the artifacts of a job of the branch's newest successful pipeline: GitLab's "download a single
// artifact file from a reference" (GET /projects/:id/jobs/artifacts/:ref/raw/*path?job=), which CI_JOB_TOKEN may
// call for its own project.


async function fetchJobArtifact(api, project, 
/** The branch's pipelines page, as the run the file came from (this endpoint names no job). */
pipelines, o) {
    let blob;
    try {
        blob = await api.JobArtifacts.downloadArchive(project, { ref: o.branch, job: o.job, artifactPath: o.artifact });
    }
    catch (e) {
        const status = e.cause?.response?.status;
        return {
            unavailable: status === 404
                ? `no successful pipeline on ${o.branch} has a job ${JSON.stringify(o.job)} whose artifacts hold ${o.artifact}`
                : `the GitLab API refused (${(0,errors/* errorMessage */.gJ)(e)})`,
        };
    }
    await (0,promises_.writeFile)(o.to, new Uint8Array(await blob.arrayBuffer()));
    return { file: o.to, run: pipelines };
}

// EXTERNAL MODULE: ./src/core/comment/applyComment.ts
var applyComment = __webpack_require__(43716);
;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabThread.ts
// A merge request's notes as a CommentThread, through @gitbeaker/rest: every page, as the token's own user.

/** GitLab rejects notes longer than this. */
const GITLAB_NOTE_LIMIT = 1_000_000;
/** The HTTP status of a gitbeaker error, when it carries a response. */
function gitlabStatus(e) {
    return e.cause?.response?.status;
}
function denied(e, what) {
    const s = gitlabStatus(e);
    if (s === 401 || s === 403)
        return new applyComment/* CommentPermissionError */.JA(`the token may not ${what} (HTTP ${s}); MODELGATE_GITLAB_TOKEN needs a project access token with the api scope and at least the Reporter role`);
    return e;
}
class GitlabThread {
    api;
    project;
    iid;
    maxBodyChars = GITLAB_NOTE_LIMIT;
    label;
    constructor(api, project, iid, projectPath) {
        this.api = api;
        this.project = project;
        this.iid = iid;
        this.label = `${projectPath}!${iid}`;
    }
    async identity() {
        try {
            const me = await this.api.Users.showCurrentUser();
            return { id: String(me.id), name: me.username };
        }
        catch (e) {
            // A job token, an expired or a revoked token: GitLab answers 401 before any write is tried.
            throw denied(e, "read this merge request");
        }
    }
    async list() {
        const notes = await this.api.MergeRequestNotes.all(this.project, this.iid, {
            perPage: 100,
            sort: "asc",
            orderBy: "created_at",
        }).catch((e) => Promise.reject(denied(e, "read the notes of this merge request")));
        return notes
            .filter((n) => !n.system)
            .map((n) => ({ id: String(n.id), body: n.body, authorId: String(n.author.id) }));
    }
    async headSha() {
        const mr = await this.api.MergeRequests.show(this.project, this.iid).catch((e) => Promise.reject(denied(e, "read this merge request")));
        return mr.sha;
    }
    async create(body) {
        try {
            const note = await this.api.MergeRequestNotes.create(this.project, this.iid, body);
            return { id: String(note.id), url: null };
        }
        catch (e) {
            throw denied(e, "comment on this merge request");
        }
    }
    async update(id, body) {
        try {
            const note = await this.api.MergeRequestNotes.edit(this.project, this.iid, Number(id), { body });
            return { id: String(note.id), url: null };
        }
        catch (e) {
            throw denied(e, "edit notes on this merge request");
        }
    }
    async remove(id) {
        try {
            await this.api.MergeRequestNotes.remove(this.project, this.iid, Number(id));
        }
        catch (e) {
            if (gitlabStatus(e) === 404)
                return;
            throw denied(e, "delete notes on this merge request");
        }
    }
}

;// CONCATENATED MODULE: ./src/platform/gitlab/gitlabPlatform.ts





/** The branch of the pipeline: a merge request's source branch, else the commit's branch (none for a tag). */
function gitlabBranch(env) {
    return env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || undefined;
}
/**
 * GitLab CI: the log is the summary (in a collapsible section), outputs go to a dotenv file the job can publish
 * with `artifacts: reports: dotenv`, and findings reach the merge request widget through the JUnit report.
 */
class GitlabPlatform {
    env;
    clients;
    write;
    annotationLimit = 0;
    /** The log takes what it is given; the job log's own 4 MiB default limit is far above a report. */
    summaryLimit = 1024 * 1024;
    context;
    constructor(env, 
    /** The API clients (detect.ts builds them from the environment's tokens). */
    clients, write = (t) => process.stdout.write(t)) {
        this.env = env;
        this.clients = clients;
        this.write = write;
        this.context = {
            platform: "gitlab",
            ...(env.CI_PROJECT_PATH ? { repository: env.CI_PROJECT_PATH } : {}),
            ...(env.CI_COMMIT_SHA ? { sha: env.CI_COMMIT_SHA } : {}),
            ...(env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA && env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA !== env.CI_COMMIT_SHA
                ? { headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA }
                : {}),
            ...(env.CI_JOB_URL ? { runUrl: env.CI_JOB_URL } : {}),
            ...(env.GITLAB_USER_LOGIN ? { actor: env.GITLAB_USER_LOGIN } : {}),
            ...(mergeRequestOfEnv(env) ? { changeRequest: mergeRequestOfEnv(env) } : {}),
            ...(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ? { baseBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME } : {}),
            ...(gitlabBranch(env) ? { branch: gitlabBranch(env) } : {}),
            ...(env.CI_SERVER_URL ? { serverUrl: env.CI_SERVER_URL } : {}),
            workspace: env.CI_PROJECT_DIR ?? process.cwd(),
        };
    }
    // Text from data reaches the log without ESC or CR, so it cannot colour the log or close a section itself.
    info(message) {
        this.write(`${(0,consoleText/* consoleText */.bt)(message)}\n`);
    }
    warning(message) {
        this.write(`\u001b[33mwarning: ${(0,consoleText/* consoleText */.bt)(message)}\u001b[0m\n`);
    }
    async writeSummary(markdown) {
        const id = `modelgate_${Date.now()}`;
        const t = Math.floor(Date.now() / 1000);
        this.write(`\u001b[0Ksection_start:${t}:${id}[collapsed=true]\r\u001b[0Kmodelgate summary\n${(0,consoleText/* consoleText */.bt)(markdown)}\n\u001b[0Ksection_end:${t}:${id}\r\u001b[0K\n`);
    }
    annotate(_annotations) {
        // GitLab has no annotations: the JUnit report carries findings to the merge request.
    }
    async setOutputs(outputs) {
        const file = this.env.MODELGATE_DOTENV ?? "modelgate.env";
        // A path inside the project is written relative to it: a later job's checkout may be in another folder.
        // (The job's working directory is the project's checkout; CI_PROJECT_DIR names it too, when set.)
        const roots = [this.context.workspace, process.cwd()].map((d) => `${d.replace(/\/$/, "")}/`);
        const relative = (v) => {
            const root = roots.find((r) => v.startsWith(r));
            return root ? v.slice(root.length) : v;
        };
        const lines = Object.entries(outputs).map(([k, v]) => {
            const text = typeof v === "string" ? relative(v) : String(v);
            return `MODELGATE_${k.toUpperCase().replaceAll("-", "_")}=${text.replaceAll("\n", " ")}`;
        });
        await (0,promises_.appendFile)(file, `${lines.join("\n")}\n`);
    }
    section = null;
    startGroup(title) {
        this.section = `modelgate_${Date.now()}`;
        this.write(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${this.section}[collapsed=true]\r\u001b[0K${(0,consoleText/* consoleText */.bt)(title).replace(/\n/g, " ")}\n`);
    }
    endGroup() {
        if (this.section)
            this.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${this.section}\r\u001b[0K\n`);
        this.section = null;
    }
    mask(_secret) {
        // Masking is configured on the CI/CD variable itself in GitLab.
    }
    async keepFile(o) {
        return {
            unavailable: `GitLab keeps ${o.file} only through the job's artifacts: paths (templates/drift.yml declares them)`,
        };
    }
    async runFile(o) {
        // A fork's merge request compares with the target project's branches: their pipelines are the target's.
        const project = this.env.CI_MERGE_REQUEST_PROJECT_ID ?? this.env.CI_PROJECT_ID ?? this.context.repository;
        if (!project)
            return { unavailable: "CI_PROJECT_ID is not set" };
        // Reading the project's own job artifacts is something CI_JOB_TOKEN may do.
        if (!this.clients.artifacts)
            return { unavailable: "no CI_JOB_TOKEN or MODELGATE_GITLAB_TOKEN" };
        // A line per retry in the log; the final failure is the one warning.
        const api = await this.clients.artifacts((m) => this.info(m));
        const host = this.context.serverUrl ?? "https://gitlab.com";
        const path = this.env.CI_MERGE_REQUEST_PROJECT_PATH ?? this.context.repository ?? project;
        const pipelines = `${host}/${path}/-/pipelines?ref=${encodeURIComponent(o.branch)}`;
        return fetchJobArtifact(api, project, pipelines, o);
    }
    async registry() {
        const project = this.env.CI_PROJECT_ID ?? this.context.repository;
        if (!project)
            return { unavailable: "CI_PROJECT_ID is not set" };
        // Releases and package uploads need a token with api scope (Developer or more); CI_JOB_TOKEN may not create releases.
        if (!this.clients.notes)
            return { unavailable: "no MODELGATE_GITLAB_TOKEN (a token with api scope) for the registry" };
        const api = await this.clients.notes((m) => this.info(m));
        const { GitlabRegistry } = await Promise.all(/* import() */[__webpack_require__.e(4474), __webpack_require__.e(7582), __webpack_require__.e(1329), __webpack_require__.e(8749)]).then(__webpack_require__.bind(__webpack_require__, 44195));
        const { approvalQueryOfEnv, gitlabApprovals } = await Promise.all(/* import() */[__webpack_require__.e(4474), __webpack_require__.e(7582), __webpack_require__.e(1038)]).then(__webpack_require__.bind(__webpack_require__, 94314));
        const store = new GitlabRegistry({
            api,
            project,
            ...(this.context.sha ? { ref: this.context.sha } : {}),
            say: (line) => this.info(line),
        });
        const query = approvalQueryOfEnv(this.env);
        return { store, approvals: async () => (query ? gitlabApprovals(api, query) : []) };
    }
    async commentThread(o) {
        if (!this.clients.notes)
            return {
                unavailable: "no token that may write merge request notes (CI_JOB_TOKEN cannot): set MODELGATE_GITLAB_TOKEN to a project access token with the api scope",
            };
        // A merge request from a fork runs in the fork, but the merge request (and its notes) is the target project's.
        const project = this.env.CI_MERGE_REQUEST_PROJECT_ID ?? this.env.CI_PROJECT_ID ?? this.context.repository;
        if (!project)
            return { unavailable: "CI_PROJECT_ID is not set" };
        const api = await this.clients.notes((m) => this.info(m));
        const iid = o.number ??
            this.context.changeRequest ??
            (this.env.CI_COMMIT_BRANCH ? await mergeRequestOfBranch(api, project, this.env.CI_COMMIT_BRANCH) : null);
        if (!iid)
            return { unavailable: "this pipeline belongs to no open merge request (give --pr to name one)" };
        return new GitlabThread(api, project, iid, this.env.CI_MERGE_REQUEST_PROJECT_PATH ?? this.context.repository ?? String(project));
    }
}


/***/ })

};
