// The octokit the GitHub adapter uses: @actions/github's client with the throttling plugin (it spaces writes as
// GitHub asks: one at a time, comment creations 3 s apart) and modelgate's own retry around every request
// (src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry). plugin-retry is not loaded: it ignored Retry-After (a 429 asking for 10 s came back after 1 s) and
// spent up to 14 s per call in silence.
import { getOctokit } from "@actions/github";
import { throttling } from "@octokit/plugin-throttling";

import { errorMessage } from "../../core/errors.js";
import { ATTEMPT_TIMEOUT_SECONDS, networkVerdict, retryAfterSeconds, type Verdict, withRetries } from "../retry.js";

export type Octokit = ReturnType<typeof getOctokit>;
type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>;

export interface GithubTuning {
  /** Merged into octokit's options (tests replace the throttling plugin's write spacing). */
  octokit?: Partial<OctokitOptions>;
  /** How long one second of the retry policy's waits lasts, in ms (tests shorten it). */
  secondMs?: number;
  /** An attempt's deadline in ms (default ATTEMPT_TIMEOUT_SECONDS; tests shorten it). */
  attemptTimeoutMs?: number;
}

export interface GithubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  /** Progress lines (a retry, a wait) go here. */
  say: (message: string) => void;
  tuning?: GithubTuning;
}

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** What a failed GitHub request allows: rate limits wait as told, 5xx and lost connections back off. */
export function githubVerdict(e: unknown, now = Date.now()): Verdict | null {
  const err = e as HttpFailure;
  if (typeof err.status !== "number") return null;
  // octokit turns a fetch that got no answer into a status 500 without a response.
  if (!err.response) return networkVerdict(e);
  const headers = err.response.headers ?? {};
  const header = (name: string) => (headers[name] === undefined ? undefined : String(headers[name]));
  const secondary = /secondary rate limit/i.test(err.message ?? "");
  const primary = header("x-ratelimit-remaining") === "0" && (err.status === 403 || err.status === 429);
  if (err.status === 429 || secondary || primary) {
    const after = retryAfterSeconds(header("retry-after"), now);
    const reset = Number(header("x-ratelimit-reset"));
    // GitHub: retry after the reset time (plus a second); a secondary limit without Retry-After waits a minute.
    const untilReset = primary && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000)) + 1 : null;
    const kind = secondary ? "secondary rate limit" : primary ? "rate limit" : "too many requests";
    const told = after !== null ? `, Retry-After: ${after}` : "";
    return {
      kind: "wait",
      seconds: after ?? untilReset ?? (secondary ? 60 : null),
      why: `HTTP ${err.status} (${kind}${told})`,
    };
  }
  if (err.status >= 500) return { kind: "failed", why: `HTTP ${err.status} (${errorMessage(e).slice(0, 120)})` };
  return null;
}

/**
 * The GitHub adapter's API access, built outside it (detect.ts from the environment, tests at the fake GitHub): the
 * token, which the adapter masks in the log at once, and the octokit for it, given where its progress lines go
 * (the adapter's own log).
 */
export interface GithubApi {
  readonly token: string;
  octokit(say: (line: string) => void): Octokit;
}

/** The access with one token at one API URL. */
export function githubApi(o: Omit<GithubClientOptions, "say">): GithubApi {
  return { token: o.token, octokit: (say) => githubClient({ ...o, say }) };
}

/** An octokit whose every request goes through modelgate's retry policy. */
export function githubClient(o: GithubClientOptions): Octokit {
  const { throttle, ...rest } = o.tuning?.octokit ?? {};
  const options: OctokitOptions = {
    ...rest,
    baseUrl: o.baseUrl,
    // The plugin only spaces requests here: its own retries would stack on ours (with their own waits).
    throttle: { ...throttle, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  };
  const octokit = getOctokit(o.token, options, throttling);
  const base = o.baseUrl.replace(/\/+$/, "");
  const deadline = o.tuning?.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_SECONDS * 1000;
  // Registered after the plugins, so it wraps them: a retry is spaced by the throttling plugin too.
  octokit.hook.wrap("request", (request, endpoint) => {
    const { method, url } = octokit.request.endpoint.parse(endpoint);
    const call = `${method} ${url.startsWith(base) ? url.slice(base.length) : url}`;
    return withRetries(
      { platform: "GitHub", call, repeatable: method !== "POST", say: o.say, secondMs: o.tuning?.secondMs },
      // Each attempt gets its own deadline: octokit has none, and a hung connection would hold the step. Set on
      // the options object itself: the hooks inside were bound to it, a new object would not reach them.
      async () => {
        // A release asset's transfer may ask for longer (`request.deadlineMs`, from its size): it streams a file.
        const asked = Number(endpoint.request?.deadlineMs);
        const ms = Number.isFinite(asked) ? Math.max(deadline, asked) : deadline;
        endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(ms) };
        return request(endpoint);
      },
      (e) => githubVerdict(e),
    );
  });
  return octokit;
}
