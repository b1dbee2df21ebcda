import { dirname, isAbsolute, resolve } from "node:path";

import type { Config } from "../core/config/config.js";
import type { SampleRunner } from "../core/drift/samples.js";
import { InputError } from "../core/errors.js";
import { realTarget } from "../core/outputFile.js";
import type { RangeRunner } from "../core/validate/split.js";
import type { Platform } from "../platform/port.js";
import { type CommandSpec, optionKey } from "./specs.js";

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

export type RawInputs = Record<string, string | string[] | boolean | undefined>;
export type Inputs = Record<string, string | string[] | undefined>;

/** Flag values first, then modelgate.yml; paths from the config are relative to the config file. */
export function resolveInputs(
  spec: CommandSpec,
  raw: RawInputs,
  config: Config,
  configFile: string | null,
  cwd: string,
): Inputs {
  const out: Inputs = {};
  for (const opt of spec.options) {
    const key = optionKey(opt.name);
    let value = raw[key];
    let viaConfig = false;
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
      const fromConfig = opt.fromConfig?.(config);
      viaConfig = fromConfig !== undefined;
      if (
        fromConfig !== undefined &&
        configFile &&
        opt.arg === "<file>" &&
        typeof fromConfig === "string" &&
        !isAbsolute(fromConfig)
      ) {
        value = resolve(dirname(configFile), fromConfig);
      } else value = fromConfig;
    }
    if (typeof value === "boolean") value = String(value);
    // A switch from an action input (`dry-run: yes`) that is not true or false would read as false: refused.
    if (opt.arg === null && typeof value === "string") {
      const flag = value.trim().toLowerCase();
      if (flag !== "true" && flag !== "false")
        throw new InputError(
          undefined,
          undefined,
          `--${opt.name} is a switch: true or false, not ${JSON.stringify(value)}`,
        );
      value = flag;
    }
    if (value !== undefined && opt.list && typeof value === "string") value = splitList(value);
    if (value !== undefined && opt.repeatable && typeof value === "string")
      value = value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    if (typeof value === "string" && opt.arg === "<file>") value = resolve(cwd, value);
    if (Array.isArray(value) && opt.arg === "<files>") {
      const base = viaConfig && configFile ? dirname(configFile) : cwd;
      value = value.map((v) => resolve(base, v));
    }
    if ((value === undefined || value === "") && opt.required) {
      throw new InputError(
        undefined,
        undefined,
        `--${opt.name} is required${opt.fromConfig ? " (or set it in modelgate.yml)" : ""}`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** A comma-separated list; `\,` keeps a comma. */
export function splitList(text: string): string[] {
  return text.split(/(?<!\\),/).map((s) => s.replaceAll("\\,", ","));
}

/** A path as the user should read it: relative to the working directory when inside it. */
export function shown(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/**
 * A numeric flag, checked against its range: undefined when absent. One line names the flag and the value when
 * it is not a number in range (or not whole, when `integer`).
 */
export function numberOption(
  name: string,
  value: string | string[] | undefined,
  range: { min: number; max: number; integer?: boolean },
): number | undefined {
  if (typeof value !== "string") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < range.min || n > range.max || (range.integer && !Number.isInteger(n)))
    throw new InputError(
      undefined,
      undefined,
      `--${name} must be a ${range.integer ? "whole number" : "number"} from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`,
    );
  return n;
}

/**
 * Refuse, before anything is read or written, a command whose output file is one of its input files (`--out` equal
 * to `--data`, or a link to it), the modelgate.yml it was configured from, or another of its outputs: the input
 * would be lost, or one output overwrite another.
 */
export async function refuseOverwritingInputs(
  spec: CommandSpec,
  inputs: Inputs,
  configFile?: string | null,
): Promise<void> {
  const reads: { flag: string; path: string }[] = configFile
    ? [{ flag: "the config file", path: await realTarget(configFile) }]
    : [];
  const writes: { flag: string; path: string }[] = [];
  for (const opt of spec.options) {
    if (opt.arg !== "<file>" && opt.arg !== "<files>") continue;
    const value = inputs[optionKey(opt.name)];
    for (const v of typeof value === "string" ? [value] : (value ?? []))
      (opt.writes ? writes : reads).push({ flag: `--${opt.name}`, path: await realTarget(v) });
  }
  for (const [i, out] of writes.entries()) {
    const clash = [...reads, ...writes.slice(0, i)].find((x) => x.path === out.path);
    if (clash)
      throw new InputError(
        out.path,
        undefined,
        `${out.flag} would overwrite ${clash.flag}, the same file: name another file for ${out.flag}`,
      );
  }
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
