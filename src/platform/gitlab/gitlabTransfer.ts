// Files to and from GitLab's generic package registry, streamed from and to disk. gitbeaker cannot send them: its
// PackageRegistry.publish wraps the file in a multipart form, which GitLab's generic upload route (Workhorse's
// request-body uploader) would store as the file itself, and its requester serialises any other body as JSON. So
// these two requests are made here with the client's own address and token, under the same retry policy
// (src/platform/retry.ts) and failing the same way (a GitbeakerRequestError with the response in `cause`).
import { createWriteStream, openAsBlob } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebStream } from "node:stream/web";

import { GitbeakerRequestError, GitbeakerTimeoutError } from "@gitbeaker/rest";

import { InputError } from "../../core/errors.js";
import { ATTEMPT_TIMEOUT_SECONDS, withRetries } from "../retry.js";
import { type GitlabApi, gitlabVerdict } from "./gitlabClient.js";

/** The client and the retry policy's settings (tests shorten the waits). */
export interface TransferOptions {
  api: GitlabApi;
  say: (line: string) => void;
  secondMs?: number;
  /** An attempt's deadline before any byte moves, in ms (default ATTEMPT_TIMEOUT_SECONDS). */
  attemptTimeoutMs?: number;
}

/** The slowest transfer an upload's deadline allows for (bytes per second): 1 GiB gets 68 minutes. */
const SLOWEST_BYTES_PER_SECOND = 256 * 1024;

/** The HTTP status of a failed request (as gitbeaker throws it, or as putFile and getFile do). */
export const httpStatus = (e: unknown): number | undefined =>
  (e as { cause?: { response?: { status?: number } } }).cause?.response?.status;

async function headersOf(api: GitlabApi): Promise<Record<string, string>> {
  const headers: Record<string, string> = { ...api.headers };
  for (const [name, value] of Object.entries(api.authHeaders)) headers[name] = await value();
  return headers;
}

/** An error as gitbeaker throws it, so gitlabVerdict and the callers read the status the same way. */
async function failed(request: Request, response: Response): Promise<never> {
  const content = await response.text();
  let description = content;
  try {
    const json = JSON.parse(content) as { error?: unknown; message?: unknown };
    const said = json?.message ?? json?.error ?? content;
    description = typeof said === "string" ? said : JSON.stringify(said);
  } catch {
    // not JSON: the text is the description
  }
  throw new GitbeakerRequestError(description, { cause: { description, request, response } });
}

async function send(request: Request, signal: AbortSignal): Promise<Response> {
  return fetch(request, { signal }).catch((e: unknown) => {
    const name = (e as Error).name;
    if (signal.aborted && (name === "TimeoutError" || name === "AbortError"))
      throw new GitbeakerTimeoutError("Query timeout was reached");
    throw e;
  });
}

/** A file-backed Blob refuses to be read once its file changed on disk (size or modification time). */
function fileChanged(e: unknown): boolean {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++)
    if ((c as { name?: unknown }).name === "NotReadableError") return true;
  return false;
}

/**
 * PUT one file as the raw request body, read from disk as it is sent (a file-backed Blob: never whole in memory,
 * and read again on a retry); the parsed JSON answer. The deadline grows with the file's size.
 */
export async function putFile(o: TransferOptions, endpoint: string, file: string, call: string): Promise<unknown> {
  const blob = await openAsBlob(file);
  const url = new URL(endpoint, o.api.url);
  const deadlineMs = Math.ceil(
    (o.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_SECONDS * 1000) + (blob.size / SLOWEST_BYTES_PER_SECOND) * 1000,
  );
  // A PUT that failed after GitLab stored the file leaves a second copy on retry: the store tidies those away.
  const put = withRetries(
    { platform: "GitLab", call, repeatable: true, say: o.say, secondMs: o.secondMs },
    async () => {
      const headers = { ...(await headersOf(o.api)), "content-type": "application/octet-stream" };
      const signal = AbortSignal.timeout(deadlineMs);
      const request = new Request(url, { method: "PUT", headers, body: blob });
      const response = await send(request, signal);
      if (!response.ok) return failed(request, response);
      return response.status === 204 ? null : ((await response.json()) as unknown);
    },
    // A file that changed under the upload is not a network failure: sending it again sends other bytes.
    (e) => (fileChanged(e) ? null : gitlabVerdict(e)),
  );
  return put.catch((e: unknown) => {
    if (!fileChanged(e)) throw e;
    throw new InputError(
      file,
      undefined,
      "changed on disk while it was being uploaded: nothing was stored; run again",
      {
        cause: e,
      },
    );
  });
}

/**
 * GET a file into `to`, streamed to disk. The deadline covers the wait for the answer and each pause between two
 * pieces of it, not the whole download (a large model takes longer than any fixed limit). A failed download leaves
 * no file behind.
 */
export async function getFile(o: TransferOptions, endpoint: string, to: string, call: string): Promise<void> {
  const url = new URL(endpoint, o.api.url);
  const idleMs = o.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_SECONDS * 1000;
  try {
    await withRetries(
      { platform: "GitLab", call, repeatable: true, say: o.say, secondMs: o.secondMs },
      async () => {
        const abort = new AbortController();
        let timer = setTimeout(() => abort.abort(), idleMs);
        const awake = () => {
          clearTimeout(timer);
          timer = setTimeout(() => abort.abort(), idleMs);
        };
        try {
          const request = new Request(url, { headers: await headersOf(o.api) });
          const response = await send(request, abort.signal);
          if (!response.ok) return await failed(request, response);
          const body = Readable.fromWeb(response.body! as WebStream);
          body.on("data", awake);
          await pipeline(body, createWriteStream(to)).catch((e: unknown) => {
            if (abort.signal.aborted) throw new GitbeakerTimeoutError("Query timeout was reached");
            throw e;
          });
        } finally {
          clearTimeout(timer);
        }
      },
      gitlabVerdict,
    );
  } catch (e) {
    await rm(to, { force: true });
    throw e;
  }
}
