// One retry policy for every API call of both platform adapters, so that a failing server costs seconds and says
// so, instead of each client library's own loop (octokit's plugin-retry waited 1, 4 and 9 s around every call
// without a word and ignored Retry-After; gitbeaker retries a 429 ten times within a quarter of a second).
import { CommentCallError } from "../core/comment/applyComment.js";

/** Retries of one call after its first attempt. */
export const RETRIES = 3;
/** Waits before retries 1, 2 and 3 on a 5xx or a lost connection: 7 s in all, per call. */
export const BACKOFF_SECONDS = [1, 2, 4] as const;
/** The longest Retry-After (or rate-limit reset) waited out; a longer one ends the call at once. */
export const MAX_WAIT_SECONDS = 60;
/**
 * An attempt with no answer after this long counts as lost (and is retried like one). The APIs answer in well under
 * a second; gitbeaker's own limit was 300 s for a whole call, octokit has none.
 */
export const ATTEMPT_TIMEOUT_SECONDS = 30;

/** What a failed attempt allows. */
export type Verdict =
  /** The server refused it and said when to come back (429, a rate limit): nothing was done, any call may repeat. */
  | { kind: "wait"; seconds: number | null; why: string }
  /** No connection was made: nothing was sent, any call may repeat. */
  | { kind: "unreached"; why: string }
  /** A 5xx or an answer lost on the way: the call may have been carried out, so only a repeatable one is repeated. */
  | { kind: "failed"; why: string };

export interface RetryOptions {
  /** "GitHub" or "GitLab", as the messages name it. */
  platform: string;
  /** The call as the messages name it, e.g. `GET /repos/o/r/issues/7/comments`. */
  call: string;
  /** GET, PUT, PATCH and DELETE may be repeated; a POST could create twice. */
  repeatable: boolean;
  /** One progress line per retry. */
  say: (line: string) => void;
  /** How long one second of waiting lasts, in ms (tests shorten it). */
  secondMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The error's system code (ECONNREFUSED, …), looked for along its `cause` chain. */
export function systemCode(e: unknown): string | undefined {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/** A request that got no answer: unreached when the connection was never made, else failed (maybe carried out). */
export function networkVerdict(e: unknown): Verdict {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++)
    if ((c as { name?: unknown }).name === "TimeoutError")
      return { kind: "failed", why: `no answer in ${ATTEMPT_TIMEOUT_SECONDS} s` };
  const code = systemCode(e);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH")
    return { kind: "unreached", why: `no connection (${code})` };
  const message = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
  return { kind: "failed", why: `the connection was lost (${code ?? message})` };
}

/** Retry-After as seconds (a number, or an HTTP date), when the header is there and readable. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Run `attempt`, retrying what `verdictOf` calls transient: at most RETRIES times, waiting what the server asks
 * (up to MAX_WAIT_SECONDS) or 1, 2, 4 s. What cannot be retried (a refused token, a 404) is thrown as it is; a
 * transient failure that outlasts the budget ends as a CommentCallError naming the call.
 */
export async function withRetries<T>(
  o: RetryOptions,
  attempt: () => Promise<T>,
  verdictOf: (e: unknown) => Verdict | null,
): Promise<T> {
  const secondMs = o.secondMs ?? 1000;
  let waited = 0;
  for (let retry = 1; ; retry++) {
    try {
      return await attempt();
    } catch (e) {
      const v = verdictOf(e);
      if (!v || (v.kind === "failed" && !o.repeatable)) throw e;
      const asked = v.kind === "wait" ? v.seconds : null;
      if (asked !== null && asked > MAX_WAIT_SECONDS)
        throw new CommentCallError(
          `${o.platform} ${o.call}: ${v.why}, and asks to wait ${asked} s, more than the ${MAX_WAIT_SECONDS} s modelgate waits: gave up`,
          { cause: e },
        );
      if (retry > RETRIES)
        throw new CommentCallError(
          `${o.platform} ${o.call}: ${v.why}, ${retry} times in a row (${waited} s of waiting between them): gave up`,
          { cause: e },
        );
      const seconds = asked ?? BACKOFF_SECONDS[retry - 1]!;
      o.say(`${o.platform} ${o.call}: ${v.why}; retry ${retry} of ${RETRIES} in ${seconds} s`);
      await sleep(seconds * secondMs);
      waited += seconds;
    }
  }
}
