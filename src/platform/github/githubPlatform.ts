import * as core from "@actions/core";

import type { CommentThread } from "../../core/comment/applyComment.js";
import { fitBody, utf8Bytes } from "../../core/comment/fitBody.js";
import type { Annotation, KeptFile, NoThread, Platform, RunContext, RunFile } from "../port.js";
import { githubClient, type GithubClientOptions, type Octokit } from "./githubClient.js";
import { pullRequestOfCommit, pullRequestOfEvent } from "./githubContext.js";
import { ACTIONS_BOT, GithubThread } from "./githubThread.js";

/** GitHub keeps at most 1 MiB of job summary per step. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

/** The token for API calls: the action's `github-token` input, else MODELGATE_GITHUB_TOKEN or GITHUB_TOKEN. */
export function githubToken(env: NodeJS.ProcessEnv): string | undefined {
  return env["INPUT_GITHUB-TOKEN"] || env.MODELGATE_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
}

/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core; comments through octokit. */
export class GithubPlatform implements Platform {
  readonly annotationLimit = 10;
  readonly summaryLimit = GITHUB_SUMMARY_LIMIT;
  readonly context: RunContext;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** Tests shorten the client's retry waits. */
    private readonly tuning?: GithubClientOptions["tuning"],
  ) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const pr = pullRequestOfEvent(env);
    this.context = {
      platform: "github",
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
        : {}),
      ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
      ...(pr ? { changeRequest: pr } : {}),
      ...(env.GITHUB_BASE_REF ? { baseBranch: env.GITHUB_BASE_REF } : {}),
      // A pull request's checkout is a detached merge commit: its branch is GITHUB_HEAD_REF.
      ...(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME ? { branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME } : {}),
      serverUrl: server,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
    const token = githubToken(env);
    if (token) core.setSecret(token);
  }

  info(message: string): void {
    core.info(message);
  }

  warning(message: string): void {
    core.warning(message);
  }

  async writeSummary(markdown: string): Promise<void> {
    if (!this.env.GITHUB_STEP_SUMMARY) return;
    const fitted = fitBody(markdown, {
      limit: this.summaryLimit,
      measure: utf8Bytes,
      fullReport: { label: "the step's artifacts", url: this.context.runUrl ?? null },
    });
    await core.summary.addRaw(fitted.body, true).write();
  }

  annotate(annotations: Annotation[]): void {
    for (const a of annotations) {
      const props = {
        ...(a.title ? { title: a.title } : {}),
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
      };
      if (a.level === "error") core.error(a.message, props);
      else if (a.level === "warning") core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }

  async setOutputs(outputs: Record<string, string | number | boolean>): Promise<void> {
    for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  }

  startGroup(title: string): void {
    core.startGroup(title);
  }

  endGroup(): void {
    core.endGroup();
  }

  mask(secret: string): void {
    core.setSecret(secret);
  }

  async keepFile(o: { file: string; retentionDays?: number }): Promise<KeptFile | NoThread> {
    // @actions/artifact (with the Azure blob client) is 3 MiB of code: loaded only when a file is kept.
    return (await import("./githubArtifact.js")).keepArtifact(this.env, o);
  }

  /** The octokit of this run and the repository, or why there is none. */
  private client(): { octokit: Octokit; owner: string; repo: string } | NoThread {
    const token = githubToken(this.env);
    if (!token) return { unavailable: "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)" };
    const [owner, repo] = (this.context.repository ?? "").split("/");
    if (!owner || !repo) return { unavailable: "GITHUB_REPOSITORY is not set" };
    const octokit = githubClient({
      token,
      baseUrl: this.env.GITHUB_API_URL ?? "https://api.github.com",
      warn: (m) => core.warning(m),
      ...(this.tuning ? { tuning: this.tuning } : {}),
    });
    return { octokit, owner, repo };
  }

  async runFile(o: { branch: string; artifact: string; job: string; to: string }): Promise<RunFile | NoThread> {
    const c = this.client();
    if ("unavailable" in c) return c;
    const run = Number(this.env.GITHUB_RUN_ID);
    return (await import("./githubRunFile.js")).fetchRunFile(
      c.octokit,
      { owner: c.owner, repo: c.repo },
      Number.isInteger(run) && run > 0 ? run : null,
      { branch: o.branch, artifact: o.artifact, to: o.to },
    );
  }

  async commentThread(o: { number?: number }): Promise<CommentThread | NoThread> {
    const c = this.client();
    if ("unavailable" in c) return c;
    const { octokit, owner, repo } = c;
    const number =
      o.number ??
      this.context.changeRequest ??
      (this.context.sha ? await pullRequestOfCommit(octokit, { owner, repo }, this.context.sha) : null);
    if (!number) return { unavailable: "this run belongs to no pull request (give --pr to name one)" };
    return new GithubThread(octokit, { owner, repo }, number, this.env.MODELGATE_COMMENT_AUTHOR || ACTIONS_BOT);
  }
}
