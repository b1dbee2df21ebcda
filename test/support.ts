// Shared helpers for the schema, validate, profile, config, render, CLI and action tests: fixtures, temp
// folders, and a plain CSV model of the (quote-free) loan fixtures to corrupt at known rows.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { main } from "../src/cli/main.js";
import { errorMessage, InputError } from "../src/core/errors.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURES = join(ROOT, "test", "fixtures");

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export const LOAN_COLUMNS = [
  "loan_id",
  "application_date",
  "age",
  "income",
  "debt_ratio",
  "state",
  "employment",
  "has_mortgage",
  "default",
] as const;
export const LOAN_STATES = ["CA", "FL", "GA", "IL", "MI", "NC", "NY", "OH", "PA", "TX"] as const;
export const LOAN_EMPLOYMENT = ["retired", "salaried", "self_employed", "unemployed"] as const;

export interface TempDir {
  path: string;
  file: (name: string) => string;
  write: (name: string, text: string) => Promise<string>;
  remove: () => Promise<void>;
}

/** A fresh folder under the OS temp dir. */
export async function makeTemp(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), `modelgate-${prefix}-`));
  const file = (name: string) => join(path, name);
  return {
    path,
    file,
    write: async (name, text) => {
      await writeFile(file(name), text);
      return file(name);
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** A CSV without quoted fields, as header + rows of cells (the loan fixtures are such files). */
export interface PlainCsv {
  header: string[];
  rows: string[][];
}

export function parsePlainCsv(text: string): PlainCsv {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const [head, ...rest] = lines;
  if (head === undefined) throw new Error("empty CSV");
  if (text.includes('"')) throw new Error("parsePlainCsv takes only files without quotes");
  return { header: head.split(","), rows: rest.map((l) => l.split(",")) };
}

export async function readPlainCsv(file: string): Promise<PlainCsv> {
  return parsePlainCsv(await readFile(file, "utf8"));
}

export function csvText(csv: PlainCsv): string {
  return `${[csv.header, ...csv.rows].map((r) => r.join(",")).join("\n")}\n`;
}

export function cloneCsv(csv: PlainCsv): PlainCsv {
  return { header: [...csv.header], rows: csv.rows.map((r) => [...r]) };
}

/** The index of a column (throws when absent, so a typo fails loudly). */
export function col(csv: PlainCsv, name: string): number {
  const i = csv.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
}

/** The cells of one column. */
export function column(csv: PlainCsv, name: string): string[] {
  const i = col(csv, name);
  return csv.rows.map((r) => r[i]!);
}

/** Set the cell of a 1-based data row; returns the previous text. */
export function setCell(csv: PlainCsv, row: number, name: string, value: string): string {
  const r = csv.rows[row - 1];
  if (!r) throw new Error(`no data row ${row}`);
  const i = col(csv, name);
  const old = r[i]!;
  r[i] = value;
  return old;
}

export function getCell(csv: PlainCsv, row: number, name: string): string {
  const r = csv.rows[row - 1];
  if (!r) throw new Error(`no data row ${row}`);
  return r[col(csv, name)]!;
}

/** Runs `fn` and returns the InputError it throws (fails the test with a clear message otherwise). */
export async function inputErrorOf(fn: () => unknown): Promise<InputError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${errorMessage(e)}`, { cause: e });
  }
  throw new Error("expected an InputError, but nothing was thrown");
}

/** Collects what a command writes to one stream. */
export class Sink {
  private parts: string[] = [];
  readonly write = (text: string): void => {
    this.parts.push(text);
  };
  get text(): string {
    return this.parts.join("");
  }
  get lines(): string[] {
    return this.text.split("\n").filter((l) => l !== "");
  }
}

/** Escape text for use inside a RegExp. */
export function reEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Run the CLI in-process in `cwd` (local platform), capturing both streams. */
export async function runCli(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    env: { MODELGATE_PLATFORM: "local" },
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: "0",
  });
  return { code, stdout, stderr };
}

/** Where a Node 24 binary may be: $MODELGATE_NODE24, this process (when it is 24), `node24` on PATH, or a copy cached under /tmp. */
export function findNode24(): string | null {
  const candidates = [process.env.MODELGATE_NODE24, process.execPath, "node24", "/tmp/modelgate-node24/bin/node"];
  for (const c of candidates) {
    if (!c || (c.includes("/") && !existsSync(c))) continue;
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 10_000 });
    if (r.status === 0 && /^v24\./.test(r.stdout.trim())) return c;
  }
  return null;
}
