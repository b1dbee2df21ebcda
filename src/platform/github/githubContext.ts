// Which pull request a GitHub run belongs to: from the event payload, else (push runs) the open pull requests
// whose head is this commit.
import { readFileSync } from "node:fs";

import type { Octokit } from "./githubClient.js";

interface EventPayload {
  pull_request?: { number?: number };
  issue?: { number?: number; pull_request?: unknown };
  workflow_run?: { pull_requests?: Array<{ number?: number }> };
  number?: number;
}

/** The pull request number the triggering event names, if any (pull_request, pull_request_target, issue_comment on a PR, workflow_run). */
export function pullRequestOfEvent(env: NodeJS.ProcessEnv): number | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  let payload: EventPayload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as EventPayload;
  } catch {
    return null;
  }
  const n =
    payload.pull_request?.number ??
    (payload.issue?.pull_request ? payload.issue.number : undefined) ??
    payload.workflow_run?.pull_requests?.[0]?.number;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}

/** The pull request's head commit the triggering event names (pull_request, pull_request_target), if any. */
export function headShaOfEvent(env: NodeJS.ProcessEnv): string | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as {
      pull_request?: { head?: { sha?: unknown } };
    };
    const sha = payload.pull_request?.head?.sha;
    return typeof sha === "string" && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

/** The open pull request whose head is this commit (a push run on a branch with a PR), the lowest number first. */
export async function pullRequestOfCommit(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  sha: string,
): Promise<number | null> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
  const open = data.filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
  return open.length > 0 ? Math.min(...open) : null;
}
