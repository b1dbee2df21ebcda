import type { SampleRunner } from "../core/drift/samples.js";
import type { RangeRunner } from "../core/validate/split.js";
import type { Platform } from "../platform/port.js";

/** What a command may touch: the working directory, the two streams, the platform. */
export interface CommandIO {
  cwd: string;
  json: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The same streams without the inerting of human text (control characters shown, no workflow-command lines):
   * for a payload that must stay byte for byte (a report's Markdown on stdout) and for output passed through as it
   * came (the training command's own, whose workflow commands and progress bars are its own). Absent: stdout/stderr.
   */
  verbatim?: { stdout(text: string): void; stderr(text: string): void };
  platform: Platform;
  /** Progress reporting, when the terminal wants it. */
  progress?: (rows: number) => void;
  /** Runs half of a large CSV in a worker thread; absent, everything runs in this thread. */
  rangeRunner?: RangeRunner;
  /** Reads the current table of `drift` in a worker thread; absent, both tables are read in this thread. */
  sampleRunner?: SampleRunner;
  /** Files at least this large are split (default SPLIT_MIN_BYTES; MODELGATE_SPLIT_MIN_BYTES overrides). */
  splitMinBytes?: number;
  /** modelgate's own version, for the records it writes (run.json's tools). */
  version?: string;
}

/** The split threshold the environment sets, if any. */
export function splitMinBytesFrom(env: NodeJS.ProcessEnv): { splitMinBytes?: number } {
  const n = Number(env.MODELGATE_SPLIT_MIN_BYTES);
  return env.MODELGATE_SPLIT_MIN_BYTES !== undefined && Number.isFinite(n) ? { splitMinBytes: n } : {};
}

/** A path as the user should read it: relative to the working directory when inside it. */
export function shown(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** Where a command's human lines go: stderr under --json, whose stdout carries the JSON document alone. */
export function humanStream(io: CommandIO): (text: string) => void {
  return io.json ? io.stderr : io.stdout;
}

/** A command's result: with --json the document on stdout and `human` on stderr; else `human` on stdout. */
export function printResult(io: CommandIO, human: string, document: unknown): void {
  if (io.json) io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  humanStream(io)(human);
}
