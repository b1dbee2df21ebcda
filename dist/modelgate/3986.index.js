export const id = 3986;
export const ids = [3986];
export const modules = {

/***/ 83986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubCommentSourceOf: () => (/* binding */ githubCommentSourceOf)
/* harmony export */ });
/* unused harmony exports readCommentEvent, GithubCommentSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7757);
// The GitHub side of a comment command: the issue_comment event that carried it, the commenter's permission, the
// pull request's head and origin, and reactions on the comment. issue_comment runs the workflow file of the default
// branch, so what runs here is never the pull request's code; the pull request is only read through the API.



/** The event of an issue_comment run, with the ids the API calls need; one line when the file is not one. */
function readCommentEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (env.GITHUB_EVENT_NAME && env.GITHUB_EVENT_NAME !== "issue_comment")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `comment-command runs on the issue_comment event, not on ${env.GITHUB_EVENT_NAME} (docs/comment-commands.md shows the workflow)`);
    if (!file)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "GITHUB_EVENT_PATH is not set: no comment to read");
    let p;
    try {
        p = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `the event payload cannot be read (${e.message})`);
    }
    const { comment, issue, repository } = p;
    const login = comment?.user?.login;
    if (typeof comment?.id !== "number" ||
        typeof comment.body !== "string" ||
        typeof login !== "string" ||
        typeof issue?.number !== "number" ||
        typeof repository?.full_name !== "string")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, "not an issue_comment payload (comment.id, comment.body, comment.user.login, issue.number and repository.full_name are required)");
    return {
        action: typeof p.action === "string" ? p.action : "",
        body: comment.body,
        commenter: login,
        number: issue.number,
        // GitHub sets issue.pull_request (an object of links) when the "issue" is a pull request.
        pullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
        commentId: comment.id,
        repository: repository.full_name,
    };
}
const status = (e) => e.status;
/** The calls of one comment command, on the repository the event names. */
class GithubCommentSource {
    octokit;
    event;
    repo;
    constructor(octokit, event) {
        this.octokit = octokit;
        this.event = event;
        const [owner = "", repo = ""] = event.repository.split("/");
        this.repo = { owner, repo };
    }
    async permission(user) {
        try {
            const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user });
            // `permission` is the base role (maintain reads as write, triage as read, a custom role as its base).
            const p = data.permission;
            return p === "admin" || p === "write" || p === "read" ? p : "none";
        }
        catch (e) {
            // GitHub answers 404 for a login that is no collaborator it can tell about.
            if (status(e) === 404)
                return "none";
            throw e;
        }
    }
    async pullRequest(number) {
        const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number });
        // A deleted fork leaves head.repo null: it is no branch of this repository either.
        const head = data.head.repo?.full_name ?? null;
        return { headSha: data.head.sha, fork: head === null || head !== data.base.repo.full_name };
    }
    async react(content) {
        await this.octokit.rest.reactions.createForIssueComment({
            ...this.repo,
            comment_id: this.event.commentId,
            content,
        });
    }
}
/** The comment command of this run: the event GitHub wrote, and the job's token at GITHUB_API_URL. */
async function githubCommentSourceOf(env, say) {
    const event = readCommentEvent(env);
    const api = await (0,_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .githubApiOf */ .lF)(env);
    if (!api)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)");
    return new GithubCommentSource(api.octokit(say), event);
}


/***/ })

};
