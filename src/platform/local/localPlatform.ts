import { userInfo } from "node:os";
import { join } from "node:path";

import type { CommentThread } from "../../core/comment/applyComment.js";
import { writeOutput } from "../../core/outputFile.js";
import { consoleText } from "../../core/render/consoleText.js";
import type { Annotation, HostedRegistry, KeptFile, NoThread, Platform, RunContext, RunFile } from "../port.js";
import { LocalThread } from "./localThread.js";

/** Outside CI: messages to stderr, the summary to a file when one is named; outputs are the command's JSON. */
export class LocalPlatform implements Platform {
  readonly annotationLimit = 0;
  readonly summaryLimit = 1024 * 1024;
  readonly context: RunContext;

  constructor(
    private readonly cwd: string,
    private readonly err: (text: string) => void,
    private readonly summaryFile?: string,
  ) {
    // Who is at the terminal: the registry records them as who published or moved a stage.
    const actor = (() => {
      try {
        return userInfo().username;
      } catch {
        return undefined;
      }
    })();
    this.context = { platform: "local", workspace: cwd, ...(actor ? { actor } : {}) };
  }

  // A terminal too obeys escape sequences, and a CI log (the CLI run in any job) reads commands from stderr.
  info(message: string): void {
    this.err(`${consoleText(message)}\n`);
  }

  warning(message: string): void {
    this.err(`warning: ${consoleText(message)}\n`);
  }

  async writeSummary(markdown: string): Promise<void> {
    if (this.summaryFile) await writeOutput(this.summaryFile, markdown);
  }

  annotate(_annotations: Annotation[]): void {}

  async setOutputs(_outputs: Record<string, string | number | boolean>): Promise<void> {}

  startGroup(title: string): void {
    this.err(`── ${consoleText(title)}\n`);
  }

  endGroup(): void {}

  mask(_secret: string): void {}

  async keepFile(o: { file: string }): Promise<KeptFile | NoThread> {
    return { unavailable: `no CI run to keep it with; it stays at ${o.file}` };
  }

  async runFile(o: { branch: string }): Promise<RunFile | NoThread> {
    return { unavailable: `no CI runs here to take the ${o.branch} run's file from (give --baseline <file>)` };
  }

  async registry(): Promise<HostedRegistry | NoThread> {
    return { unavailable: "outside CI there is no hosted registry: use --registry local:<dir>" };
  }

  async commentThread(_o: { number?: number }): Promise<CommentThread | NoThread> {
    return new LocalThread(join(this.cwd, ".modelgate", "comments.json"), ".modelgate/comments.json");
  }
}
