export const id = 234;
export const ids = [234];
export const modules = {

/***/ 60234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentRun: () => (/* binding */ currentRun),
/* harmony export */   runApprovals: () => (/* binding */ runApprovals)
/* harmony export */ });
/** The run whose approvals count: the repository and GITHUB_RUN_ID of this step, or null outside a workflow run. */
function currentRun(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
    const runId = Number(env.GITHUB_RUN_ID);
    if (!owner || !repo || rest.length > 0 || !Number.isSafeInteger(runId) || runId <= 0)
        return null;
    return { owner, repo, runId };
}
/**
 * The approvals of a run, one per environment an `approved` review covered (a rejection or a pending review is no
 * approval). GitHub's review history carries no time: a review comes before the job it let run, so `at` is when it
 * was read, the latest the approval can have been given.
 */
async function runApprovals(octokit, run, now = () => new Date()) {
    const { data } = await octokit.rest.actions.getReviewsForRun({
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
    });
    const at = now().toISOString();
    return data
        .filter((review) => review.state === "approved")
        .flatMap((review) => (review.environments.length > 0 ? review.environments : [{ name: undefined }]).map((environment) => ({
        user: review.user.login,
        at,
        source: "github-environment",
        ...(environment.name ? { environment: environment.name } : {}),
        ...(review.comment ? { comment: review.comment } : {}),
    })));
}


/***/ })

};
