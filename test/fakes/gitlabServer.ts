// A local fake of GitLab's REST API v4 (merge-request notes, project merge requests, /user) so tests can drive
// the real @gitbeaker/rest client over HTTP. Status codes and bodies follow GitLab's docs and lib/api source
// (lib/api/notes.rb, helpers/notes_helpers.rb, users.rb, pagination params); where GitLab is lenient (it ignores
// undeclared parameters) the fake is strict on purpose and records a violation, so client mistakes surface.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { createRegistry, type FakeRegistry } from "./gitlabRegistryFake.js";
import { isUpload, REGISTRY_ROUTES, type RegistryRouteName } from "./gitlabRegistryRoutes.js";
import type { ProjectRegistry } from "./gitlabRegistryState.js";

export type TokenKind = "personal" | "project" | "job";
export type MergeRequestState = "opened" | "merged" | "closed";
/** `hang`: never answered (the client's deadline must end it). `cutBodyAfter`: a generic package upload's
 * connection dies once that many bytes arrived (nothing stored), a download's after that many were sent. */
export type Fault =
  | { cutBodyAfter: number }
  | { status: 500 }
  | { status: 502 }
  | { status: 429; retryAfter: number }
  | { drop: "before" | "after" }
  | { hang: true };
/** `path` is tested against the API path as sent, after `/api/v4` (`/projects/g%2Fp/merge_requests/1/notes`);
 * a string matches as a substring. Faults are consumed in the order they were added. */
export type FaultMatch = { method?: string; path?: RegExp | string };
export type FakeUser = { id: number; username: string; name: string; bot: boolean };
/** `jobId`: the job a job token belongs to (what GET /job answers). */
export type FakeToken = { user: FakeUser; kind: TokenKind; canWriteNotes: boolean; jobId?: number };
export type FakeNote = { id: number; body: string; author: FakeUser; system: boolean; internal: boolean } & {
  createdAt: string;
  updatedAt: string;
};
export type FakeMergeRequest = { id: number; iid: number; title: string; state: MergeRequestState } & {
  sourceBranch: string;
  targetBranch: string;
  /** The head commit of the source branch. */
  sha: string;
  createdAt: string;
  notes: FakeNote[];
};
/** A file in a job's artifacts, from a pipeline on `ref` (pipelines newest last). */
export type FakeJobArtifact = { ref: string; job: string; path: string; bytes: Uint8Array; succeeded: boolean };
export type FakeProject = {
  id: number;
  path: string;
  mergeRequests: Map<number, FakeMergeRequest>;
  jobArtifacts: FakeJobArtifact[];
  /** Packages, releases, deployments and jobs (gitlabRegistryRoutes.ts). */
  registry: ProjectRegistry;
};
export type RecordedRequest = {
  method: string;
  /** API path as sent, after the prefix and `/api/v4`, still URL-encoded. */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-cased names; PRIVATE-TOKEN, JOB-TOKEN and Authorization values replaced by "[redacted]". */
  headers: Record<string, string>;
  /** Parsed JSON/form parameters, or the raw text when it could not be parsed. */
  body: unknown;
  status?: number;
  fault?: Fault;
  /** When it arrived (Date.now()). */
  at: number;
};
/** A note as GitLab's API serialises it (Entities::Note). */
export type NoteJson = ReturnType<typeof noteJson>;
/** `canWriteNotes: false` models a `read_api`-scoped token; job tokens can never write. */
export type AddTokenOptions = {
  username: string;
  name?: string;
  bot?: boolean;
  kind?: TokenKind;
  canWriteNotes?: boolean;
  jobId?: number;
};
export type AddMergeRequestOptions = { iid: number; sourceBranch: string; targetBranch?: string } & {
  state?: MergeRequestState;
  title?: string;
  sha?: string;
};
export type SeedNote = { body: string; username: string; system?: boolean };
export interface FakeGitlab {
  url: string;
  users: Map<string, FakeUser>;
  tokens: Map<string, FakeToken>;
  projects: Map<string, FakeProject>;
  requests: RecordedRequest[];
  violations: string[];
  /** The registry routes' storage and helpers (jobs, approvals, an upload paused between chunks). */
  registry: FakeRegistry;
  addToken(token: string, options: AddTokenOptions): FakeUser;
  addProject(path: string, id: number): FakeProject;
  addMergeRequest(projectPath: string, mr: AddMergeRequestOptions): FakeMergeRequest;
  seedNotes(projectPath: string, iid: number, notes: SeedNote[]): NoteJson[];
  notes(projectPath: string, iid: number): NoteJson[];
  fault(match: FaultMatch, kind: Fault, times?: number): void;
  /**
   * The next `count` matching requests are answered only once all of them have arrived (then each as usual): two
   * clients are made to read the same state before either writes. Fewer arrivals leave them waiting.
   */
  hold(match: FaultMatch, count: number): void;
  close(): Promise<void>;
}

// Documented parameters per route (docs.gitlab.com/api/notes, /api/merge_requests), as `name:type` where type is
// int, bool, int[], str or an enum `a|b`; `!` marks a required one. GitLab's pagination params apply to lists.
type Spec = { type: string; required: boolean };
const table = (text: string): Record<string, Spec> =>
  Object.fromEntries(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => {
        const [name = "", type = "str"] = entry.split(":");
        return [name.replace(/!$/, ""), { type, required: name.endsWith("!") }];
      }),
  );
const PAGES = "page:int per_page:int";
const NOTES_LIST = `sort:asc|desc order_by:created_at|updated_at
  activity_filter:all_notes|only_comments|only_activity ${PAGES}`;
const NOTE_CREATE = "body! internal:bool created_at merge_request_diff_head_sha";
const MR_LIST = `state:opened|closed|locked|merged|all sort:asc|desc view:simple wip:yes|no
  scope:created_by_me|assigned_to_me|reviews_for_me|all with_labels_details:bool with_merge_status_recheck:bool
  order_by:created_at|updated_at|title|merged_at|label_priority|milestone_due|popularity|priority
  iids[]:int[] author_id:int merge_user_id:int milestone labels created_after created_before updated_after
  updated_before author_username assignee_id reviewer_id reviewer_username approver_ids approved_by_ids
  my_reaction_emoji source_branch target_branch search in environment deployed_before deployed_after
  merge_user_username ${PAGES}`;
type RouteName = "user" | "mrs" | "mr" | "list" | "create" | "show" | "edit" | "remove" | "artifactFile";
/** `rest`: the pattern is a prefix, the segments after it one path parameter (`*artifact_path`).
 * `jobTokenWrites`: a job token may call it although it is not a GET. */
type Route = {
  method: string;
  pattern: string[];
  params: Record<string, Spec>;
  name: RouteName | RegistryRouteName;
  jobToken?: boolean;
  jobTokenWrites?: boolean;
  rest?: boolean;
};
const NOTES = ["projects", ":id", "merge_requests", ":iid", "notes"];
const NOTE = [...NOTES, ":note"];
// jobToken: GitLab's notes GETs set `job_token_allowed` (policy read_merge_requests); the MR list is assumed
// readable too. Elsewhere GitLab ignores a JOB-TOKEN, finds no user, and `authenticate!` answers 401.
const ROUTES: Route[] = [
  { method: "GET", pattern: ["user"], params: {}, name: "user" },
  { method: "GET", pattern: NOTES.slice(0, 3), params: table(MR_LIST), name: "mrs", jobToken: true },
  {
    method: "GET",
    pattern: NOTES.slice(0, 4),
    params: table("render_html:bool include_diverged_commits_count:bool include_rebase_in_progress:bool"),
    name: "mr",
    jobToken: true,
  },
  { method: "GET", pattern: NOTES, params: table(NOTES_LIST), name: "list", jobToken: true },
  { method: "POST", pattern: NOTES, params: table(NOTE_CREATE), name: "create" },
  { method: "GET", pattern: NOTE, params: {}, name: "show", jobToken: true },
  { method: "PUT", pattern: NOTE, params: table("body!"), name: "edit" },
  { method: "DELETE", pattern: NOTE, params: {}, name: "remove" },
  // docs.gitlab.com/api/job_artifacts: "Download a single artifact file from specific tag or branch"; a job token
  // may read its own project's artifacts.
  {
    method: "GET",
    pattern: ["projects", ":id", "jobs", "artifacts", ":ref_name", "raw"],
    params: table("job! search_recent_successful_pipelines:bool"),
    name: "artifactFile",
    jobToken: true,
    rest: true,
  },
  ...REGISTRY_ROUTES,
];
const TOKEN_HEADERS = new Set(["private-token", "job-token", "authorization"]);
const MAX_NOTE = 1_000_000; // Gitlab::Database::MAX_TEXT_SIZE_LIMIT, Note's length validation

function userJson(u: FakeUser, web: string) {
  const avatar_url = `https://secure.gravatar.com/avatar/${u.id}?s=80&d=identicon`;
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    state: "active",
    locked: false,
    avatar_url,
    web_url: `${web}/${u.username}`,
  };
}
const NOTE_CONSTANTS = { type: null, attachment: null, resolvable: false, imported: false, imported_from: "none" };
function noteJson(n: FakeNote, mr: FakeMergeRequest, p: FakeProject, web: string) {
  return {
    ...{ id: n.id, body: n.body, author: userJson(n.author, web), created_at: n.createdAt, updated_at: n.updatedAt },
    ...{ system: n.system, noteable_id: mr.id, noteable_type: "MergeRequest" as const, noteable_iid: mr.iid },
    ...{ project_id: p.id, confidential: n.internal, internal: n.internal, commands_changes: {}, ...NOTE_CONSTANTS },
  };
}
function mrJson(mr: FakeMergeRequest, p: FakeProject, web: string) {
  return {
    ...{ id: mr.id, iid: mr.iid, project_id: p.id, title: mr.title, description: "", state: mr.state },
    ...{ created_at: mr.createdAt, updated_at: mr.createdAt, merged_at: null, closed_at: null, draft: false },
    ...{ source_branch: mr.sourceBranch, target_branch: mr.targetBranch, target_project_id: p.id },
    ...{ source_project_id: p.id, author: null, assignees: [], reviewers: [], labels: [] },
    ...{ merge_status: "can_be_merged", detailed_merge_status: "mergeable", sha: mr.sha },
    references: { short: `!${mr.iid}`, relative: `!${mr.iid}`, full: `${p.path}!${mr.iid}` },
    web_url: `${web}/${p.path}/-/merge_requests/${mr.iid}`,
  };
}
// Ruby counts characters (code points), not UTF-16 units: a surrogate pair is one character.
function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff) n--;
  return n;
}
// Grape-style coercion: query/form values arrive as strings, JSON values keep their types.
function checkParam(name: string, type: string, v: unknown): string | undefined {
  const integer = (x: unknown) => /^\d+$/.test(String(x)) && Number(x) > 0; // 0 is refused for page/per_page too
  if (type === "int[]") return (Array.isArray(v) ? v : [v]).every(integer) ? undefined : `${name} is invalid`;
  if (type === "hash")
    return typeof v === "object" && v !== null && !Array.isArray(v) ? undefined : `${name} is invalid`;
  if (typeof v === "object" && v !== null) return `${name} is invalid`;
  if (type === "int" && !integer(v)) return `${name} is invalid`;
  if (type === "bool" && !["true", "false", "1", "0"].includes(String(v))) return `${name} is invalid`;
  if (type.includes("|") && !type.split("|").includes(String(v))) return `${name} does not have a valid value`;
  return undefined;
}
// gitbeaker sends JSON (even `{}` on DELETE) or FormData when `isForm`; curl users send urlencoded forms.
async function readBody(req: IncomingMessage): Promise<{ raw: string; params: Record<string, unknown> | null }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  const raw = buf.toString("utf8");
  const contentType = req.headers["content-type"] ?? "";
  const type = contentType.split(";")[0]!.trim();
  if (raw === "") return { raw, params: {} };
  try {
    if (type === "application/json") {
      const parsed: unknown = JSON.parse(raw);
      const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
      return { raw, params: isObject ? (parsed as Record<string, unknown>) : null };
    }
    if (type === "application/x-www-form-urlencoded")
      return { raw, params: Object.fromEntries(new URLSearchParams(raw)) };
    if (type === "multipart/form-data") {
      const form = await new Response(buf, { headers: { "content-type": contentType } }).formData();
      return { raw, params: Object.fromEntries([...form].map(([k, v]) => [k, String(v)])) };
    }
  } catch {
    // fall through: an unparseable body is a violation
  }
  return { raw, params: null };
}
function queryObject(sp: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of sp) {
    const prev = out[k];
    out[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
  }
  return out;
}
function matches(m: FaultMatch, method: string, path: string): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  return m.path === undefined || (typeof m.path === "string" ? path.includes(m.path) : m.path.test(path));
}
type Ctx = { req: IncomingMessage; res: ServerResponse; rec: RecordedRequest; url: URL };
function send({ res, rec }: Ctx, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  rec.status = status;
  // A { drop: "after" } fault: the change has been applied, now kill the socket instead of answering.
  if (rec.fault && "drop" in rec.fault) return void res.socket?.destroy();
  const type = typeof body === "string" ? "text/plain" : "application/json";
  res.writeHead(status, body === undefined ? headers : { "content-type": type, ...headers });
  res.end(body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body));
}
// GitLab's offset pagination: X-* headers plus a Link header; gitbeaker follows only Link rel="next" (its query).
function paginate(ctx: Ctx, params: Record<string, unknown>, all: unknown[]): void {
  const perPage = Math.min(Number(params.per_page ?? 20), 100); // Kaminari max_per_page: capped, not refused
  const page = Number(params.page ?? 1);
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(ctx.url.search);
    for (const secret of ["private_token", "job_token"]) q.delete(secret);
    q.set("page", String(n));
    q.set("per_page", String(perPage));
    return `<http://${ctx.req.headers.host}${ctx.url.pathname}?${q}>; rel="${rel}"`;
  };
  const rels = [page > 1 && link(page - 1, "prev"), page < totalPages && link(page + 1, "next")];
  send(ctx, 200, all.slice((page - 1) * perPage, page * perPage), {
    ...{ "x-page": String(page), "x-per-page": String(perPage), "x-total": String(all.length) },
    ...{ "x-total-pages": String(totalPages), "x-next-page": page < totalPages ? String(page + 1) : "" },
    ...{ "x-prev-page": page > 1 ? String(page - 1) : "" },
    link: [...rels, link(1, "first"), link(totalPages, "last")].filter(Boolean).join(", "),
  });
}
const BLANK = `Note {:note=>["can't be blank"]}`;
const TOO_LONG = `400 Bad request - Note {:note=>["is too long (maximum is ${MAX_NOTE} characters)"]}`;
const INSUFFICIENT_SCOPE = {
  error: "insufficient_scope",
  error_description: "The request requires higher privileges than provided by the access token.",
  scope: "api",
};

export async function startFakeGitlab(options: { prefix?: string } = {}): Promise<FakeGitlab> {
  const prefix = (options.prefix ?? "").replace(/\/+$/, "").replace(/^(?=[^/])/, "/");
  const root = `${prefix}/api/v4`;
  const users = new Map<string, FakeUser>();
  const tokens = new Map<string, FakeToken>();
  const projects = new Map<string, FakeProject>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Array<{ match: FaultMatch; kind: Fault; left: number }> = [];
  const holds: Array<{ match: FaultMatch; count: number; waiting: Array<() => void> }> = [];
  let nextUserId = 1;
  let nextNoteId = 3001;
  // A fake clock, one second per event: created_at order is strict and outputs are deterministic.
  let clock = Date.parse("2024-05-01T10:00:00.000Z");
  const tick = () => new Date((clock += 1000)).toISOString();
  let web = "";

  function ensureUser(username: string, name?: string, bot = false): FakeUser {
    let u = users.get(username);
    if (!u) users.set(username, (u = { id: nextUserId++, username, name: name ?? username, bot }));
    return u;
  }
  function mergeRequest(path: string, iid: number): [FakeProject, FakeMergeRequest] {
    const p = projects.get(path);
    const mr = p?.mergeRequests.get(iid);
    if (!p || !mr) throw new Error(`fake GitLab: no merge request ${path}!${iid}`);
    return [p, mr];
  }
  function addNote(mr: FakeMergeRequest, body: string, author: FakeUser, system: boolean, internal: boolean) {
    const at = tick();
    const note: FakeNote = { id: nextNoteId++, body, author, system, internal, createdAt: at, updatedAt: at };
    mr.notes.push(note);
    return note;
  }
  function identify(req: IncomingMessage, query: RecordedRequest["query"]): FakeToken | undefined {
    const h = req.headers;
    const bearer = /^Bearer (.+)$/i.exec(h.authorization ?? "")?.[1];
    // A job token only authenticates through JOB-TOKEN/job_token, personal/project/OAuth tokens only elsewhere.
    const personal = h["private-token"] ?? bearer ?? query.private_token;
    if (personal !== undefined) return [tokens.get(String(personal))].find((t) => t && t.kind !== "job");
    const job = h["job-token"] ?? query.job_token;
    return job === undefined ? undefined : [tokens.get(String(job))].find((t) => t?.kind === "job");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    const inApi = url.pathname.startsWith(`${root}/`);
    const path = inApi ? url.pathname.slice(root.length) : url.pathname;
    // A package upload's body is the file: its route reads it as it arrives.
    const { raw, params: bodyParams } = inApi && isUpload(method, path) ? { raw: "", params: {} } : await readBody(req);
    const query = queryObject(url.searchParams);
    const redacted = Object.entries(req.headers).map(([k, v]) => [k, TOKEN_HEADERS.has(k) ? "[redacted]" : String(v)]);
    const recordedQuery = Object.fromEntries(Object.entries(query).filter(([k]) => !/^(private|job)_token$/.test(k)));
    const headers = Object.fromEntries(redacted);
    const rec: RecordedRequest = {
      method,
      path,
      query: recordedQuery,
      headers,
      body: bodyParams ?? raw,
      at: Date.now(),
    };
    requests.push(rec);
    const hold = holds.find((h) => h.waiting.length < h.count && matches(h.match, method, path));
    if (hold)
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve);
        if (hold.waiting.length === hold.count) for (const release of hold.waiting) release();
      });
    const ctx: Ctx = { req, res, rec, url };
    const where = `${method} ${path}`;
    const fault = faults.find((f) => f.left > 0 && matches(f.match, method, path));
    if (fault) {
      fault.left--;
      const k = (rec.fault = fault.kind);
      if ("drop" in k && k.drop === "before") return void req.socket.destroy();
      if ("hang" in k) return;
      // Rack::Attack's throttle answer; GitLab sends Retry-After with it.
      if ("retryAfter" in k) return send(ctx, 429, "Retry later\n", { "retry-after": String(k.retryAfter) });
      if ("status" in k && k.status === 502) return send(ctx, 502, "502 Bad Gateway\n"); // from the proxy in front
      if ("status" in k) return send(ctx, 500, { message: "500 Internal Server Error" });
    }
    const segs = path.slice(1).split("/");
    const fits = (r: Route) =>
      (r.rest ? segs.length > r.pattern.length : r.pattern.length === segs.length) &&
      r.pattern.every((p, i) => p[0] === ":" || p === segs[i]);
    const shaped = inApi ? ROUTES.filter(fits) : [];
    const route = shaped.find((r) => r.method === method);
    if (!route) {
      violations.push(`${where}: ${shaped.length ? "method not allowed" : "unknown route"}`);
      return send(ctx, shaped.length ? 405 : 404, { error: shaped.length ? "405 Not Allowed" : "404 Not Found" });
    }
    // Grape runs `before { authenticate! }` ahead of parameter validation.
    const auth = identify(req, query);
    if (!auth || (auth.kind === "job" && !route.jobToken)) return send(ctx, 401, { message: "401 Unauthorized" });
    const mayWrite = auth.kind === "job" ? route.jobTokenWrites === true : auth.canWriteNotes;
    if (route.method !== "GET" && !mayWrite) return send(ctx, 403, INSUFFICIENT_SCOPE);
    const params: Record<string, unknown> = { ...recordedQuery, ...bodyParams };
    const problems = bodyParams === null ? [`unparseable ${req.headers["content-type"] ?? "untyped"} body`] : [];
    for (const [name, v] of Object.entries(params)) {
      const spec = route.params[name];
      const bad = spec ? checkParam(name, spec.type, v) : `${name} is not a documented parameter`;
      if (bad) problems.push(bad);
    }
    for (const [name, spec] of Object.entries(route.params)) {
      if (spec.required && params[name] === undefined) problems.push(`${name} is missing`);
    }
    route.pattern.forEach((p, i) => {
      if ((p === ":iid" || p === ":note") && !/^\d+$/.test(segs[i]!)) problems.push(`${p.slice(1)} is invalid`);
    });
    if (problems.length) {
      violations.push(`${where}: ${problems.join(", ")}`);
      return send(ctx, 400, { error: problems.join(", ") });
    }
    const registryCall = (project: FakeProject | null) =>
      registry.handle({
        ...{ req, res, rec, route: route.name as RegistryRouteName, params, segs, auth, project },
        send: (status: number, body?: unknown, headers?: Record<string, string>) => send(ctx, status, body, headers),
        paginate: (p: Record<string, unknown>, all: unknown[]) => paginate(ctx, p, all),
      });
    if (route.name === "currentJob") return registryCall(null);
    if (route.name === "user") {
      const extra = { bot: auth.user.bot, created_at: "2023-01-01T00:00:00.000Z", bio: "", public_email: null };
      return send(ctx, 200, { ...userJson(auth.user, web), ...extra, is_admin: false, two_factor_enabled: false });
    }
    // :id is a numeric id or the URL-encoded full path (`group%2Fsub%2Fproject`).
    const id = decodeURIComponent(segs[1]!);
    const p = /^\d+$/.test(id) ? [...projects.values()].find((x) => x.id === Number(id)) : projects.get(id);
    if (!p) return send(ctx, 404, { message: "404 Project Not Found" });
    if (REGISTRY_ROUTES.includes(route as (typeof REGISTRY_ROUTES)[number])) return registryCall(p);
    if (route.name === "artifactFile") {
      const ref = decodeURIComponent(segs[4]!);
      const file = segs.slice(6).map(decodeURIComponent).join("/");
      // The newest successful pipeline of the ref that ran the job; its artifacts hold the file or not.
      const hit = p.jobArtifacts.filter((a) => a.succeeded && a.ref === ref && a.job === params.job).at(-1);
      if (!hit || hit.path !== file) return send(ctx, 404, { message: "404 Not Found" });
      rec.status = 200;
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": hit.bytes.length });
      return void res.end(Buffer.from(hit.bytes));
    }
    if (route.name === "mrs") {
      const mrs = [...p.mergeRequests.values()]
        .filter((m) => (params.state ?? "all") === "all" || m.state === params.state)
        .filter((m) => params.source_branch === undefined || m.sourceBranch === params.source_branch)
        .filter((m) => params.target_branch === undefined || m.targetBranch === params.target_branch)
        .sort((a, b) => (params.sort === "asc" ? a.id - b.id : b.id - a.id));
      const all = mrs.map((m) => mrJson(m, p, web));
      return paginate(ctx, params, all);
    }
    const mr = p.mergeRequests.get(Number(segs[3]));
    if (!mr) return send(ctx, 404, { message: "404 MergeRequest Not Found" });
    if (route.name === "mr") return send(ctx, 200, mrJson(mr, p, web));
    const json = (n: FakeNote) => noteJson(n, mr, p, web);
    if (route.name === "list") {
      const key = params.order_by === "updated_at" ? "updatedAt" : "createdAt";
      const dir = params.sort === "asc" ? 1 : -1; // GitLab's default is desc: newest note first
      const filter = params.activity_filter ?? "all_notes";
      const list = mr.notes
        .filter((n) => filter === "all_notes" || n.system === (filter === "only_activity"))
        .sort((a, b) => dir * (a[key].localeCompare(b[key]) || a.id - b.id));
      return paginate(ctx, params, list.map(json));
    }
    const body = String(params.body);
    if (route.name === "create" || route.name === "edit") {
      // POST: Note's presence validation; PUT: Grape's `allow_blank: false` on body.
      const blank = route.name === "edit" ? { error: "body is empty" } : { message: `400 Bad request - ${BLANK}` };
      if (body.trim() === "") return send(ctx, 400, blank);
      if (charCount(body) > MAX_NOTE) {
        violations.push(`${where}: body is longer than ${MAX_NOTE} characters`);
        // notes_helpers.rb: bad_request!("Note #{note.errors.messages}") puts the Ruby hash inside the message.
        return send(ctx, 400, { message: TOO_LONG });
      }
    }
    if (route.name === "create") {
      return send(ctx, 201, json(addNote(mr, body, auth.user, false, String(params.internal) === "true")));
    }
    const note = mr.notes.find((n) => n.id === Number(segs[5]));
    if (!note) return send(ctx, 404, { message: "404 Not found" });
    if (route.name === "show") return send(ctx, 200, json(note));
    // NotePolicy: only the author may admin a note, and nobody may edit a system note.
    if (note.author.id !== auth.user.id || note.system) return send(ctx, 403, { message: "403 Forbidden" });
    if (route.name === "remove") {
      mr.notes.splice(mr.notes.indexOf(note), 1);
      return send(ctx, 204);
    }
    Object.assign(note, { body, updatedAt: tick() });
    return send(ctx, 200, json(note));
  }

  const registry = createRegistry({ tick, violations, web: () => web, userJson: (u) => userJson(u, web), projects });

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      violations.push(`${req.method} ${req.url}: fake crashed: ${String(e)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end('{"message":"500 Internal Server Error"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  web = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;

  return {
    url: web,
    users,
    tokens,
    projects,
    requests,
    violations,
    registry,
    addToken(token, o) {
      const kind = o.kind ?? "personal";
      const user = ensureUser(o.username, o.name, o.bot ?? kind === "project");
      const canWriteNotes = kind !== "job" && (o.canWriteNotes ?? true);
      tokens.set(token, { user, kind, canWriteNotes, ...(o.jobId !== undefined ? { jobId: o.jobId } : {}) });
      return user;
    },
    addProject(path, id) {
      const p: FakeProject = { id, path, mergeRequests: new Map(), jobArtifacts: [], registry: registry.forProject() };
      projects.set(path, p);
      return p;
    },
    addMergeRequest(projectPath, o) {
      const p = projects.get(projectPath);
      if (!p) throw new Error(`fake GitLab: no project ${projectPath}`);
      const mr: FakeMergeRequest = {
        ...{
          id: p.id * 1000 + o.iid,
          iid: o.iid,
          title: o.title ?? `Merge request ${o.iid}`,
          state: o.state ?? "opened",
        },
        ...{ sourceBranch: o.sourceBranch, targetBranch: o.targetBranch ?? "main", createdAt: tick(), notes: [] },
        sha: o.sha ?? "0".repeat(40),
      };
      p.mergeRequests.set(o.iid, mr);
      return mr;
    },
    seedNotes(projectPath, iid, seeds) {
      const [p, mr] = mergeRequest(projectPath, iid);
      const made = seeds.map((s) => addNote(mr, s.body, ensureUser(s.username), s.system ?? false, false));
      return made.map((n) => noteJson(n, mr, p, web));
    },
    notes(projectPath, iid) {
      const [p, mr] = mergeRequest(projectPath, iid);
      return mr.notes.map((n) => noteJson(n, mr, p, web));
    },
    fault(match, kind, times = 1) {
      faults.push({ match, kind, left: times });
    },
    hold(match, count) {
      holds.push({ match, count, waiting: [] });
    },
    close() {
      server.closeAllConnections();
      registry.close();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
