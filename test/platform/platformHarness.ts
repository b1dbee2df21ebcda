// A CommandIO around a real platform adapter, collecting what a step prints, for the comment tests.
import type { CommandIO } from "../../src/commands/io.js";
import type { GithubTuning } from "../../src/platform/github/githubClient.js";
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
