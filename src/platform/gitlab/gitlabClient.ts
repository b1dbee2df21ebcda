// The gitbeaker client the GitLab adapter uses, with modelgate's own request handler in place of gitbeaker's:
// gitbeaker retries a 429 or a 502 ten times within a quarter of a second (its waits are 0.25 ms, 0.5 ms, …)
// whatever Retry-After says, and a 500 or a refused connection not at once. Here every request goes through
// src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry. The request itself is built as gitbeaker builds it (its options handler and rate limiters).
import { createRequesterFn, getMatchingRateLimiter, type RateLimiters } from "@gitbeaker/requester-utils";
import { GitbeakerRequestError, GitbeakerTimeoutError, Gitlab } from "@gitbeaker/rest";

import { ATTEMPT_TIMEOUT_SECONDS, networkVerdict, retryAfterSeconds, type Verdict, withRetries } from "../retry.js";

export type GitlabApi = InstanceType<typeof Gitlab<false>>;

/** A client at the server, given where its progress lines go (the adapter's log); async, so gitbeaker loads only when a call is made. */
export type GitlabClientFactory = (say: (line: string) => void) => Promise<GitlabApi>;

/** The GitLab adapter's clients, built outside it (detect.ts from the environment, tests at the fake GitLab). */
export interface GitlabClients {
  /** With a token that may write merge request notes; null when there is none (CI_JOB_TOKEN may not). */
  notes: GitlabClientFactory | null;
  /** With a token that may read the project's job artifacts (that token, else CI_JOB_TOKEN); null without either. */
  artifacts: GitlabClientFactory | null;
}

export interface GitlabClientOptions {
  host: string;
  auth: { token: string } | { jobToken: string };
  /** Progress lines (a retry, a wait) go here. */
  say: (message: string) => void;
  /** How long one second of the retry policy's waits lasts, in ms (tests shorten it). */
  secondMs?: number;
  /** An attempt's deadline in ms (default ATTEMPT_TIMEOUT_SECONDS; tests shorten it). */
  attemptTimeoutMs?: number;
}

interface Failure {
  cause?: { response?: Response };
}

/** What a failed GitLab request allows: a 429 waits as told, 5xx and lost connections back off. */
export function gitlabVerdict(e: unknown): Verdict | null {
  if (e instanceof GitbeakerTimeoutError) return { kind: "failed", why: `no answer in ${ATTEMPT_TIMEOUT_SECONDS} s` };
  const response = (e as Failure).cause?.response;
  if (!(e instanceof GitbeakerRequestError) || !response) return e instanceof TypeError ? networkVerdict(e) : null;
  if (response.status === 429) {
    const after = retryAfterSeconds(response.headers.get("retry-after"));
    const told = after !== null ? `, Retry-After: ${after}` : "";
    return { kind: "wait", seconds: after, why: `HTTP 429 (too many requests${told})` };
  }
  if (response.status >= 500) return { kind: "failed", why: `HTTP ${response.status} (${e.message.slice(0, 120)})` };
  return null;
}

async function bodyOf(response: Response, asStream: boolean): Promise<unknown> {
  if (asStream) return response.body;
  if (response.status === 204) return null;
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (type === "application/json") return (await response.json()) ?? {};
  if (type.startsWith("text/")) return response.text();
  return response.blob();
}

/** An error as gitbeaker throws it (the response in `cause`), so callers read the status the same way. */
async function failed(request: Request, response: Response): Promise<never> {
  const content = await response.text();
  let description = content;
  if (response.headers.get("content-type")?.includes("application/json")) {
    try {
      const json = JSON.parse(content) as { error?: unknown; message?: unknown };
      const said = json?.error ?? json?.message ?? "";
      description = typeof said === "string" ? said : JSON.stringify(said);
    } catch {
      // not JSON after all: the text is the description
    }
  }
  throw new GitbeakerRequestError(description, { cause: { description, request, response } });
}

function requester(o: GitlabClientOptions) {
  return createRequesterFn(
    async (_service, options) => options,
    async (endpoint, options = {}) => {
      // An `agent` (gitbeaker's proxy option) is never configured by modelgate: left out of the request.
      const {
        rateLimiters,
        agent: _agent,
        asStream,
        prefixUrl,
        searchParams,
        method,
        ...init
      } = options as {
        rateLimiters?: RateLimiters;
        agent?: unknown;
        asStream?: boolean;
        prefixUrl?: string;
        searchParams?: string;
        method?: string;
      } & RequestInit;
      const url = new URL(endpoint, prefixUrl?.endsWith("/") ? prefixUrl : `${prefixUrl ?? ""}/`);
      url.search = searchParams ?? "";
      const verb = (method ?? "GET").toUpperCase();
      const limit = getMatchingRateLimiter(endpoint, rateLimiters, verb);
      const call = `${verb} ${url.pathname.replace(/^.*?\/api\/v4/, "")}`;
      return withRetries(
        { platform: "GitLab", call, repeatable: verb !== "POST", say: o.say, secondMs: o.secondMs },
        async () => {
          await limit();
          // Each attempt gets its own deadline (gitbeaker's queryTimeout, off below, would span every retry).
          const deadline = AbortSignal.timeout(o.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_SECONDS * 1000);
          const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
          const request = new Request(url, { ...init, method: verb, signal });
          const response = await fetch(request).catch((e: unknown) => {
            const name = (e as Error).name;
            if (name === "TimeoutError" || name === "AbortError")
              throw new GitbeakerTimeoutError("Query timeout was reached");
            throw e;
          });
          if (!response.ok) return failed(request, response);
          const headers = Object.fromEntries(response.headers.entries());
          return { body: (await bodyOf(response, asStream ?? false)) as never, headers, status: response.status };
        },
        gitlabVerdict,
      );
    },
  );
}

/** A gitbeaker client whose every request goes through modelgate's retry policy. */
export function gitlabApi(o: GitlabClientOptions): GitlabApi {
  return new Gitlab({ host: o.host, ...o.auth, queryTimeout: null, requesterFn: requester(o) }) as GitlabApi;
}
