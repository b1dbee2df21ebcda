import { writeFile } from "node:fs/promises";

import type { Annotation, Platform, RunContext } from "../port.js";

/** Outside CI: messages to stderr, the summary to a file when one is named; outputs are the command's JSON. */
export class LocalPlatform implements Platform {
  readonly annotationLimit = 0;
  readonly context: RunContext;

  constructor(
    cwd: string,
    private readonly err: (text: string) => void,
    private readonly summaryFile?: string,
  ) {
    this.context = { platform: "local", workspace: cwd };
  }

  info(message: string): void {
    this.err(`${message}\n`);
  }

  warning(message: string): void {
    this.err(`warning: ${message}\n`);
  }

  async writeSummary(markdown: string): Promise<void> {
    if (this.summaryFile) await writeFile(this.summaryFile, markdown);
  }

  annotate(_annotations: Annotation[]): void {}

  async setOutputs(_outputs: Record<string, string | number | boolean>): Promise<void> {}

  startGroup(title: string): void {
    this.err(`── ${title}\n`);
  }

  endGroup(): void {}

  mask(_secret: string): void {}
}
