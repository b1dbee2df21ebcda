// An attempt's deadline (githubClient.ts) and a transfer's longer one: a request may ask for more time with
// `request.deadlineMs` (a release asset streamed up or down), never for less.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, beforeEach, expect, it } from "vitest";

import { githubClient } from "../../../src/platform/github/githubClient.js";
import { fastGithubTuning } from "../platformHarness.js";

let server: Server;
let url: string;
let answered: number;

beforeEach(async () => {
  answered = 0;
  // Answers every request after 400 ms.
  server = createServer((_req, res) => {
    setTimeout(() => {
      answered += 1;
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }, 400);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(lines: string[]) {
  return githubClient({
    token: "t",
    baseUrl: url,
    say: (line) => lines.push(line),
    tuning: { ...fastGithubTuning(url), attemptTimeoutMs: 100, secondMs: 1 },
  });
}

it("a request slower than the attempt's deadline times out; one that asks for a longer deadline gets it", async () => {
  const lines: string[] = [];
  const octokit = client(lines);
  await expect(octokit.request("GET /slow")).rejects.toThrow(/no answer in 30 s/);
  expect(lines[0]).toMatch(/^GitHub GET \/slow: no answer in 30 s; retry 1 of 3/);

  lines.length = 0;
  const { status } = await octokit.request("GET /transfer", { request: { deadlineMs: 5000 } });
  expect(status).toBe(200);
  expect(lines).toEqual([]);
});

it("a shorter deadline asked for does not shorten the attempt's own", async () => {
  const lines: string[] = [];
  const octokit = githubClient({
    token: "t",
    baseUrl: url,
    say: (l) => lines.push(l),
    tuning: { ...fastGithubTuning(url), attemptTimeoutMs: 2000 },
  });
  expect((await octokit.request("GET /x", { request: { deadlineMs: 10 } })).status).toBe(200);
  expect(answered).toBe(1);
});
