// Deployments, their statuses and a run's environment approvals in the fake GitHub. A deployment's ref must
// resolve (a published release's tag, a commit sha, or the default branch), listings are newest first with GitHub's
// filters, and a status keeps GitHub's `auto_inactive` rule: a new `success` marks earlier non-transient,
// non-production deployments of that environment whose last status was `success` as `inactive`.
import { createHash } from "node:crypto";

import type { Reply } from "./githubRoutes.js";
import type { FakeState, FakeToken, FakeUser } from "./githubServer.js";

export type DeploymentState = "error" | "failure" | "inactive" | "pending" | "success" | "queued" | "in_progress";
export interface FakeDeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: FakeUser;
  createdAt: string;
}
export interface FakeDeployment {
  id: number;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: FakeUser;
  createdAt: string;
  /** Oldest first. */
  statuses: FakeDeploymentStatus[];
  /** What the request asked for, for tests to assert. */
  autoMerge: boolean;
  requiredContexts: string[] | undefined;
}
/** An entry of a run's review history (GET …/actions/runs/{run_id}/approvals). */
export interface FakeApproval {
  repo: string;
  runId: number;
  login: string;
  environments: string[];
  state: "approved" | "rejected" | "pending";
  comment: string;
}

export interface DeploymentContext {
  state: FakeState;
  apiUrl: string;
  webUrl: string;
  now(): string;
  user(login: string): FakeUser;
  userJson(u: FakeUser): Record<string, unknown>;
  linkHeader(base: string, query: URLSearchParams, page: number, pages: number): string | undefined;
}

const DOCS = "https://docs.github.com/rest";

export function createDeploymentRoutes(ctx: DeploymentContext) {
  const { state, apiUrl, webUrl } = ctx;
  let nextDeployment = 3_000_000_001;
  let nextStatus = 4_000_000_001;
  const environmentIds = new Map<string, number>();

  function deploymentJson(d: FakeDeployment): Record<string, unknown> {
    const url = `${apiUrl}/repos/${d.repo}/deployments/${d.id}`;
    return {
      url,
      id: d.id,
      node_id: `DE_kwDO${Buffer.from(String(d.id)).toString("base64url")}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: ctx.userJson(d.creator),
      created_at: d.createdAt,
      updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
      statuses_url: `${url}/statuses`,
      repository_url: `${apiUrl}/repos/${d.repo}`,
      transient_environment: d.transient,
      production_environment: d.production,
      performed_via_github_app: null,
    };
  }

  function statusJson(d: FakeDeployment, s: FakeDeploymentStatus): Record<string, unknown> {
    const deployment = `${apiUrl}/repos/${d.repo}/deployments/${d.id}`;
    return {
      url: `${deployment}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_kwDO${Buffer.from(String(s.id)).toString("base64url")}`,
      state: s.state,
      creator: ctx.userJson(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.logUrl,
      log_url: s.logUrl,
      environment_url: s.environmentUrl,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      deployment_url: deployment,
      repository_url: `${apiUrl}/repos/${d.repo}`,
      performed_via_github_app: null,
    };
  }

  function approvalJson(a: FakeApproval): Record<string, unknown> {
    return {
      environments: a.environments.map((name) => {
        const id = environmentIds.get(`${a.repo}:${name}`) ?? 56_780_000 + environmentIds.size;
        environmentIds.set(`${a.repo}:${name}`, id);
        return {
          id,
          node_id: `EN_kwDO${Buffer.from(String(id)).toString("base64url")}`,
          name,
          url: `${apiUrl}/repos/${a.repo}/environments/${encodeURIComponent(name)}`,
          html_url: `${webUrl}/${a.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
          created_at: "2024-01-01T00:00:00Z",
          updated_at: "2024-01-01T00:00:00Z",
        };
      }),
      state: a.state,
      user: ctx.userJson(ctx.user(a.login)),
      comment: a.comment,
    };
  }

  /** The commit a ref names, or undefined when GitHub would answer "No ref found". */
  function resolve(repo: string, ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    const release = state.releases.find((r) => r.repo === repo && !r.draft && r.tag === ref);
    if (release) return /^[0-9a-f]{40}$/.test(release.target) ? release.target : sha1(`${repo}:${release.target}`);
    if (ref === "main") return sha1(`${repo}:main`);
    return undefined;
  }

  function page<T>(all: T[], path: string, query: URLSearchParams): Reply {
    const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30)));
    const at = Math.max(1, Number(query.get("page") ?? 1));
    const link = ctx.linkHeader(`${apiUrl}${path}`, query, at, Math.ceil(all.length / perPage));
    return { status: 200, headers: link ? { link } : {}, body: all.slice((at - 1) * perPage, at * perPage) };
  }

  function addStatus(d: FakeDeployment, who: FakeUser, o: Partial<FakeDeploymentStatus> & { state: DeploymentState }) {
    const s: FakeDeploymentStatus = {
      id: nextStatus++,
      description: "",
      environment: d.statuses.at(-1)?.environment ?? d.environment,
      logUrl: "",
      environmentUrl: "",
      creator: who,
      createdAt: ctx.now(),
      ...o,
    };
    d.statuses.push(s);
    return s;
  }

  return (
    method: string,
    template: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    who: FakeToken,
  ): Reply | undefined => {
    const repo = `${params.owner}/${params.repo}`;
    const input = (body ?? {}) as Record<string, unknown>;
    const forbidden = (doc: string): Reply => ({
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: `${DOCS}/${doc}`, status: "403" },
    });
    const notFound = (doc: string): Reply => ({
      status: 404,
      body: { message: "Not Found", documentation_url: `${DOCS}/${doc}`, status: "404" },
    });
    const deployment = () => state.deployments.find((d) => d.repo === repo && d.id === Number(params.deployment_id));
    switch (`${method} ${template}`) {
      case "GET /repos/{owner}/{repo}/deployments": {
        const filters = ["sha", "ref", "task", "environment"] as const;
        const all = state.deployments
          .filter((d) => d.repo === repo)
          .filter((d) => filters.every((f) => query.get(f) === null || d[f] === query.get(f)))
          .reverse()
          .map(deploymentJson);
        return page(all, `/repos/${repo}/deployments`, query);
      }
      case "POST /repos/{owner}/{repo}/deployments": {
        const doc = "deployments/deployments#create-a-deployment";
        if (!who.canWrite) return forbidden(doc);
        const ref = String(input.ref);
        const sha = resolve(repo, ref);
        if (!sha)
          return {
            status: 422,
            body: { message: `No ref found for: ${ref}`, documentation_url: `${DOCS}/${doc}`, status: "422" },
          };
        const environment = typeof input.environment === "string" ? input.environment : "production";
        const d: FakeDeployment = {
          id: nextDeployment++,
          repo,
          sha,
          ref,
          task: typeof input.task === "string" ? input.task : "deploy",
          environment,
          payload: input.payload ?? {},
          description: typeof input.description === "string" ? input.description : null,
          transient: input.transient_environment === true,
          production:
            typeof input.production_environment === "boolean"
              ? input.production_environment
              : environment === "production",
          creator: who.user,
          createdAt: ctx.now(),
          statuses: [],
          autoMerge: input.auto_merge !== false,
          requiredContexts: Array.isArray(input.required_contexts) ? (input.required_contexts as string[]) : undefined,
        };
        state.deployments.push(d);
        return { status: 201, body: deploymentJson(d) };
      }
      case "GET /repos/{owner}/{repo}/deployments/{deployment_id}": {
        const d = deployment();
        return d ? { status: 200, body: deploymentJson(d) } : notFound("deployments/deployments#get-a-deployment");
      }
      case "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": {
        const d = deployment();
        if (!d) return notFound("deployments/statuses#list-deployment-statuses");
        const all = [...d.statuses].reverse().map((s) => statusJson(d, s));
        return page(all, `/repos/${repo}/deployments/${d.id}/statuses`, query);
      }
      case "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": {
        const doc = "deployments/statuses#create-a-deployment-status";
        const d = deployment();
        if (!d) return notFound(doc);
        if (!who.canWrite) return forbidden(doc);
        const description = typeof input.description === "string" ? input.description : "";
        if (description.length > 140)
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [
                {
                  resource: "DeploymentStatus",
                  code: "custom",
                  field: "description",
                  message: "description is too long (maximum is 140 characters)",
                },
              ],
              status: "422",
            },
          };
        const logUrl =
          typeof input.log_url === "string"
            ? input.log_url
            : typeof input.target_url === "string"
              ? input.target_url
              : "";
        const s = addStatus(d, who.user, {
          state: input.state as DeploymentState,
          description,
          ...(typeof input.environment === "string" ? { environment: input.environment } : {}),
          logUrl,
          environmentUrl: typeof input.environment_url === "string" ? input.environment_url : "",
        });
        if (s.state === "success" && input.auto_inactive !== false) {
          for (const prior of state.deployments) {
            const last = prior.statuses.at(-1);
            if (prior.repo !== repo || prior.id >= d.id || prior.transient || prior.production) continue;
            if (last?.environment === s.environment && last.state === "success")
              addStatus(prior, who.user, { state: "inactive" });
          }
        }
        return {
          status: 201,
          headers: { location: `${apiUrl}/repos/${repo}/deployments/${d.id}/statuses/${s.id}` },
          body: statusJson(d, s),
        };
      }
      case "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals": {
        const list = state.approvals.filter((a) => a.repo === repo && a.runId === Number(params.run_id));
        return { status: 200, body: list.map(approvalJson) };
      }
      default:
        return undefined;
    }
  };
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
