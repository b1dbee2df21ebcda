// A stateful fake of the GitHub REST API on a real local HTTP server, for tests that drive the real
// octokit client (retry + throttling plugins included). Every request is checked against GitHub's
// OpenAPI description: a request the real API would reject is answered 400 and recorded in `violations`.
import { randomBytes } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { AttestationSpec } from "./githubAttestations.js";
import type { FakeReaction, FakeRole } from "./githubCommentCommand.js";
import { permissionKey } from "./githubCommentCommand.js";
import type { FakeApproval, FakeDeployment } from "./githubDeployments.js";
import type { FakeAsset, FakeRelease, UploadFault } from "./githubReleases.js";
import { createRoutes, faultReply, type Reply } from "./githubRoutes.js";
import { loadGithubOpenApi } from "./openapiValidator.js";

export type UserType = "User" | "Bot";
export interface FakeUser {
  login: string;
  id: number;
  type: UserType;
}
export interface FakeToken {
  user: FakeUser;
  canWrite: boolean;
  kind: "user" | "installation";
}
export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  author_association: string;
  performed_via_github_app: null;
  reactions: Record<string, unknown>;
}
export interface FakeState {
  users: Map<string, FakeUser>;
  tokens: Map<string, FakeToken>;
  /** Comments per "owner/repo#number", oldest first (GitHub's listing order). */
  comments: Map<string, FakeComment[]>;
  /** Commit sha → numbers of the open pull requests containing it. */
  pullsBySha: Map<string, number[]>;
  /** "owner/repo#number" → the pull request's head commit (GET /repos/{owner}/{repo}/pulls/{pull_number}). */
  pullHeads: Map<string, string>;
  /** "owner/repo#number" → the repository the pull request's head is in, when not its own (a fork; null: deleted). */
  pullHeadRepos: Map<string, string | null>;
  /** "owner/repo:login" → the user's role on the repository (none set: "read", as on a public repository). */
  permissions: Map<string, FakeRole>;
  /** Reactions on issue comments, oldest first. */
  reactions: FakeReaction[];
  /** Workflow runs, newest last (listed newest first, as GitHub does). */
  runs: FakeRun[];
  /** Releases of every repository, oldest first (listed newest first). */
  releases: FakeRelease[];
  /** Repositories with immutable releases turned on: a release published there keeps its assets and tag. */
  immutableReleases: Set<string>;
  /** Deployments of every repository, oldest first, each with its statuses. */
  deployments: FakeDeployment[];
  /** Entries of runs' review histories. */
  approvals: FakeApproval[];
}
export interface FakeArtifact {
  id: number;
  name: string;
  expired: boolean;
  /** What the blob URL serves, and as which content type (application/zip for actions/upload-artifact's). */
  bytes: Uint8Array;
  contentType: string;
}
export interface FakeRun {
  id: number;
  repo: string;
  workflowId: number;
  branch: string;
  headSha: string;
  conclusion: "success" | "failure";
  artifacts: FakeArtifact[];
}
export interface RunSpec {
  id?: number;
  workflowId: number;
  branch: string;
  conclusion?: "success" | "failure";
  artifacts?: Array<{ name: string; bytes: Uint8Array; contentType?: string; expired?: boolean }>;
}
export interface TokenSpec {
  /** Required for kind "user"; installation tokens act as github-actions[bot]. */
  login?: string;
  id?: number;
  type?: UserType;
  kind?: "user" | "installation";
  canWrite?: boolean;
}
export interface RecordedRequest {
  method: string;
  /** Path without the enterprise prefix and without the query string. */
  path: string;
  /** OpenAPI template the path matched, if any. */
  operation: string | undefined;
  query: Record<string, string>;
  /** Header names lower-cased; the authorization value is replaced by its scheme + "[redacted]". */
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text if it is not JSON, undefined if empty (and for an upload). */
  body: unknown;
  /** An upload's body: how many bytes arrived (it is streamed to disk, not kept). */
  uploaded?: number;
  /** When it arrived (Date.now()). */
  at: number;
}
export type Fault =
  | { status: 500 }
  | { status: 502 }
  | { status: 429; retryAfter: number }
  | { secondaryRateLimit: number }
  | { drop: "before" | "after" }
  /** Never answered (the client's deadline must end it). */
  | { hang: true };
export interface FaultMatch {
  method?: string;
  /** A RegExp tested against the path, or a string equal to the path or to its OpenAPI template. */
  path?: RegExp | string;
}
export interface FakeGithubOptions {
  /** Serve under a prefix, as GitHub Enterprise Server does with "/api/v3". */
  prefix?: string;
  /** Base of html_url links; defaults to https://github.com. */
  webUrl?: string;
  tokens?: Record<string, TokenSpec>;
  /** Repositories with immutable releases turned on. */
  immutableReleases?: string[];
}
export interface FakeGithub {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  violations: string[];
  addToken(token: string, spec: TokenSpec): FakeToken;
  seedComments(repo: string, issue: number, comments: Array<{ body: string; login: string }>): FakeComment[];
  /** A workflow run with its artifacts; their blobs are served by a second server (as GitHub's blob store). */
  addRun(repo: string, spec: RunSpec): FakeRun;
  /** Requests the blob server answered, as "GET /path". */
  blobRequests: string[];
  /** The repository's releases, oldest first, as the fake holds them (drafts included). */
  releases(repo: string): FakeRelease[];
  /** What an asset holds. */
  assetBytes(asset: FakeAsset): Promise<Buffer>;
  /** Replace what the blob store serves for an asset, its digest and size unchanged (a corrupted download). */
  corruptAsset(asset: FakeAsset, bytes: Uint8Array): Promise<void>;
  /** The next `times` uploads fail this way, each leaving a `starter` asset behind. */
  failUpload(kind: UploadFault, times?: number): void;
  /** The repository's deployments, oldest first, with their statuses. */
  deployments(repo: string): FakeDeployment[];
  /** An entry in a run's review history (an environment's required reviewer approving or rejecting). */
  addApproval(repo: string, runId: number, a: Omit<FakeApproval, "repo" | "runId">): void;
  comments(repo: string, issue: number): FakeComment[];
  /** An open pull request whose head is `headSha`; `headRepo` names a fork it comes from (null: a deleted one). */
  addPull(repo: string, number: number, headSha: string, o?: { headRepo?: string | null }): void;
  /** The user's role on the repository (GET …/collaborators/{username}/permission). */
  setPermission(repo: string, login: string, role: FakeRole): void;
  /** An attestation of the repository (a Sigstore bundle around the spec's in-toto statement; see githubAttestations.ts). */
  addAttestation(repo: string, spec: AttestationSpec): void;
  /** The reactions on one issue comment, oldest first, as "content by login". */
  reactions(repo: string, commentId: number): string[];
  fault(match: FaultMatch, kind: Fault, times?: number): void;
  /**
   * The next `count` matching requests are answered only once all of them have arrived (then each as usual): two
   * clients are made to read the same state before either writes. Fewer arrivals leave them waiting.
   */
  hold(match: FaultMatch, count: number): void;
  close(): Promise<void>;
}

/**
 * Options for `getOctokit(token, options, retry, throttling)` that keep both plugins active but make
 * their waits short: each "wait N seconds" (Retry-After, x-ratelimit-reset, retry back-off) lasts N × 10 ms,
 * and rate-limit handlers retry up to 3 times. The throttling plugin's process-wide pacing of writes
 * (1 s between writes, 3 s between comment creations) is replaced by a pass-through, because it would
 * otherwise make a handful of upserts take many seconds; it is not what the tests exercise.
 */
export function fastOctokitOptions(baseUrl: string): Record<string, unknown> & { baseUrl: string } {
  const passThrough = {
    key: () => ({
      schedule: (_job: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
        Promise.resolve().then(() => fn(...args)),
    }),
  };
  const upTo3 = (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 3;
  return {
    baseUrl,
    retry: { retries: 3, retryAfterBaseValue: 10 },
    throttle: {
      onRateLimit: upTo3,
      onSecondaryRateLimit: upTo3,
      retryAfterBaseValue: 10,
      write: passThrough,
      notifications: passThrough,
    },
  };
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
const DOCS = "https://docs.github.com/rest";

export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const openapi = await loadGithubOpenApi();
  const prefix = (options.prefix ?? "").replace(/\/+$/, "");
  const state: FakeState = {
    users: new Map(),
    tokens: new Map(),
    comments: new Map(),
    pullsBySha: new Map(),
    pullHeads: new Map(),
    pullHeadRepos: new Map(),
    permissions: new Map(),
    reactions: [],
    runs: [],
    releases: [],
    immutableReleases: new Set(options.immutableReleases ?? []),
    deployments: [],
    approvals: [],
  };
  const assetDir = await mkdtemp(join(tmpdir(), "fake-github-assets-"));
  // The artifact blob store: no token, a signed URL (as GitHub redirects to).
  const blobRequests: string[] = [];
  const blobs = createServer((req, res) => {
    blobRequests.push(`${req.method} ${req.url}`);
    const assetId = Number(/^\/release-assets\/(\d+)\?sig=/.exec(req.url ?? "")?.[1]);
    if (assetId) {
      const asset = routes.releases.assetById(assetId);
      if (!asset || req.headers.authorization) return void res.writeHead(403).end("AuthenticationFailed");
      // The file's own length: a test may have corrupted it (corruptAsset) without the digest or size knowing.
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": statSync(asset.file).size });
      return void createReadStream(asset.file).pipe(res);
    }
    const id = Number(/^\/blobs\/(\d+)\?sig=/.exec(req.url ?? "")?.[1]);
    const artifact = state.runs.flatMap((r) => r.artifacts).find((a) => a.id === id);
    if (!artifact || req.headers.authorization) return void res.writeHead(403).end("AuthenticationFailed");
    res.writeHead(200, { "content-type": artifact.contentType, "content-length": artifact.bytes.length });
    res.end(Buffer.from(artifact.bytes));
  });
  await new Promise<void>((resolve) => blobs.listen(0, "127.0.0.1", resolve));
  const blobOrigin = `http://127.0.0.1:${(blobs.address() as AddressInfo).port}`;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Array<{ match: FaultMatch; kind: Fault; left: number }> = [];
  const holds: Array<{ match: FaultMatch; count: number; waiting: Array<() => void> }> = [];
  const remaining = new Map<string, number>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      violations.push(`fake GitHub crashed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, { status: 500, body: { message: "fake GitHub crashed" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = origin + prefix;
  // The uploads host (uploads.github.com): a release's upload_url points here, not at the API.
  const uploads = createServer((req, res) => {
    void handleUpload(req, res).catch((error: unknown) => {
      violations.push(`fake GitHub uploads crashed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, { status: 500, body: { message: "fake GitHub crashed" } });
    });
  });
  await new Promise<void>((resolve) => uploads.listen(0, "127.0.0.1", resolve));
  const uploadOrigin = `http://127.0.0.1:${(uploads.address() as AddressInfo).port}`;
  const routes = createRoutes({
    state,
    apiUrl: url,
    webUrl: options.webUrl ?? "https://github.com",
    user,
    blobOrigin,
    uploadOrigin,
    assetDir,
  });
  let nextRun = 9000;
  let nextArtifact = 700;
  function addRun(repo: string, spec: RunSpec): FakeRun {
    const run: FakeRun = {
      id: spec.id ?? nextRun++,
      repo,
      workflowId: spec.workflowId,
      branch: spec.branch,
      headSha: randomBytes(20).toString("hex"),
      conclusion: spec.conclusion ?? "success",
      artifacts: (spec.artifacts ?? []).map((a) => ({
        id: nextArtifact++,
        name: a.name,
        expired: a.expired ?? false,
        bytes: a.bytes,
        contentType: a.contentType ?? "application/octet-stream",
      })),
    };
    state.runs.push(run);
    return run;
  }

  function user(login: string, spec: { id?: number; type?: UserType } = {}): FakeUser {
    let found = state.users.get(login);
    if (!found) {
      const type = spec.type ?? (login.endsWith("[bot]") ? "Bot" : "User");
      found = { login, id: spec.id ?? 1000 + state.users.size, type };
      state.users.set(login, found);
    }
    return found;
  }

  function addToken(token: string, spec: TokenSpec): FakeToken {
    const kind = spec.kind ?? "user";
    if (kind === "user" && !spec.login) throw new Error("addToken: a user token needs a login");
    const who =
      kind === "installation" && !spec.login
        ? user(GITHUB_ACTIONS_BOT.login, GITHUB_ACTIONS_BOT)
        : user(spec.login!, { id: spec.id, type: spec.type });
    const entry: FakeToken = { user: who, canWrite: spec.canWrite ?? true, kind };
    state.tokens.set(token, entry);
    return entry;
  }
  for (const [token, spec] of Object.entries(options.tokens ?? {})) addToken(token, spec);

  function fits(match: FaultMatch, method: string, path: string, template: string | undefined): boolean {
    if (match.method && match.method.toUpperCase() !== method) return false;
    if (match.path === undefined) return true;
    return typeof match.path === "string" ? match.path === path || match.path === template : match.path.test(path);
  }

  function held(method: string, path: string, template: string | undefined): Promise<void> | undefined {
    const hold = holds.find((h) => h.waiting.length < h.count && fits(h.match, method, path, template));
    if (!hold) return undefined;
    return new Promise<void>((resolve) => {
      hold.waiting.push(resolve);
      if (hold.waiting.length === hold.count) for (const release of hold.waiting) release();
    });
  }

  function takeFault(method: string, path: string, template: string | undefined): Fault | undefined {
    const entry = faults.find(({ match, left }) => left > 0 && fits(match, method, path, template));
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.kind;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = new URL(req.url ?? "/", origin);
    const raw = await readBody(req);
    const underPrefix = target.pathname === prefix || target.pathname.startsWith(`${prefix}/`);
    const path = underPrefix ? target.pathname.slice(prefix.length) || "/" : target.pathname;
    const checked = underPrefix
      ? openapi.validateRequest(method, path, target.searchParams, raw)
      : { template: undefined, params: {}, violations: [`${method} ${target.pathname}: not under prefix ${prefix}`] };
    requests.push({
      method,
      path,
      operation: checked.template,
      query: Object.fromEntries(target.searchParams),
      headers: redact(req.headers),
      body: parseMaybe(raw),
      at: Date.now(),
    });
    const auth = tokenOf(req.headers.authorization);
    const reply = (r: Reply) => send(res, r, rateHeaders(auth));
    if (checked.violations.length > 0) {
      violations.push(...checked.violations);
      return reply({
        status: 400,
        body: { message: "Request violates GitHub's OpenAPI description", errors: checked.violations },
      });
    }
    await held(method, path, checked.template);
    const fault = takeFault(method, path, checked.template);
    if (fault && "drop" in fault && fault.drop === "before") return void req.socket.destroy();
    if (fault && "hang" in fault) return;
    if (fault && !("drop" in fault)) return reply(faultReply(fault));
    const who = auth === undefined ? undefined : state.tokens.get(auth);
    const result: Reply = !who
      ? { status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } }
      : routes(
          method,
          checked.template ?? "",
          checked.params,
          target.searchParams,
          parseMaybe(raw),
          who,
          redact(req.headers),
        );
    if (fault && "drop" in fault) return void req.socket.destroy(); // "after": the change above is applied
    reply(result);
  }

  // An upload is validated as any request, but its body is streamed (to disk, hashed), never read into a string.
  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = new URL(req.url ?? "/", uploadOrigin);
    // Kept: a request read only partly and then let go no longer holds its socket.
    const socket = req.socket;
    const length = req.headers["content-length"];
    // The body is binary: the check only needs to know there is one.
    const checked = openapi.validateRequest(method, target.pathname, target.searchParams, length ? "binary" : "");
    const record: RecordedRequest = {
      method,
      path: target.pathname,
      operation: checked.template,
      query: Object.fromEntries(target.searchParams),
      headers: redact(req.headers),
      body: undefined,
      at: Date.now(),
    };
    requests.push(record);
    const auth = tokenOf(req.headers.authorization);
    const drained = async () => {
      let n = 0;
      for await (const chunk of req) n += (chunk as Buffer).length;
      record.uploaded = n;
    };
    const reply = (r: Reply) => send(res, r, rateHeaders(auth));
    const operation = `${method} ${checked.template}`;
    if (operation !== "POST /repos/{owner}/{repo}/releases/{release_id}/assets")
      checked.violations.push(`${method} ${target.pathname}: the uploads host only takes release asset uploads`);
    // GitHub needs the length up front ("Most libraries will set the required Content-Length header").
    if (req.headers["transfer-encoding"] || length === undefined)
      checked.violations.push(`${method} ${target.pathname}: an upload needs Content-Length, not a chunked body`);
    if (checked.violations.length > 0) {
      violations.push(...checked.violations);
      await drained();
      return reply({ status: 400, body: { message: "Bad upload request", errors: checked.violations } });
    }
    await held(method, target.pathname, checked.template);
    const fault = takeFault(method, target.pathname, checked.template);
    if (fault && "drop" in fault && fault.drop === "before") return void socket.destroy();
    if (fault && "hang" in fault) return;
    if (fault && !("drop" in fault)) {
      await drained();
      return reply(faultReply(fault));
    }
    const who = auth === undefined ? undefined : state.tokens.get(auth);
    if (!who) {
      await drained();
      return reply({ status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } });
    }
    const done = await routes.releases.upload(req, checked.params, target.searchParams, who);
    record.uploaded = done.bytes;
    if (done.dropped || (fault && "drop" in fault)) return void socket.destroy();
    reply(done.reply!);
  }

  function rateHeaders(token: string | undefined): Record<string, string> {
    const left = Math.max(1, (remaining.get(token ?? "") ?? 5000) - 1);
    remaining.set(token ?? "", left);
    return {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": String(left),
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-used": String(5000 - left),
      "x-ratelimit-resource": "core",
    };
  }

  return {
    url,
    state,
    requests,
    violations,
    addToken,
    seedComments: (repo, issue, list) => list.map((c) => routes.addComment(repo, issue, c.body, user(c.login))),
    addRun,
    blobRequests,
    releases: (repo) => state.releases.filter((r) => r.repo === repo),
    assetBytes: (asset) => readFile(asset.file),
    corruptAsset: (asset, bytes) => writeFile(asset.file, bytes),
    failUpload: (kind, times = 1) => routes.releases.failUpload(kind, times),
    deployments: (repo) => state.deployments.filter((d) => d.repo === repo),
    addApproval: (repo, runId, a) => void state.approvals.push({ repo, runId, ...a }),
    comments: (repo, issue) => [...(state.comments.get(`${repo}#${issue}`) ?? [])],
    addPull: (repo, number, headSha, o = {}) => {
      state.pullHeads.set(`${repo}#${number}`, headSha);
      if (o.headRepo !== undefined) state.pullHeadRepos.set(`${repo}#${number}`, o.headRepo);
      state.pullsBySha.set(headSha, [...(state.pullsBySha.get(headSha) ?? []), number]);
    },
    setPermission: (repo, login, role) => {
      user(login);
      state.permissions.set(permissionKey(repo, login), role);
    },
    addAttestation: (repo, spec) => routes.attestations.add(repo, spec),
    reactions: (repo, commentId) =>
      state.reactions
        .filter((r) => r.repo === repo && r.commentId === commentId)
        .map((r) => `${r.content} by ${r.user.login}`),
    fault: (match, kind, times = 1) => void faults.push({ match, kind, left: times }),
    hold: (match, count) => void holds.push({ match, count, waiting: [] }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        blobs.close();
        blobs.closeAllConnections();
        uploads.close();
        uploads.closeAllConnections();
        server.close((error) =>
          error ? reject(error) : void rm(assetDir, { recursive: true, force: true }).then(resolve, reject),
        );
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, reply: Reply, extra: Record<string, string> = {}): void {
  const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
  const headers: Record<string, string> = {
    "x-github-request-id": randomBytes(8)
      .toString("hex")
      .toUpperCase()
      .replace(/(.{4})/g, "$1:")
      .slice(0, -1),
    "x-github-api-version-selected": "2022-11-28",
    "x-github-media-type": "github.v3; format=json",
    ...extra,
    ...reply.headers,
  };
  if (reply.body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
  headers["content-length"] = String(Buffer.byteLength(text));
  res.writeHead(reply.status, headers).end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseMaybe(raw: string): unknown {
  if (raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function tokenOf(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? "");
  return m?.[1];
}

function redact(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name] = name === "authorization" ? `${text.split(/\s+/)[0] ?? ""} [redacted]` : text;
  }
  return out;
}
