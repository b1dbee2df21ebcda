// A fetch that sends a file as it reads it. Node's fetch (undici, also the one @actions/github gives octokit) keeps
// every byte of a streamed request body in memory, to be able to send it again (nodejs/undici#4058): uploading a
// 1 GB model would cost 1 GB. node:http sends the body as it is read; it goes through octokit's agent (the proxy
// @actions/github set up from HTTPS_PROXY, when there is one).
import { type Agent, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** A fetch for one kind of request: a body that is an async iterable of bytes (a file), streamed. */
export function streamingFetch(agent?: Agent): FetchLike {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input));
      const send = url.protocol === "https:" ? httpsRequest : httpRequest;
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const options = { method: init.method ?? "GET", headers, ...(init.signal ? { signal: init.signal } : {}) };
      const req = send(url, agent ? { ...options, agent } : options, (res) => {
        const got = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          for (const v of [value ?? []].flat()) got.append(name, v);
        const status = res.statusCode ?? 500;
        const empty = status === 204 || status === 205 || status === 304 || init.method === "HEAD";
        if (empty) res.resume();
        const body = empty ? null : (Readable.toWeb(res) as unknown as globalThis.ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, statusText: res.statusMessage ?? "", headers: got }));
      });
      req.on("error", reject);
      const body = init.body as unknown;
      if (body === undefined || body === null) req.end();
      else if (typeof body === "string" || body instanceof Uint8Array) req.end(body);
      else pipeline(Readable.from(body as AsyncIterable<Uint8Array>), req).catch(reject);
    });
}
