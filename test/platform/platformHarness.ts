// For the adapters' tests: the real API clients pointed at the fake servers (their waits shortened), and a
// CommandIO around an adapter collecting what a step prints.
import type { CommandIO } from "../../src/commands/io.js";
import { type GithubApi, githubApi, type GithubTuning } from "../../src/platform/github/githubClient.js";
import { gitlabApi, type GitlabClients } from "../../src/platform/gitlab/gitlabClient.js";
import type { Platform } from "../../src/platform/port.js";
import { fastOctokitOptions } from "../fakes/githubServer.js";

/** One second of the adapters' retry waits lasts this long in tests (Retry-After: 30 becomes 300 ms). */
export const TEST_SECOND_MS = 10;

/**
 * The GitHub adapter's client for tests: the throttling plugin's write spacing (1 s between writes, 3 s between
 * comment creations) replaced by a pass-through, and the retry policy's waits shortened; the policy itself and the
 * adapter's own rate-limit handlers are the real ones.
 */
export function fastGithubTuning(url: string): GithubTuning {
  const fast = fastOctokitOptions(url) as unknown as { throttle: Record<string, unknown> };
  const { onRateLimit: _a, onSecondaryRateLimit: _b, ...throttle } = fast.throttle;
  return { octokit: { throttle } as GithubTuning["octokit"], secondMs: TEST_SECOND_MS };
}

/** The GitHub adapter's API access: the real client with `token` at `url` (the fake GitHub's), tuned as above. */
export function githubApiAt(url: string, token: string, tuning: Omit<GithubTuning, "octokit"> = {}): GithubApi {
  return githubApi({ token, baseUrl: url, tuning: { ...fastGithubTuning(url), ...tuning } });
}

type GitlabAuth = { token: string } | { jobToken: string };

/**
 * The GitLab adapter's clients: the real client at `host` (the fake GitLab's), `notes` with that token and
 * `artifacts` with that auth (absent: none), the retry policy's waits shortened.
 */
export function gitlabClientsAt(
  host: string,
  o: { notes?: string; artifacts?: GitlabAuth; secondMs?: number; attemptTimeoutMs?: number },
): GitlabClients {
  const tuning = {
    secondMs: o.secondMs ?? TEST_SECOND_MS,
    ...(o.attemptTimeoutMs ? { attemptTimeoutMs: o.attemptTimeoutMs } : {}),
  };
  const client = (auth: GitlabAuth) => async (say: (line: string) => void) => gitlabApi({ host, auth, say, ...tuning });
  return {
    notes: o.notes ? client({ token: o.notes }) : null,
    artifacts: o.artifacts ? client(o.artifacts) : null,
  };
}

export interface Harness {
  io: CommandIO;
  out: () => string;
}

export function harness(platform: Platform, cwd: string): Harness {
  let text = "";
  return {
    io: {
      cwd,
      json: false,
      stdout: (t) => (text += t),
      stderr: (t) => (text += t),
      platform,
    },
    out: () => text,
  };
}

/** A body with `n` sections of about `size` characters each. */
export function longBody(n: number, size: number): string {
  const parts = ["## ✅ modelgate: all checks pass", ""];
  for (let i = 0; i < n; i++) parts.push(`### Section ${i}`, "", `${"x".repeat(size)}`, "");
  return parts.join("\n");
}
