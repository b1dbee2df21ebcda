export const id = 695;
export const ids = [695];
export const modules = {

/***/ 2695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitlabPlatform: () => (/* binding */ GitlabPlatform)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * GitLab CI: the log is the summary (in a collapsible section), outputs go to a dotenv file the job can publish
 * with `artifacts: reports: dotenv`, and findings reach the merge request widget through the JUnit report.
 */
class GitlabPlatform {
    env;
    write;
    annotationLimit = 0;
    context;
    constructor(env, write = (t) => process.stdout.write(t)) {
        this.env = env;
        this.write = write;
        this.context = {
            platform: "gitlab",
            ...(env.CI_PROJECT_PATH ? { repository: env.CI_PROJECT_PATH } : {}),
            ...(env.CI_COMMIT_SHA ? { sha: env.CI_COMMIT_SHA } : {}),
            ...(env.CI_JOB_URL ? { runUrl: env.CI_JOB_URL } : {}),
            workspace: env.CI_PROJECT_DIR ?? process.cwd(),
        };
    }
    info(message) {
        this.write(`${message}\n`);
    }
    warning(message) {
        this.write(`\u001b[33mwarning: ${message}\u001b[0m\n`);
    }
    async writeSummary(markdown) {
        const id = `modelgate_${Date.now()}`;
        const t = Math.floor(Date.now() / 1000);
        this.write(`\u001b[0Ksection_start:${t}:${id}[collapsed=true]\r\u001b[0Kmodelgate summary\n${markdown}\n\u001b[0Ksection_end:${t}:${id}\r\u001b[0K\n`);
    }
    annotate(_annotations) {
        // GitLab has no annotations: the JUnit report carries findings to the merge request.
    }
    async setOutputs(outputs) {
        const file = this.env.MODELGATE_DOTENV ?? "modelgate.env";
        const lines = Object.entries(outputs).map(([k, v]) => `MODELGATE_${k.toUpperCase().replaceAll("-", "_")}=${String(v).replaceAll("\n", " ")}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, `${lines.join("\n")}\n`);
    }
    section = null;
    startGroup(title) {
        this.section = `modelgate_${Date.now()}`;
        this.write(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${this.section}[collapsed=true]\r\u001b[0K${title}\n`);
    }
    endGroup() {
        if (this.section)
            this.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${this.section}\r\u001b[0K\n`);
        this.section = null;
    }
    mask(_secret) {
        // Masking is configured on the CI/CD variable itself in GitLab.
    }
}


/***/ })

};
