export const id = 1473;
export const ids = [1473];
export const modules = {

/***/ 61473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRunFile: () => (/* binding */ fetchRunFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
// A file kept by an earlier workflow run: the base branch's newest successful run of this workflow, and in it the
// artifact of that name (modelgate keeps evaluation.json unzipped; actions/upload-artifact zips it). Through the
// public REST API: the token needs `actions: read`.


/** Runs looked at, newest first: an artifact expires, and a run may have failed before keeping it. */
const RUNS_LOOKED_AT = 10;
async function fetchRunFile(octokit, repo, thisRun, o) {
    try {
        // This workflow's runs only: another workflow on the branch may keep a file of the same name.
        const workflowId = thisRun
            ? (await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: thisRun })).data.workflow_id
            : null;
        const query = { ...repo, branch: o.branch, status: "success", per_page: RUNS_LOOKED_AT };
        const runs = workflowId
            ? (await octokit.rest.actions.listWorkflowRuns({ ...query, workflow_id: workflowId })).data.workflow_runs
            : (await octokit.rest.actions.listWorkflowRunsForRepo(query)).data.workflow_runs;
        for (const run of runs) {
            const { artifacts } = (await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: o.artifact })).data;
            const artifact = artifacts.find((a) => !a.expired);
            if (!artifact)
                continue;
            // The API answers with a redirect to a short-lived blob URL, fetched without the token.
            const r = await octokit.rest.actions.downloadArtifact({
                ...repo,
                artifact_id: artifact.id,
                archive_format: "zip",
                request: { redirect: "manual" },
            });
            const location = r.headers.location;
            if (!location)
                return { unavailable: `the download of artifact ${artifact.id} gave no address` };
            const blob = await fetch(location);
            if (!blob.ok)
                return { unavailable: `the artifact's blob answered ${blob.status}` };
            const bytes = new Uint8Array(await blob.arrayBuffer());
            const file = await fileOf(bytes, o.artifact);
            if (!(file instanceof Uint8Array))
                return file;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(o.to, file);
            return { file: o.to, run: run.html_url, sha: run.head_sha };
        }
        return {
            unavailable: `no successful run on ${o.branch} in the last ${RUNS_LOOKED_AT} kept an artifact named ${JSON.stringify(o.artifact)}`,
        };
    }
    catch (e) {
        return { unavailable: `the GitHub API refused (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}; the token needs actions: read)` };
    }
}
/** The artifact's file: the bytes as they are, or out of the zip (the file named as the artifact, else its only one). */
async function fileOf(bytes, name) {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (!zip)
        return bytes;
    const { unzipSync } = await __webpack_require__.e(/* import() */ 1306).then(__webpack_require__.bind(__webpack_require__, 51306));
    const files = unzipSync(bytes);
    const names = Object.keys(files).filter((n) => !n.endsWith("/"));
    const pick = names.find((n) => n === name || n.endsWith(`/${name}`)) ?? (names.length === 1 ? names[0] : undefined);
    return pick
        ? files[pick]
        : { unavailable: `the artifact holds ${names.length} files and none is named ${JSON.stringify(name)}` };
}


/***/ })

};
