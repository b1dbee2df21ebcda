import { appendFile } from "node:fs/promises";

import type { CommentThread } from "../../core/comment/applyComment.js";
import { consoleText } from "../../core/render/consoleText.js";
import type { Annotation, HostedRegistry, KeptFile, NoThread, Platform, RunContext, RunFile } from "../port.js";
import type { GitlabClients } from "./gitlabClient.js";
import { mergeRequestOfBranch, mergeRequestOfEnv } from "./gitlabContext.js";
import { fetchJobArtifact } from "./gitlabRunFile.js";
import { GitlabThread } from "./gitlabThread.js";

/** The branch of the pipeline: a merge request's source branch, else the commit's branch (none for a tag). */
function gitlabBranch(env: NodeJS.ProcessEnv): string | undefined {
  return env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || undefined;
}

/**
 * GitLab CI: the log is the summary (in a collapsible section), outputs go to a dotenv file the job can publish
 * with `artifacts: reports: dotenv`, and findings reach the merge request widget through the JUnit report.
 */
export class GitlabPlatform implements Platform {
  readonly annotationLimit = 0;
  /** The log takes what it is given; the job log's own 4 MiB default limit is far above a report. */
  readonly summaryLimit = 1024 * 1024;
  readonly context: RunContext;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** The API clients (detect.ts builds them from the environment's tokens). */
    private readonly clients: GitlabClients,
    private readonly write: (text: string) => void = (t) => process.stdout.write(t),
  ) {
    this.context = {
      platform: "gitlab",
      ...(env.CI_PROJECT_PATH ? { repository: env.CI_PROJECT_PATH } : {}),
      ...(env.CI_COMMIT_SHA ? { sha: env.CI_COMMIT_SHA } : {}),
      ...(env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA && env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA !== env.CI_COMMIT_SHA
        ? { headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA }
        : {}),
      ...(env.CI_JOB_URL ? { runUrl: env.CI_JOB_URL } : {}),
      ...(env.GITLAB_USER_LOGIN ? { actor: env.GITLAB_USER_LOGIN } : {}),
      ...(mergeRequestOfEnv(env) ? { changeRequest: mergeRequestOfEnv(env)! } : {}),
      ...(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ? { baseBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME } : {}),
      ...(gitlabBranch(env) ? { branch: gitlabBranch(env)! } : {}),
      ...(env.CI_SERVER_URL ? { serverUrl: env.CI_SERVER_URL } : {}),
      workspace: env.CI_PROJECT_DIR ?? process.cwd(),
    };
  }

  // Text from data reaches the log without ESC or CR, so it cannot colour the log or close a section itself.
  info(message: string): void {
    this.write(`${consoleText(message)}\n`);
  }

  warning(message: string): void {
    this.write(`\u001b[33mwarning: ${consoleText(message)}\u001b[0m\n`);
  }

  async writeSummary(markdown: string): Promise<void> {
    const id = `modelgate_${Date.now()}`;
    const t = Math.floor(Date.now() / 1000);
    this.write(
      `\u001b[0Ksection_start:${t}:${id}[collapsed=true]\r\u001b[0Kmodelgate summary\n${consoleText(markdown)}\n\u001b[0Ksection_end:${t}:${id}\r\u001b[0K\n`,
    );
  }

  annotate(_annotations: Annotation[]): void {
    // GitLab has no annotations: the JUnit report carries findings to the merge request.
  }

  async setOutputs(outputs: Record<string, string | number | boolean>): Promise<void> {
    const file = this.env.MODELGATE_DOTENV ?? "modelgate.env";
    // A path inside the project is written relative to it: a later job's checkout may be in another folder.
    // (The job's working directory is the project's checkout; CI_PROJECT_DIR names it too, when set.)
    const roots = [this.context.workspace, process.cwd()].map((d) => `${d.replace(/\/$/, "")}/`);
    const relative = (v: string) => {
      const root = roots.find((r) => v.startsWith(r));
      return root ? v.slice(root.length) : v;
    };
    const lines = Object.entries(outputs).map(([k, v]) => {
      const text = typeof v === "string" ? relative(v) : String(v);
      return `MODELGATE_${k.toUpperCase().replaceAll("-", "_")}=${text.replaceAll("\n", " ")}`;
    });
    await appendFile(file, `${lines.join("\n")}\n`);
  }

  private section: string | null = null;

  startGroup(title: string): void {
    this.section = `modelgate_${Date.now()}`;
    this.write(
      `\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${this.section}[collapsed=true]\r\u001b[0K${consoleText(title).replace(/\n/g, " ")}\n`,
    );
  }

  endGroup(): void {
    if (this.section) this.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${this.section}\r\u001b[0K\n`);
    this.section = null;
  }

  mask(_secret: string): void {
    // Masking is configured on the CI/CD variable itself in GitLab.
  }

  async keepFile(o: { file: string }): Promise<KeptFile | NoThread> {
    return {
      unavailable: `GitLab keeps ${o.file} only through the job's artifacts: paths (templates/drift.yml declares them)`,
    };
  }

  async runFile(o: { branch: string; artifact: string; job: string; to: string }): Promise<RunFile | NoThread> {
    // A fork's merge request compares with the target project's branches: their pipelines are the target's.
    const project = this.env.CI_MERGE_REQUEST_PROJECT_ID ?? this.env.CI_PROJECT_ID ?? this.context.repository;
    if (!project) return { unavailable: "CI_PROJECT_ID is not set" };
    // Reading the project's own job artifacts is something CI_JOB_TOKEN may do.
    if (!this.clients.artifacts) return { unavailable: "no CI_JOB_TOKEN or MODELGATE_GITLAB_TOKEN" };
    // A line per retry in the log; the final failure is the one warning.
    const api = await this.clients.artifacts((m) => this.info(m));
    const host = this.context.serverUrl ?? "https://gitlab.com";
    const path = this.env.CI_MERGE_REQUEST_PROJECT_PATH ?? this.context.repository ?? project;
    const pipelines = `${host}/${path}/-/pipelines?ref=${encodeURIComponent(o.branch)}`;
    return fetchJobArtifact(api, project, pipelines, o);
  }

  async registry(): Promise<HostedRegistry | NoThread> {
    const project = this.env.CI_PROJECT_ID ?? this.context.repository;
    if (!project) return { unavailable: "CI_PROJECT_ID is not set" };
    // Releases and package uploads need a token with api scope (Developer or more); CI_JOB_TOKEN may not create releases.
    if (!this.clients.notes)
      return { unavailable: "no MODELGATE_GITLAB_TOKEN (a token with api scope) for the registry" };
    const api = await this.clients.notes((m) => this.info(m));
    const { GitlabRegistry } = await import("./gitlabRegistry.js");
    const { approvalQueryOfEnv, gitlabApprovals } = await import("./gitlabApprovals.js");
    const store = new GitlabRegistry({
      api,
      project,
      ...(this.context.sha ? { ref: this.context.sha } : {}),
      say: (line) => this.info(line),
    });
    const query = approvalQueryOfEnv(this.env);
    return { store, approvals: async () => (query ? gitlabApprovals(api, query) : []) };
  }

  async commentThread(o: { number?: number }): Promise<CommentThread | NoThread> {
    if (!this.clients.notes)
      return {
        unavailable:
          "no token that may write merge request notes (CI_JOB_TOKEN cannot): set MODELGATE_GITLAB_TOKEN to a project access token with the api scope",
      };
    // A merge request from a fork runs in the fork, but the merge request (and its notes) is the target project's.
    const project = this.env.CI_MERGE_REQUEST_PROJECT_ID ?? this.env.CI_PROJECT_ID ?? this.context.repository;
    if (!project) return { unavailable: "CI_PROJECT_ID is not set" };
    const api = await this.clients.notes((m) => this.info(m));
    const iid =
      o.number ??
      this.context.changeRequest ??
      (this.env.CI_COMMIT_BRANCH ? await mergeRequestOfBranch(api, project, this.env.CI_COMMIT_BRANCH) : null);
    if (!iid) return { unavailable: "this pipeline belongs to no open merge request (give --pr to name one)" };
    return new GitlabThread(
      api,
      project,
      iid,
      this.env.CI_MERGE_REQUEST_PROJECT_PATH ?? this.context.repository ?? String(project),
    );
  }
}
