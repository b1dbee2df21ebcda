import * as core from "@actions/core";

import type { Annotation, Platform, RunContext } from "../port.js";

/** GitHub Actions: job summary, workflow-command annotations, step outputs through @actions/core. */
export class GithubPlatform implements Platform {
  readonly annotationLimit = 10;
  readonly context: RunContext;

  constructor(env: NodeJS.ProcessEnv) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    this.context = {
      platform: "github",
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
        : {}),
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
  }

  info(message: string): void {
    core.info(message);
  }

  warning(message: string): void {
    core.warning(message);
  }

  async writeSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
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
}
