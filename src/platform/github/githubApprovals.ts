// Who approved this run: the review history of the workflow run, where GitHub records the required reviewers of an
// environment (`environment: production` on the job) approving or rejecting it. Needs `actions: read`.
import type { Approval } from "../../core/registry/store.js";
import type { Octokit } from "./githubClient.js";

/** The run whose approvals count: the repository and GITHUB_RUN_ID of this step, or null outside a workflow run. */
export function currentRun(env: NodeJS.ProcessEnv): { owner: string; repo: string; runId: number } | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const runId = Number(env.GITHUB_RUN_ID);
  if (!owner || !repo || rest.length > 0 || !Number.isSafeInteger(runId) || runId <= 0) return null;
  return { owner, repo, runId };
}

/**
 * The approvals of a run, one per environment an `approved` review covered (a rejection or a pending review is no
 * approval). GitHub's review history carries no time: a review comes before the job it let run, so `at` is when it
 * was read, the latest the approval can have been given.
 */
export async function runApprovals(
  octokit: Octokit,
  run: { owner: string; repo: string; runId: number },
  now: () => Date = () => new Date(),
): Promise<Approval[]> {
  const { data } = await octokit.rest.actions.getReviewsForRun({
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
  });
  const at = now().toISOString();
  return data
    .filter((review) => review.state === "approved")
    .flatMap((review) =>
      (review.environments.length > 0 ? review.environments : [{ name: undefined }]).map((environment) => ({
        user: review.user.login,
        at,
        source: "github-environment" as const,
        ...(environment.name ? { environment: environment.name } : {}),
        ...(review.comment ? { comment: review.comment } : {}),
      })),
    );
}
