export const id = 983;
export const ids = [983];
export const modules = {

/***/ 8983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubPlatform: () => (/* binding */ GithubPlatform)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core. */
class GithubPlatform {
    annotationLimit = 10;
    context;
    constructor(env) {
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        this.context = {
            platform: "github",
            ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
            ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
            ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
                : {}),
            workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        };
    }
    info(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    warning(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
    async writeSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
    }
    annotate(annotations) {
        for (const a of annotations) {
            const props = {
                ...(a.title ? { title: a.title } : {}),
                ...(a.file ? { file: a.file } : {}),
                ...(a.line ? { startLine: a.line } : {}),
            };
            if (a.level === "error")
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(a.message, props);
            else if (a.level === "warning")
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(a.message, props);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(a.message, props);
        }
    }
    async setOutputs(outputs) {
        for (const [k, v] of Object.entries(outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(k, v);
    }
    startGroup(title) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
    }
    endGroup() {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
    mask(secret) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    }
}


/***/ })

};
