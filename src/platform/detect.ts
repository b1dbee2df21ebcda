import { GithubPlatform } from "./github/githubPlatform.js";
import { GitlabPlatform } from "./gitlab/gitlabPlatform.js";
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

export function createPlatform(
  env: NodeJS.ProcessEnv,
  io: { cwd: string; err: (t: string) => void; out: (t: string) => void },
): Platform {
  switch (detectPlatformName(env)) {
    case "github":
      return new GithubPlatform(env);
    case "gitlab":
      return new GitlabPlatform(env, io.out);
    default:
      return new LocalPlatform(io.cwd, io.err);
  }
}
