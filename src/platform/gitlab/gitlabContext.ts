// Which merge request a GitLab pipeline belongs to: a merge request pipeline names it; a branch pipeline may
// belong to open merge requests (CI_OPEN_MERGE_REQUESTS, else the API).
import type { GitlabApi } from "./gitlabClient.js";

type Api = GitlabApi;

/** The MR iid of a merge request pipeline, or the first open MR of this project in CI_OPEN_MERGE_REQUESTS. */
export function mergeRequestOfEnv(env: NodeJS.ProcessEnv): number | null {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  if (env.CI_MERGE_REQUEST_IID && Number.isInteger(iid) && iid > 0) return iid;
  // "group/project!12,other/fork!3": up to four, this project's own first.
  for (const ref of (env.CI_OPEN_MERGE_REQUESTS ?? "").split(",")) {
    const m = /^(.+)!(\d+)$/.exec(ref.trim());
    if (m && m[1] === env.CI_PROJECT_PATH) return Number(m[2]);
  }
  return null;
}

/** The open merge request whose source is this branch, the lowest iid first. */
export async function mergeRequestOfBranch(api: Api, project: string | number, branch: string): Promise<number | null> {
  const open = await api.MergeRequests.all({ projectId: project, sourceBranch: branch, state: "opened" });
  const iids = open.map((m) => m.iid);
  return iids.length > 0 ? Math.min(...iids) : null;
}
