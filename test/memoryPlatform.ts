// The Platform port held in memory, for unit tests of the commands that call it: what a CI adapter would show
// (messages, summary, annotations, outputs, log groups, masks, kept files) is recorded in arrays, and the pull
// request is a comment thread in memory that refuses what GitHub and GitLab refuse. The adapters themselves are
// tested with their real clients against test/fakes.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

import { CommentPermissionError, type CommentThread } from "../src/core/comment/applyComment.js";
import type { Identity, ThreadComment } from "../src/core/comment/commentPlan.js";
import type { Approval } from "../src/core/registry/store.js";
import { GITHUB_COMMENT_LIMIT } from "../src/platform/github/githubThread.js";
import type {
  Annotation,
  HostedRegistry,
  KeptFile,
  NoThread,
  Platform,
  RunContext,
  RunFile,
} from "../src/platform/port.js";

export type Outputs = Record<string, string | number | boolean>;

export interface MemoryThreadOptions {
  label?: string;
  /** Longer bodies are refused, as the platforms refuse them (default GitHub's 65,536). */
  maxBodyChars?: number;
  /** Who posts (default id "1", "memory-bot"). */
  me?: Identity;
  /** The pull request's head commit; absent, the thread has no headSha (as the local file thread). */
  headSha?: string;
  /** Comments already on the thread, oldest first. */
  comments?: ThreadComment[];
}

/** A pull request's comments in memory. */
export class MemoryThread implements CommentThread {
  readonly label: string;
  readonly maxBodyChars: number;
  /** The thread as it stands, oldest first. */
  readonly comments: ThreadComment[];
  readonly headSha?: () => Promise<string>;
  private readonly me: Identity;
  private lastId: number;

  constructor(o: MemoryThreadOptions = {}) {
    this.label = o.label ?? "memory#1";
    this.maxBodyChars = o.maxBodyChars ?? GITHUB_COMMENT_LIMIT;
    this.me = o.me ?? { id: "1", name: "memory-bot" };
    this.comments = (o.comments ?? []).map((c) => ({ ...c }));
    this.lastId = Math.max(0, ...this.comments.map((c) => Number(c.id)).filter(Number.isFinite));
    const head = o.headSha;
    if (head !== undefined) this.headSha = async () => head;
  }

  async identity(): Promise<Identity> {
    return { ...this.me };
  }

  async list(): Promise<ThreadComment[]> {
    return this.comments.map((c) => ({ ...c }));
  }

  private fits(body: string): void {
    if (body.length > this.maxBodyChars)
      throw new Error(`${this.label}: a body of ${body.length} characters is over the ${this.maxBodyChars} allowed`);
  }

  private own(id: string): ThreadComment {
    const c = this.comments.find((x) => x.id === id);
    if (!c) throw new Error(`${this.label}: no comment ${id}`);
    if (c.authorId !== this.me.id) throw new CommentPermissionError(`${this.label}: comment ${id} is not ours`);
    return c;
  }

  async create(body: string): Promise<{ id: string; url: string | null }> {
    this.fits(body);
    const id = String(++this.lastId);
    this.comments.push({ id, body, authorId: this.me.id });
    return { id, url: null };
  }

  async update(id: string, body: string): Promise<{ id: string; url: string | null }> {
    this.fits(body);
    this.own(id).body = body;
    return { id, url: null };
  }

  async remove(id: string): Promise<void> {
    const i = this.comments.findIndex((c) => c.id === id);
    if (i < 0) return;
    this.own(id);
    this.comments.splice(i, 1);
  }
}

/** A file an earlier run kept, served by runFile when branch and artifact (and job, when given) match. */
export interface MemoryRunFile {
  branch: string;
  artifact: string;
  job?: string;
  content: string | Uint8Array;
  run: string;
  sha?: string;
}

export interface MemoryPlatformOptions {
  /** Merged over a local run's context in the workspace. */
  context?: Partial<RunContext>;
  /** Default 10 (GitHub's). */
  annotationLimit?: number;
  /** Default 1 MiB. */
  summaryLimit?: number;
  /** The thread commentThread gives (default an empty MemoryThread), or why there is none. */
  thread?: MemoryThread | NoThread;
  /** Why keepFile cannot keep; absent, it keeps. */
  keepUnavailable?: string;
  runFiles?: MemoryRunFile[];
  /** The hosted registry registry() gives (a LocalRegistry standing in for GitHub's or GitLab's), or why there is none. */
  registry?: { store: HostedRegistry["store"]; approvals?: Approval[] } | NoThread;
}

/** A Platform that records everything it is asked to show; see the file's head. */
export class MemoryPlatform implements Platform {
  readonly context: RunContext;
  readonly annotationLimit: number;
  readonly summaryLimit: number;
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  /** Each writeSummary's Markdown, in order. */
  readonly summaries: string[] = [];
  readonly annotations: Annotation[] = [];
  /** Each setOutputs call's outputs, in order. */
  readonly outputCalls: Outputs[] = [];
  /** Log groups in the order started; `ended` once endGroup closed it. */
  readonly groups: Array<{ title: string; ended: boolean }> = [];
  readonly masks: string[] = [];
  /** Files kept with the run, with what keepFile answered. */
  readonly kept: Array<{ file: string; retentionDays?: number; answer: KeptFile }> = [];
  /** The pull/merge request number each commentThread call named (undefined: the run's own). */
  readonly threadCalls: Array<number | undefined> = [];
  readonly thread: MemoryThread | NoThread;
  private readonly runFiles: MemoryRunFile[];

  constructor(
    workspace: string,
    private readonly o: MemoryPlatformOptions = {},
  ) {
    this.context = { platform: "local", workspace, ...o.context };
    this.annotationLimit = o.annotationLimit ?? 10;
    this.summaryLimit = o.summaryLimit ?? 1024 * 1024;
    this.thread = o.thread ?? new MemoryThread();
    this.runFiles = o.runFiles ?? [];
  }

  /** Every summary written, as one text (a step's summary file is appended to). */
  get summary(): string {
    return this.summaries.join("");
  }

  /** The outputs as the step ends with them: a name set twice keeps its last value. */
  get outputs(): Outputs {
    return Object.assign({}, ...this.outputCalls) as Outputs;
  }

  /** The comments on the thread, oldest first (none when there is no thread). */
  get comments(): ThreadComment[] {
    return "unavailable" in this.thread ? [] : this.thread.comments;
  }

  info(message: string): void {
    this.infos.push(message);
  }

  warning(message: string): void {
    this.warnings.push(message);
  }

  async writeSummary(markdown: string): Promise<void> {
    this.summaries.push(markdown);
  }

  annotate(annotations: Annotation[]): void {
    this.annotations.push(...annotations);
  }

  async setOutputs(outputs: Outputs): Promise<void> {
    this.outputCalls.push({ ...outputs });
  }

  startGroup(title: string): void {
    this.groups.push({ title, ended: false });
  }

  endGroup(): void {
    const open = this.groups.findLast((g) => !g.ended);
    if (open) open.ended = true;
  }

  mask(secret: string): void {
    this.masks.push(secret);
  }

  async commentThread(o: { number?: number }): Promise<CommentThread | NoThread> {
    this.threadCalls.push(o.number);
    return this.thread;
  }

  async keepFile(o: { file: string; retentionDays?: number }): Promise<KeptFile | NoThread> {
    if (this.o.keepUnavailable !== undefined) return { unavailable: this.o.keepUnavailable };
    const bytes = await readFile(o.file);
    const id = this.kept.length + 1;
    const answer: KeptFile = {
      id,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ...(this.context.runUrl ? { url: `${this.context.runUrl}/artifacts/${id}` } : {}),
    };
    this.kept.push({
      file: o.file,
      ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
      answer,
    });
    return answer;
  }

  async runFile(o: { branch: string; artifact: string; job: string; to: string }): Promise<RunFile | NoThread> {
    const f = this.runFiles.find(
      (r) => r.branch === o.branch && r.artifact === o.artifact && (r.job === undefined || r.job === o.job),
    );
    if (!f) return { unavailable: `no run on ${o.branch} kept ${JSON.stringify(o.artifact)}` };
    await writeFile(o.to, f.content);
    return { file: o.to, run: f.run, ...(f.sha ? { sha: f.sha } : {}) };
  }

  async registry(): Promise<HostedRegistry | NoThread> {
    const r = this.o.registry ?? { unavailable: "no hosted registry in this test" };
    if ("unavailable" in r) return r;
    return { store: r.store, approvals: async () => r.approvals ?? [] };
  }
}
