// The endpoints the fake GitHub implements, with GitHub's semantics and response shapes. Requests
// reach these handlers only after they passed the OpenAPI check, so parameters are known to be well-formed.
import { createAttestationRoutes } from "./githubAttestations.js";
import { createCommentCommandRoutes } from "./githubCommentCommand.js";
import { createDeploymentRoutes } from "./githubDeployments.js";
import { createReleaseRoutes } from "./githubReleases.js";
import type { FakeComment, FakeRun, FakeState, FakeToken, FakeUser, Fault, UserType } from "./githubServer.js";

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
interface Context {
  state: FakeState;
  apiUrl: string;
  webUrl: string;
  user(login: string, spec?: { id?: number; type?: UserType }): FakeUser;
  /** Where artifact blobs are served (a download redirects there). */
  blobOrigin: string;
  /** The uploads host (a release's upload_url). */
  uploadOrigin: string;
  /** Where release assets' bytes are kept. */
  assetDir: string;
}
type Handler = (
  method: string,
  template: string,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
  who: FakeToken,
  /** Request headers, names lower-cased. */
  headers: Record<string, string>,
) => Reply;

const DOCS = "https://docs.github.com/rest";
// GitHub counts characters, not UTF-16 code units; Ruby's String#length counts code points.
const MAX_BODY = 65536;

export function createRoutes(ctx: Context) {
  const { state, apiUrl, webUrl } = ctx;
  let nextCommentId = 1_000_000_001;
  let clock = Date.UTC(2024, 0, 1);

  // Seconds-resolution ISO timestamps, strictly increasing so ordering and updated_at changes are observable.
  function now(): string {
    clock = Math.max(clock + 1000, Math.floor(Date.now() / 1000) * 1000);
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  function userJson(u: FakeUser): Record<string, unknown> {
    const url = `${apiUrl}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: Buffer.from(`04:${u.type}${u.id}`).toString("base64"),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: "",
      url,
      html_url: u.type === "Bot" ? `${webUrl}/apps/${u.login.replace(/\[bot\]$/, "")}` : `${webUrl}/${u.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  function isPull(issue: number): boolean {
    return [...state.pullsBySha.values()].some((numbers) => numbers.includes(issue));
  }

  function addComment(repo: string, issue: number, body: string, author: FakeUser): FakeComment {
    const id = nextCommentId++;
    const stamp = now();
    const [owner] = repo.split("/");
    const token = [...state.tokens.values()].find((t) => t.user === author);
    const comment: FakeComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString("base64url")}`,
      url: `${apiUrl}/repos/${repo}/issues/comments/${id}`,
      html_url: `${webUrl}/${repo}/${isPull(issue) ? "pull" : "issues"}/${issue}#issuecomment-${id}`,
      issue_url: `${apiUrl}/repos/${repo}/issues/${issue}`,
      body,
      user: userJson(author),
      created_at: stamp,
      updated_at: stamp,
      author_association:
        author.login === owner ? "OWNER" : token?.canWrite && author.type === "User" ? "COLLABORATOR" : "NONE",
      performed_via_github_app: null,
      reactions: {
        url: `${apiUrl}/repos/${repo}/issues/comments/${id}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
    const key = `${repo}#${issue}`;
    state.comments.set(key, [...(state.comments.get(key) ?? []), comment]);
    return comment;
  }

  function find(repo: string, id: number): { list: FakeComment[]; index: number } | undefined {
    for (const [key, list] of state.comments) {
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return key.startsWith(`${repo}#`) ? { list, index } : undefined;
    }
    return undefined;
  }

  const registry = { ...ctx, now, userJson, linkHeader, user: (login: string) => ctx.user(login) };
  const releases = createReleaseRoutes(registry);
  const deployments = createDeploymentRoutes(registry);
  const commentCommands = createCommentCommandRoutes(registry);
  const attestations = createAttestationRoutes(registry);

  const handler: Handler = (method, template, params, query, body, who, headers) => {
    const repo = `${params.owner}/${params.repo}`;
    const op = `${method} ${template}`;
    const text = (body as { body?: string } | undefined)?.body ?? "";
    const forbidden = (doc: string): Reply => ({
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: `${DOCS}/${doc}`, status: "403" },
    });
    const notFound = (doc: string): Reply => ({
      status: 404,
      body: { message: "Not Found", documentation_url: `${DOCS}/${doc}`, status: "404" },
    });
    const tooLong = (doc: string): Reply | undefined =>
      [...text].length <= MAX_BODY
        ? undefined
        : {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [
                {
                  resource: "IssueComment",
                  code: "custom",
                  field: "body",
                  message: "body is too long (maximum is 65536 characters)",
                },
              ],
              documentation_url: `${DOCS}/${doc}`,
              status: "422",
            },
          };

    switch (op) {
      case "GET /user":
        if (who.kind === "installation") return forbidden("users/users#get-the-authenticated-user");
        return { status: 200, body: publicUser(who.user) };
      case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
        const since = query.get("since");
        const all = (state.comments.get(`${repo}#${params.issue_number}`) ?? []).filter(
          (c) => !since || Date.parse(c.updated_at) >= Date.parse(since),
        );
        const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30)));
        const page = Math.max(1, Number(query.get("page") ?? 1));
        const path = `/repos/${repo}/issues/${params.issue_number}/comments`;
        const link = linkHeader(`${apiUrl}${path}`, query, page, Math.ceil(all.length / perPage));
        return {
          status: 200,
          headers: link ? { link } : {},
          body: all.slice((page - 1) * perPage, page * perPage),
        };
      }
      case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
        const doc = "issues/comments#create-an-issue-comment";
        if (!who.canWrite) return forbidden(doc);
        const invalid = tooLong(doc);
        if (invalid) return invalid;
        const created = addComment(repo, Number(params.issue_number), text, who.user);
        return { status: 201, headers: { location: created.url }, body: created };
      }
      case "GET /repos/{owner}/{repo}/issues/comments/{comment_id}":
      case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}":
      case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        const doc = `issues/comments#${method === "GET" ? "get" : method === "PATCH" ? "update" : "delete"}-an-issue-comment`;
        const hit = find(repo, Number(params.comment_id));
        if (!hit) return notFound(doc);
        if (method === "GET") return { status: 200, body: hit.list[hit.index] };
        if (!who.canWrite) return forbidden(doc);
        if (method === "DELETE") {
          hit.list.splice(hit.index, 1);
          return { status: 204 };
        }
        const invalid = tooLong(doc);
        if (invalid) return invalid;
        const updated = { ...hit.list[hit.index]!, body: text, updated_at: now() };
        hit.list[hit.index] = updated;
        return { status: 200, body: updated };
      }
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}": {
        const head = state.pullHeads.get(`${repo}#${params.pull_number}`);
        return head
          ? { status: 200, body: pull(repo, Number(params.pull_number), head) }
          : notFound("pulls/pulls#get-a-pull-request");
      }
      case "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
        const numbers = state.pullsBySha.get(params.commit_sha ?? "") ?? [];
        return { status: 200, body: numbers.map((n) => pull(repo, n, params.commit_sha ?? "")) };
      }
      case "GET /repos/{owner}/{repo}/actions/runs/{run_id}": {
        const run = state.runs.find((r) => r.repo === repo && r.id === Number(params.run_id));
        return run ? { status: 200, body: runJson(run) } : notFound("actions/workflow-runs#get-a-workflow-run");
      }
      case "GET /repos/{owner}/{repo}/actions/runs":
      case "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs": {
        const branch = query.get("branch");
        const status = query.get("status");
        const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30)));
        const runs = state.runs
          .filter((r) => r.repo === repo)
          .filter((r) => params.workflow_id === undefined || String(r.workflowId) === params.workflow_id)
          .filter((r) => !branch || r.branch === branch)
          .filter((r) => !status || status === "completed" || r.conclusion === status)
          .reverse();
        return { status: 200, body: { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map(runJson) } };
      }
      case "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts": {
        const run = state.runs.find((r) => r.repo === repo && r.id === Number(params.run_id));
        if (!run) return notFound("actions/artifacts#list-workflow-run-artifacts");
        const name = query.get("name");
        const list = run.artifacts.filter((a) => !name || a.name === name).map((a) => artifactJson(run, a));
        return { status: 200, body: { total_count: list.length, artifacts: list } };
      }
      case "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}": {
        const doc = "actions/artifacts#download-an-artifact";
        const artifact = state.runs
          .filter((r) => r.repo === repo)
          .flatMap((r) => r.artifacts)
          .find((a) => a.id === Number(params.artifact_id));
        if (!artifact) return notFound(doc);
        if (artifact.expired)
          return {
            status: 410,
            body: { message: "Artifact has expired", documentation_url: `${DOCS}/${doc}`, status: "410" },
          };
        return { status: 302, headers: { location: `${ctx.blobOrigin}/blobs/${artifact.id}?sig=fake` } };
      }
      default:
        return (
          releases(method, template, params, query, body, who, headers) ??
          deployments(method, template, params, query, body, who) ??
          commentCommands(method, template, params, body, who) ??
          attestations(method, template, params, query) ?? {
            // Valid per the description but not implemented here: 404 (not 5xx, which plugin-retry would retry).
            status: 404,
            body: { message: `Not Found (the fake GitHub does not implement ${op})` },
          }
        );
    }
  };

  // Deliberately minimal, as pull() below: the fields a client reads.
  function runJson(r: FakeRun): Record<string, unknown> {
    return {
      id: r.id,
      name: "CI",
      workflow_id: r.workflowId,
      head_branch: r.branch,
      head_sha: r.headSha,
      status: "completed",
      conclusion: r.conclusion,
      run_number: r.id - 8999,
      event: "push",
      url: `${apiUrl}/repos/${r.repo}/actions/runs/${r.id}`,
      html_url: `${webUrl}/${r.repo}/actions/runs/${r.id}`,
      artifacts_url: `${apiUrl}/repos/${r.repo}/actions/runs/${r.id}/artifacts`,
    };
  }

  function artifactJson(r: FakeRun, a: FakeRun["artifacts"][number]): Record<string, unknown> {
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.bytes.length,
      url: `${apiUrl}/repos/${r.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${apiUrl}/repos/${r.repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: "2024-01-01T00:00:00Z",
      expires_at: "2024-04-01T00:00:00Z",
      updated_at: "2024-01-01T00:00:00Z",
      workflow_run: { id: r.id, head_branch: r.branch, head_sha: r.headSha },
    };
  }

  function publicUser(u: FakeUser): Record<string, unknown> {
    return {
      ...userJson(u),
      name: u.login,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: "2020-01-01T00:00:00Z",
      updated_at: "2020-01-01T00:00:00Z",
    };
  }

  // Deliberately minimal (the full pull-request-simple schema needs whole repository objects): of a repository,
  // only what tells a fork from a branch of the repository itself.
  function pull(repo: string, number: number, sha: string): Record<string, unknown> {
    const key = `${repo}#${number}`;
    const headRepo = state.pullHeadRepos.has(key) ? state.pullHeadRepos.get(key)! : repo;
    const repoJson = (full: string) => ({ full_name: full, name: full.split("/")[1], fork: full !== repo });
    return {
      url: `${apiUrl}/repos/${repo}/pulls/${number}`,
      id: 2_000_000_000 + number,
      number,
      state: "open",
      title: `Pull request #${number}`,
      html_url: `${webUrl}/${repo}/pull/${number}`,
      issue_url: `${apiUrl}/repos/${repo}/issues/${number}`,
      head: {
        label: `${(headRepo ?? repo).split("/")[0]}:feature-${number}`,
        ref: `feature-${number}`,
        sha,
        repo: headRepo === null ? null : repoJson(headRepo),
      },
      base: { label: `${repo.split("/")[0]}:main`, ref: "main", sha: "0".repeat(40), repo: repoJson(repo) },
    };
  }

  return Object.assign(handler, { addComment, releases, attestations });
}

// RFC 5988 Link header in GitHub's order (prev, next, last, first); absent when everything fits one page.
function linkHeader(base: string, query: URLSearchParams, page: number, pages: number): string | undefined {
  if (pages <= 1 && page <= 1) return undefined;
  const at = (p: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(p));
    return `<${base}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(Math.min(page - 1, Math.max(pages, 1)))}; rel="prev"`);
  if (page < pages) parts.push(`${at(page + 1)}; rel="next"`, `${at(pages)}; rel="last"`);
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(", ");
}

// The responses GitHub sends for server errors and rate limits, as the retry and throttling plugins see them.
export function faultReply(fault: Exclude<Fault, { drop: unknown } | { hang: true }>): Reply {
  const reset = String(Math.floor(Date.now() / 1000));
  if ("secondaryRateLimit" in fault) {
    const message =
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
      "If you reach out to GitHub Support for help, please include the request ID 0000:FAKE.";
    const documentation_url = `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`;
    return {
      status: 403,
      headers: { "retry-after": String(fault.secondaryRateLimit) },
      body: { message, documentation_url },
    };
  }
  if (fault.status === 429) {
    // Primary rate limit: plugin-throttling keys on x-ratelimit-remaining "0" and waits until x-ratelimit-reset.
    const headers = {
      "retry-after": String(fault.retryAfter),
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Number(reset) + fault.retryAfter),
    };
    const message =
      "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0000:FAKE.";
    return { status: 429, headers, body: { message, documentation_url: DOCS, status: "429" } };
  }
  return { status: fault.status, body: { message: fault.status === 500 ? "Server Error" : "Bad Gateway" } };
}
