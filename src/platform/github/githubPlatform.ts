import * as core from "@actions/core";

import type { CommentThread } from "../../core/comment/applyComment.js";
import { fitBody, utf8Bytes } from "../../core/comment/fitBody.js";
import { consoleText } from "../../core/render/consoleText.js";
import type { Annotation, HostedRegistry, KeptFile, NoThread, Platform, RunContext, RunFile } from "../port.js";
import type { GithubApi, Octokit } from "./githubClient.js";
import { headShaOfEvent, pullRequestOfCommit, pullRequestOfEvent } from "./githubContext.js";
import { ACTIONS_BOT, GithubThread } from "./githubThread.js";
import { maskCommand, workflowCommand } from "./workflowCommands.js";

/** GitHub keeps at most 1 MiB of job summary per step. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core; comments through octokit. */
export class GithubPlatform implements Platform {
  readonly annotationLimit = 10;
  readonly summaryLimit = GITHUB_SUMMARY_LIMIT;
  readonly context: RunContext;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** The API access (detect.ts builds it from the environment); null when there is no token. */
    private readonly api: GithubApi | null,
    /**
     * Where the log goes: `out` takes messages, groups and annotations (the CLI gives stderr: its stdout carries
     * the command's result), `err` takes masks, which must never land in a payload. The runner reads commands from both.
     */
    private readonly log: { out: (text: string) => void; err: (text: string) => void } = {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
    },
  ) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const pr = pullRequestOfEvent(env);
    const head = headShaOfEvent(env);
    this.context = {
      platform: "github",
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(head && head !== env.GITHUB_SHA ? { headSha: head } : {}),
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
    if (api) this.mask(api.token);
  }

  info(message: string): void {
    this.log.out(`${consoleText(message)}\n`);
  }

  warning(message: string): void {
    this.log.out(workflowCommand("warning", {}, message));
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
      this.log.out(workflowCommand(a.level, { title: a.title, file: a.file, line: a.line || undefined }, a.message));
    }
  }

  async setOutputs(outputs: Record<string, string | number | boolean>): Promise<void> {
    for (const [k, v] of Object.entries(outputs)) {
      // The runner's output file; without one (a local try, a very old runner) @actions/core would print the old
      // `::set-output` command on stdout, which may carry a payload: it goes to the log stream instead.
      if (process.env.GITHUB_OUTPUT) core.setOutput(k, v);
      else this.log.out(workflowCommand("set-output", { name: k }, String(v)));
    }
  }

  startGroup(title: string): void {
    this.log.out(workflowCommand("group", {}, title));
  }

  endGroup(): void {
    this.log.out(workflowCommand("endgroup", {}, ""));
  }

  mask(secret: string): void {
    if (secret) this.log.err(maskCommand(secret));
  }

  async keepFile(o: { file: string; retentionDays?: number }): Promise<KeptFile | NoThread> {
    // @actions/artifact (with the Azure blob client) is 3 MiB of code: loaded only when a file is kept.
    return (await import("./githubArtifact.js")).keepArtifact(this.env, o);
  }

  /** The octokit of this run and the repository, or why there is none. */
  private client(): { octokit: Octokit; owner: string; repo: string } | NoThread {
    if (!this.api) return { unavailable: "no GitHub token (give the action `github-token`, or set GITHUB_TOKEN)" };
    const [owner, repo] = (this.context.repository ?? "").split("/");
    if (!owner || !repo) return { unavailable: "GITHUB_REPOSITORY is not set" };
    // A line per retry, in the log (not an annotation each): the final failure is the one warning.
    return { octokit: this.api.octokit((m) => this.info(m)), owner, repo };
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

  async registry(): Promise<HostedRegistry | NoThread> {
    const c = this.client();
    if ("unavailable" in c) return c;
    const { GithubRegistry } = await import("./githubRegistry.js");
    const { currentRun, runApprovals } = await import("./githubApprovals.js");
    const store = new GithubRegistry(c.octokit, {
      owner: c.owner,
      repo: c.repo,
      ...(this.context.sha ? { commit: this.context.sha } : {}),
      say: (line) => this.info(line),
    });
    const run = currentRun(this.env);
    // Outside a workflow run there is no review history: no approval on record.
    return { store, approvals: async () => (run ? runApprovals(c.octokit, run) : []) };
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
