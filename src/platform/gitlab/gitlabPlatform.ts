import { appendFile } from "node:fs/promises";

import type { Annotation, Platform, RunContext } from "../port.js";

/**
 * GitLab CI: the log is the summary (in a collapsible section), outputs go to a dotenv file the job can publish
 * with `artifacts: reports: dotenv`, and findings reach the merge request widget through the JUnit report.
 */
export class GitlabPlatform implements Platform {
  readonly annotationLimit = 0;
  readonly context: RunContext;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly write: (text: string) => void = (t) => process.stdout.write(t),
  ) {
    this.context = {
      platform: "gitlab",
      ...(env.CI_PROJECT_PATH ? { repository: env.CI_PROJECT_PATH } : {}),
      ...(env.CI_COMMIT_SHA ? { sha: env.CI_COMMIT_SHA } : {}),
      ...(env.CI_JOB_URL ? { runUrl: env.CI_JOB_URL } : {}),
      workspace: env.CI_PROJECT_DIR ?? process.cwd(),
    };
  }

  info(message: string): void {
    this.write(`${message}\n`);
  }

  warning(message: string): void {
    this.write(`\u001b[33mwarning: ${message}\u001b[0m\n`);
  }

  async writeSummary(markdown: string): Promise<void> {
    const id = `modelgate_${Date.now()}`;
    const t = Math.floor(Date.now() / 1000);
    this.write(
      `\u001b[0Ksection_start:${t}:${id}[collapsed=true]\r\u001b[0Kmodelgate summary\n${markdown}\n\u001b[0Ksection_end:${t}:${id}\r\u001b[0K\n`,
    );
  }

  annotate(_annotations: Annotation[]): void {
    // GitLab has no annotations: the JUnit report carries findings to the merge request.
  }

  async setOutputs(outputs: Record<string, string | number | boolean>): Promise<void> {
    const file = this.env.MODELGATE_DOTENV ?? "modelgate.env";
    const lines = Object.entries(outputs).map(
      ([k, v]) => `MODELGATE_${k.toUpperCase().replaceAll("-", "_")}=${String(v).replaceAll("\n", " ")}`,
    );
    await appendFile(file, `${lines.join("\n")}\n`);
  }

  private section: string | null = null;

  startGroup(title: string): void {
    this.section = `modelgate_${Date.now()}`;
    this.write(
      `\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${this.section}[collapsed=true]\r\u001b[0K${title}\n`,
    );
  }

  endGroup(): void {
    if (this.section) this.write(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${this.section}\r\u001b[0K\n`);
    this.section = null;
  }

  mask(_secret: string): void {
    // Masking is configured on the CI/CD variable itself in GitLab.
  }
}
