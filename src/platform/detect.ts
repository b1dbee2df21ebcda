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

/** The platform adapter for this run; CI adapters load only when used (the local CLI starts faster). */
export async function createPlatform(
  env: NodeJS.ProcessEnv,
  io: { cwd: string; err: (t: string) => void; out: (t: string) => void },
): Promise<Platform> {
  switch (detectPlatformName(env)) {
    case "github":
      return new (await import("./github/githubPlatform.js")).GithubPlatform(env, undefined, {
        out: io.out,
        err: io.err,
      });
    case "gitlab":
      return new (await import("./gitlab/gitlabPlatform.js")).GitlabPlatform(env, io.out);
    default:
      return new LocalPlatform(io.cwd, io.err);
  }
}
