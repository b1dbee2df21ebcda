// Who approved a GitLab job that publishes or promotes, as GitLab recorded it: the approvals of the job's
// deployment to a protected environment (GitLab Premium's deployment approvals), and the user who played the job
// when it is `when: manual` (GitLab sets CI_JOB_MANUAL then). Read from the API, not from variables a job could set.
import type { Approval } from "../../core/registry/store.js";
import type { GitlabApi } from "./gitlabClient.js";
import { httpStatus } from "./gitlabTransfer.js";

/** What the job says about itself (CI_* variables), for reading its approvals. */
export interface ApprovalQuery {
  project: string | number;
  /** CI_JOB_ID */
  jobId: number;
  /** CI_JOB_MANUAL: the job was started by someone playing it. */
  manual: boolean;
  /** CI_ENVIRONMENT_NAME: the job deploys to this environment, whose deployment may carry approvals. */
  environment?: string;
}

/** The approval query of the running job, or null outside a GitLab job. */
export function approvalQueryOfEnv(env: NodeJS.ProcessEnv): ApprovalQuery | null {
  const jobId = Number(env.CI_JOB_ID);
  const project = env.CI_PROJECT_ID ?? env.CI_PROJECT_PATH;
  if (!Number.isInteger(jobId) || jobId <= 0 || !project) return null;
  return {
    project,
    jobId,
    manual: env.CI_JOB_MANUAL === "true",
    ...(env.CI_ENVIRONMENT_NAME ? { environment: env.CI_ENVIRONMENT_NAME } : {}),
  };
}

interface UserJson {
  username: string;
}
interface JobJson {
  id: number;
  user?: UserJson | null;
  started_at?: string | null;
  created_at: string;
}
interface DeploymentJson {
  id: number;
  deployable?: { id: number } | null;
  approvals?: { user: UserJson; status: string; created_at: string; comment?: string | null }[];
}

/** The job: by id, or (CI_JOB_TOKEN may not read /projects/:id/jobs/:job_id) as the job token's own job. */
async function jobOf(api: GitlabApi, q: ApprovalQuery): Promise<JobJson> {
  try {
    return (await api.Jobs.show(q.project, q.jobId)) as unknown as JobJson;
  } catch (e) {
    if (httpStatus(e) !== 401 && httpStatus(e) !== 403) throw e;
    // GET /job; gitbeaker's Jobs.showConnectedJob looks for the job token among plain headers, where it never is.
    const own = (await api.Jobs.requester.get("job")).body as unknown as JobJson;
    if (own.id !== q.jobId)
      throw new Error(`GitLab: the job token belongs to job ${own.id}, not to job ${q.jobId}`, { cause: e });
    return own;
  }
}

/** The job's deployment to its environment (newest first: a job's deployment is among the latest). */
async function deploymentOf(
  api: GitlabApi,
  q: ApprovalQuery & { environment: string },
): Promise<DeploymentJson | null> {
  const list = (await api.Deployments.all(q.project, {
    environment: q.environment,
    orderBy: "id",
    sort: "desc",
    perPage: 100,
    maxPages: 3,
  } as Parameters<GitlabApi["Deployments"]["all"]>[1])) as unknown as DeploymentJson[];
  const found = list.find((d) => d.deployable?.id === q.jobId);
  if (!found) return null;
  // The list leaves approvals out; the deployment itself carries them (on GitLab tiers that have them).
  return (await api.Deployments.show(q.project, found.id)) as unknown as DeploymentJson;
}

/** The approvals GitLab recorded for this job: its deployment's approvers, then the user who played it. */
export async function gitlabApprovals(api: GitlabApi, q: ApprovalQuery): Promise<Approval[]> {
  const approvals: Approval[] = [];
  if (q.environment) {
    const deployment = await deploymentOf(api, { ...q, environment: q.environment });
    for (const a of deployment?.approvals ?? []) {
      // A rejection is on record too, but it approves nothing.
      if (a.status !== "approved") continue;
      approvals.push({
        user: a.user.username,
        at: a.created_at,
        source: "gitlab-deployment",
        environment: q.environment,
        ...(a.comment ? { comment: a.comment } : {}),
      });
    }
  }
  if (q.manual) {
    const job = await jobOf(api, q);
    if (job.user)
      approvals.push({
        user: job.user.username,
        at: job.started_at ?? job.created_at,
        source: "gitlab-manual-job",
        ...(q.environment ? { environment: q.environment } : {}),
      });
  }
  return approvals;
}
