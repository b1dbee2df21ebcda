// The octokit the GitHub adapter uses: @actions/github's client with the retry and throttling plugins loaded for
// real (a plugin's options do nothing unless the plugin is passed to getOctokit).
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof getOctokit>;
type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>;

/** How often a rate-limited request is tried again before the step gives up. */
const RATE_LIMIT_RETRIES = 3;

export interface GithubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  /** Warnings (rate limits hit) go here. */
  warn: (message: string) => void;
  /** Tests shorten the waits; production keeps the plugins' defaults. */
  tuning?: Partial<OctokitOptions>;
}

/** An octokit that waits out primary and secondary rate limits (Retry-After) and retries 5xx answers. */
export function githubClient(o: GithubClientOptions): Octokit {
  const limited =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      o.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
      return retryCount < RATE_LIMIT_RETRIES;
    };
  const { throttle, retry: retryTuning, ...rest } = o.tuning ?? {};
  const options: OctokitOptions = {
    ...rest,
    baseUrl: o.baseUrl,
    throttle: { ...throttle, onRateLimit: limited("primary"), onSecondaryRateLimit: limited("secondary") },
    retry: { retries: 3, ...retryTuning },
  };
  return getOctokit(o.token, options, retry, throttling);
}
