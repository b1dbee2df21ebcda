// Resolution in one place, before any I/O: flags ▸ modelgate.yml ▸ defaults, each value read as its kind says, then
// one zod parse into the command's typed input. A problem names the flag, or the modelgate.yml key and file.
import { dirname, resolve } from "node:path";

import { z } from "zod";

import type { Config } from "../core/config/config.js";
import { InputError } from "../core/errors.js";
import { realTarget } from "../core/outputFile.js";
import { type Command, type InputMeta, inputName, type InputOf, type Inputs, type InputValue } from "./command.js";

/** What the CLI (commander's options) or the action (its inputs' text) hands over, by camelCase key. */
export type RawInputs = Record<string, string | string[] | boolean | undefined>;

/** Where a value came from, for the message that names it. */
type Source = { from: "flag" } | { from: "config"; key: string } | { from: "default" };

const absent = (v: unknown) => v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** modelgate.yml's value at a dotted key. */
function configValue(config: Config, key: string): unknown {
  let at: unknown = config;
  for (const part of key.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = Reflect.get(at, part);
  }
  return at;
}

/** A value as the kinds read it; modelgate.yml's schema has already typed it, so anything else is a bug here. */
function inputValue(v: unknown): InputValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw new Error(`an input value of an unexpected form: ${JSON.stringify(v)}`);
}

/** A comma-separated list; `\,` keeps a comma. */
export function splitList(text: string): string[] {
  return text.split(/(?<!\\),/).map((s) => s.replaceAll("\\,", ","));
}

/** The value as its kind reads it: lists split, switches checked, paths made absolute against `base`. */
function read(def: InputMeta, value: InputValue, base: string, where: () => InputError): unknown {
  switch (def.kind) {
    case "flag": {
      if (typeof value === "boolean") return value;
      // A switch from an action input (`dry-run: yes`) that is not true or false would read as false: refused.
      const word = String(value).trim().toLowerCase();
      if (word !== "true" && word !== "false") throw where();
      return word === "true";
    }
    case "file":
      if (typeof value === "string" && def.schemes?.some((s) => value.startsWith(s))) return value;
      return typeof value === "string" ? resolve(base, value) : value;
    case "files": {
      const items = typeof value === "string" ? splitList(value) : value;
      return Array.isArray(items) ? items.map((v) => (typeof v === "string" ? resolve(base, v) : v)) : items;
    }
    case "text":
      // `local:<dir>`: the folder is relative to where it was given, as a file is.
      return def.pathAfter && typeof value === "string" && value.startsWith(def.pathAfter) && value !== def.pathAfter
        ? def.pathAfter + resolve(base, value.slice(def.pathAfter.length))
        : value;
    case "list":
      return typeof value === "string" ? splitList(value) : value;
    case "lines":
      return typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean)
        : value;
    default:
      return value;
  }
}

function problem(key: string, source: Source, message: string, configFile: string | null): InputError {
  if (source.from === "config") return new InputError(configFile ?? "modelgate.yml", { path: source.key }, message);
  return new InputError(undefined, undefined, `--${inputName(key)} ${message}`);
}

/** A command's typed input from the flags given, modelgate.yml (paths relative to it) and the declared defaults. */
export function resolveInput<D extends Inputs>(
  command: Command<D>,
  raw: RawInputs,
  config: Config,
  configFile: string | null,
  cwd: string,
): InputOf<D> {
  const values: Record<string, unknown> = {};
  const sources: Record<string, Source> = {};
  for (const [key, def] of Object.entries(command.inputs)) {
    let value: unknown = raw[key];
    let source: Source = { from: "flag" };
    if (absent(value))
      for (const k of def.config ?? []) {
        const found = configValue(config, k);
        const v = found === undefined ? undefined : def.fromConfig ? def.fromConfig(found) : found;
        if (!absent(v)) {
          value = v;
          source = { from: "config", key: k };
          break;
        }
      }
    if (absent(value) && def.default !== undefined) {
      value = def.default;
      source = { from: "default" };
    }
    if (absent(value)) {
      if (def.required)
        throw new InputError(
          undefined,
          undefined,
          `--${inputName(key)} is required${def.config ? " (or set it in modelgate.yml)" : ""}`,
        );
      continue;
    }
    const base = source.from === "config" && configFile ? dirname(configFile) : cwd;
    values[key] = read(def, inputValue(value), base, () =>
      problem(key, source, `is a switch: true or false, not ${JSON.stringify(value)}`, configFile),
    );
    sources[key] = source;
  }
  const shape = Object.fromEntries(Object.entries(command.inputs).map(([k, d]) => [k, d.schema]));
  const parsed = z.object(shape).safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    throw problem(key, sources[key] ?? { from: "flag" }, issue.message, configFile);
  }
  return parsed.data as InputOf<D>;
}

/**
 * Refuse, before anything is read or written, a command whose output file is one of its input files (`--out` equal
 * to `--data`, or a link to it), the modelgate.yml it was configured from, or another of its outputs: the input
 * would be lost, or one output overwrite another.
 */
export async function refuseOverwritingInputs(
  command: Command<Inputs>,
  input: Record<string, unknown>,
  configFile?: string | null,
): Promise<void> {
  const reads: { flag: string; path: string }[] = configFile
    ? [{ flag: "the config file", path: await realTarget(configFile) }]
    : [];
  const writes: { flag: string; path: string }[] = [];
  for (const [key, def] of Object.entries(command.inputs)) {
    if (def.kind !== "file" && def.kind !== "files") continue;
    const value = input[key];
    const paths = typeof value === "string" ? [value] : Array.isArray(value) ? value.map(String) : [];
    for (const v of paths)
      (def.writes ? writes : reads).push({ flag: `--${inputName(key)}`, path: await realTarget(v) });
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
