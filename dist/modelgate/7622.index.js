export const id = 7622;
export const ids = [7622];
export const modules = {

/***/ 67622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepArtifact: () => (/* binding */ keepArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9645);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
// A file kept as a workflow artifact through @actions/artifact (the results service and its blob store), as it
// is: an HTML report downloads as the page itself, not as a zip around it.



async function keepArtifact(env, o) {
    // The runner hands these to actions only (not to `run:` steps): outside an action there is nothing to upload to.
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return { unavailable: "no Actions runtime token here (only an action step gets ACTIONS_RUNTIME_TOKEN)" };
    try {
        const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
        const r = await client.uploadArtifact("", [o.file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(o.file), {
            skipArchive: true,
            ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
        });
        if (r.id === undefined)
            return { unavailable: "the artifact service gave no artifact id" };
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        const page = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? { url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${r.id}` }
            : {};
        return { id: r.id, bytes: r.size ?? 0, ...(r.digest ? { sha256: r.digest } : {}), ...page };
    }
    catch (e) {
        return { unavailable: `the upload failed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)})` };
    }
}


/***/ })

};
