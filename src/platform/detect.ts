// Which platform a run is on, and its adapter with the API clients the environment's tokens and URLs give: the
// adapters take their clients ready-made, so that the environment is read here and tests point real clients at
// the fake servers.
import type { GithubApi } from "./github/githubClient.js";
import type { GitlabClientFactory, GitlabClients } from "./gitlab/gitlabClient.js";
import { LocalPlatform } from "./local/localPlatform.js";
import type { Platform } from "./port.js";

export type PlatformName = "github" | "gitlab" | "local";

/** The platform named by MODELGATE_PLATFORM, else the CI detected from the environment, else local. */
export function detectPlatformName(env: NodeJS.ProcessEnv): PlatformName {
  const forced = env.MODELGATE_PLATFORM;
  if (forced === "github" || forced === "gitlab" || forced === "local") return forced;
  if (env.GITHUB_ACTIONS === "true") return "github";
  if (env.GITLAB_CI === "true") return "gitlab";
  return "local";
}

/** The token for API calls: the action's `github-token` input, else MODELGATE_GITHUB_TOKEN or GITHUB_TOKEN. */
export function githubToken(env: NodeJS.ProcessEnv): string | undefined {
  return env["INPUT_GITHUB-TOKEN"] || env.MODELGATE_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
}

/** The token that may write merge request notes: a project (or personal) access token in a masked CI/CD variable. */
export function gitlabToken(env: NodeJS.ProcessEnv): string | undefined {
  return env.MODELGATE_GITLAB_TOKEN || env.GITLAB_TOKEN || undefined;
}

/** The GitHub API the environment gives: its token at GITHUB_API_URL (GitHub Enterprise Server: HOST/api/v3). */
export async function githubApiOf(env: NodeJS.ProcessEnv): Promise<GithubApi | null> {
  const token = githubToken(env);
  if (!token) return null;
  const { githubApi } = await import("./github/githubClient.js");
  return githubApi({ token, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com" });
}

/** The GitLab clients the environment gives, at CI_SERVER_URL; gitbeaker loads when one is first used. */
export function gitlabClientsOf(env: NodeJS.ProcessEnv): GitlabClients {
  const host = env.CI_SERVER_URL ?? "https://gitlab.com";
  const client =
    (auth: { token: string } | { jobToken: string }): GitlabClientFactory =>
    async (say) =>
      (await import("./gitlab/gitlabClient.js")).gitlabApi({ host, auth, say });
  const token = gitlabToken(env);
  const jobToken = env.CI_JOB_TOKEN;
  return {
    notes: token ? client({ token }) : null,
    // Reading the project's own job artifacts is something CI_JOB_TOKEN may do.
    artifacts: token ? client({ token }) : jobToken ? client({ jobToken }) : null,
  };
}

/** The platform adapter for this run; CI adapters load only when used (the local CLI starts faster). */
export async function createPlatform(
  env: NodeJS.ProcessEnv,
  io: { cwd: string; err: (t: string) => void; out: (t: string) => void },
): Promise<Platform> {
  switch (detectPlatformName(env)) {
    case "github":
      return new (await import("./github/githubPlatform.js")).GithubPlatform(env, await githubApiOf(env), {
        out: io.out,
        err: io.err,
      });
    case "gitlab":
      return new (await import("./gitlab/gitlabPlatform.js")).GitlabPlatform(env, gitlabClientsOf(env), io.out);
    default:
      return new LocalPlatform(io.cwd, io.err);
  }
}
