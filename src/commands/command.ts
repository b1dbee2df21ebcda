// A command declared once: its words, its inputs (each a kind, a description, a default, a modelgate.yml key and a
// zod schema) and its outputs. The CLI, the actions and their action.yml files, the GitLab components' inputs, the
// build's entries, the README reference and the JSON Schemas are all made from these declarations.
import { z } from "zod";

import type { Config } from "../core/config/config.js";
import type { CommandIO } from "./io.js";

/** What an input holds: decides how it is read from a flag, an action input and modelgate.yml, and how it is shown. */
export type InputKind = "file" | "files" | "number" | "enum" | "list" | "lines" | "text" | "flag";

/** A value after the kind's reading and before the schema: a flag's or action input's text, or modelgate.yml's value. */
export type InputValue = string | number | boolean | string[];

export interface InputMeta {
  readonly kind: InputKind;
  readonly description: string;
  /** The CLI's value placeholder (`<file>`, `<rule>`); none for a flag. */
  readonly placeholder?: string;
  readonly required?: boolean;
  /** Applied when neither the flag nor modelgate.yml gives a value; a file default is relative to the working directory. */
  readonly default?: InputValue;
  /** modelgate.yml keys (dotted) that supply it when the flag is absent: the first one set wins. */
  readonly config?: readonly string[];
  /** Turns the value found in modelgate.yml into the input's own form (a map of directions into `metric=higher` lines). */
  readonly fromConfig?: (value: unknown) => InputValue | undefined;
  /** A file the command writes: never one of its input files (nor another of its outputs). */
  readonly writes?: boolean;
  /** On the CLI, the trailing arguments rather than a flag (`profile merge a.json b.json`). */
  readonly positional?: boolean;
  /** An enum's words. */
  readonly values?: readonly string[];
  /** A number's range. */
  readonly range?: { min: number; max: number; integer?: boolean };
  /** A file input's values that are references, not paths (`registry:churn@production`): kept as given. */
  readonly schemes?: readonly string[];
  /** A text input whose value after this prefix is a path (`local:<dir>`): resolved like a file input's. */
  readonly pathAfter?: string;
}

/** One input: what it is, and the schema its value goes through into the command's typed input. */
export interface Input<T> extends InputMeta {
  readonly schema: z.ZodType<T, unknown>;
}

export type Inputs = Record<string, Input<unknown>>;

type ValueOf<I> = I extends Input<infer T> ? T : never;
/** The inputs that may be absent: their key is optional in the typed input. */
type OptionalKeys<D extends Inputs> = { [K in keyof D]: undefined extends ValueOf<D[K]> ? K : never }[keyof D];

/** The typed input a command runs on: each declared input's parsed value, by its camelCase key. */
export type InputOf<D extends Inputs> = { [K in Exclude<keyof D, OptionalKeys<D>>]: ValueOf<D[K]> } & {
  [K in OptionalKeys<D>]?: ValueOf<D[K]>;
};

export interface OutputSpec {
  name: string;
  description: string;
}

/** A GitHub action of its own for a command (actions/<dir>/action.yml, dist/<dir>.js). */
export interface ActionSpec {
  dir: string;
  /** The action takes `github-token`: true for the comment token; a text describes another use of it. */
  token?: boolean | string;
}

export interface Command<D extends Inputs = Inputs> {
  /** The action / dispatch name. */
  readonly name: string;
  /** The CLI words, e.g. ["schema", "infer"]. */
  readonly words: readonly string[];
  readonly summary: string;
  /** By camelCase key; the flag and the action input are its kebab-case form. */
  readonly inputs: D;
  readonly outputs: readonly OutputSpec[];
  readonly action?: ActionSpec;
  /**
   * Runs the command; its code loads only then (onnxruntime only for the commands that run a model). A method, so
   * that the registry lists commands of different inputs as one type: each is checked where it is declared.
   */
  run(input: InputOf<D>, io: CommandIO, context: RunContext): Promise<number>;
}

/** What a run knows beyond its input: where its config came from (the pipeline hands it on to each stage). */
export interface RunContext {
  configFile: string | undefined;
  /** modelgate.yml as read (empty when there is none): for sections no single input holds (registry.stages). */
  config: Config;
}

/** Declares a command: typed by its inputs, so `run` gets exactly what they parse to. */
export function defineCommand<D extends Inputs>(command: Command<D>): Command<D> {
  return command;
}

/** The kebab-case name a camelCase key has as a flag and an action input. */
export function inputName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The input's description with its default, as help, action.yml and the README show it. */
export function describeInput(def: InputMeta): string {
  return def.default === undefined || def.kind === "flag"
    ? def.description
    : `${def.description} Default: \`${String(def.default)}\`.`;
}

// ---- The kinds. Each builder's schema reads the value the resolver hands it (text from a flag or an action
// input, or modelgate.yml's own value) and says what is wrong in words that follow the flag's name.

interface Common {
  config?: string | readonly string[];
  fromConfig?: (value: unknown) => InputValue | undefined;
  placeholder?: string;
}
interface Required {
  required: true;
}

function meta(kind: InputKind, description: string, o: Common & { required?: boolean; default?: InputValue }) {
  return {
    kind,
    description,
    ...(o.placeholder !== undefined ? { placeholder: o.placeholder } : {}),
    ...(o.required ? { required: true } : {}),
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.config !== undefined ? { config: typeof o.config === "string" ? [o.config] : o.config } : {}),
    ...(o.fromConfig ? { fromConfig: o.fromConfig } : {}),
  };
}

/** Optional unless the resolver always supplies it (required, or defaulted). */
function maybe<T>(schema: z.ZodType<T>, o: { required?: boolean; default?: unknown }): z.ZodType<T | undefined> {
  return o.required || o.default !== undefined ? schema : schema.optional();
}

const text1 = z.string({ error: "must be text" });
const textList = z.array(z.string({ error: "must be a list of text" }), { error: "must be a list" });

/** A file the command reads; the path is absolute once resolved. */
export function file(description: string, o: Common & (Required | { default: string })): Input<string>;
export function file(description: string, o?: Common & { schemes?: readonly string[] }): Input<string | undefined>;
export function file(
  description: string,
  o: Common & { required?: boolean; default?: string; schemes?: readonly string[] } = {},
): Input<unknown> {
  return {
    ...meta("file", description, o),
    placeholder: o.placeholder ?? "<file>",
    ...(o.schemes ? { schemes: o.schemes } : {}),
    schema: maybe(text1, o),
  };
}

/** A file the command writes. */
export function output(description: string, o: Common & (Required | { default: string })): Input<string>;
export function output(description: string, o?: Common): Input<string | undefined>;
export function output(description: string, o: Common & { required?: boolean; default?: string } = {}): Input<unknown> {
  return { ...file(description, o), writes: true };
}

/** Several files: comma-separated as a flag or an action input, a list in modelgate.yml. */
export function files(description: string, o: Common & Required & { positional?: boolean }): Input<string[]>;
export function files(description: string, o?: Common & { positional?: boolean }): Input<string[] | undefined>;
export function files(
  description: string,
  o: Common & { required?: boolean; positional?: boolean } = {},
): Input<unknown> {
  return {
    ...meta("files", description, o),
    placeholder: o.placeholder ?? "<files>",
    ...(o.positional ? { positional: true } : {}),
    schema: maybe(textList, o),
  };
}

/** Text as given. `values` makes it an enum. */
export function text(
  description: string,
  o: Common & (Required | { default: string }) & { positional?: boolean },
): Input<string>;
export function text(description: string, o?: Common & { pathAfter?: string }): Input<string | undefined>;
export function text(
  description: string,
  o: Common & { required?: boolean; default?: string; positional?: boolean; pathAfter?: string } = {},
): Input<unknown> {
  return {
    ...meta("text", description, o),
    placeholder: o.placeholder ?? "<text>",
    ...(o.positional ? { positional: true } : {}),
    ...(o.pathAfter ? { pathAfter: o.pathAfter } : {}),
    schema: maybe(text1, o),
  };
}

/** Text that must match a pattern; `what` completes "must be …" (e.g. "an http(s) address"). */
export function pattern(
  description: string,
  o: Common & { test: (value: string) => boolean; what: string; placeholder: string },
): Input<string | undefined> {
  return {
    ...meta("text", description, o),
    schema: text1.optional().refine((v) => v === undefined || o.test(v), {
      error: (issue) => `must be ${o.what}, not ${JSON.stringify(issue.input)}`,
    }),
  };
}

/** One of a few words. */
export function choice<const V extends readonly [string, ...string[]]>(
  description: string,
  values: V,
  o: Common & (Required | { default: V[number] }),
): Input<V[number]>;
export function choice<const V extends readonly [string, ...string[]]>(
  description: string,
  values: V,
  o?: Common,
): Input<V[number] | undefined>;
export function choice(
  description: string,
  values: readonly [string, ...string[]],
  o: Common & { required?: boolean; default?: string } = {},
): Input<unknown> {
  const words = values.length === 2 ? `${values[0]} or ${values[1]}` : `one of ${values.join(", ")}`;
  return {
    ...meta("enum", description, o),
    placeholder: o.placeholder ?? `<${values.join("|")}>`,
    values,
    schema: maybe(z.enum(values, { error: (issue) => `must be ${words}, not ${JSON.stringify(issue.input)}` }), o),
  };
}

/** A number in a range: text from a flag, a number from modelgate.yml. */
export function number(description: string, o: Common & NumberRange & (Required | { default: number })): Input<number>;
export function number(description: string, o: Common & NumberRange): Input<number | undefined>;
export function number(
  description: string,
  o: Common & NumberRange & { required?: boolean; default?: number },
): Input<unknown> {
  return {
    ...meta("number", description, o),
    placeholder: o.placeholder ?? "<n>",
    range: { min: o.min, max: o.max, ...(o.integer ? { integer: true } : {}) },
    schema: z
      .unknown()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        // Decimal notation only: Number() would also take "0x1", "0b1" and "" (as 0).
        const n = typeof v === "number" ? v : typeof v === "string" && DECIMAL.test(v.trim()) ? Number(v) : Number.NaN;
        const inRange = o.aboveMin ? n > o.min : n >= o.min;
        if (Number.isFinite(n) && inRange && n <= o.max && (!o.integer || Number.isInteger(n))) return n;
        ctx.addIssue({
          code: "custom",
          message: `must be ${o.what ?? `a ${o.integer ? "whole number" : "number"} from ${o.min} to ${o.max}`}, not ${JSON.stringify(v)}`,
        });
        return z.NEVER;
      }),
  };
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
  /** The range excludes `min` itself. */
  aboveMin?: boolean;
  /** The words after "must be" when the range alone says it badly ("a positive number of seconds"). */
  what?: string;
}

/** Comma-separated text (`\,` keeps a comma), or a list in modelgate.yml. */
export function list(description: string, o: Common = {}): Input<string[] | undefined> {
  return { ...meta("list", description, o), placeholder: o.placeholder ?? "<list>", schema: textList.optional() };
}

/** Given once per value: a repeated flag, one value per line as an action input, a list in modelgate.yml. */
export function lines(description: string, o: Common & { placeholder: string }): Input<string[] | undefined> {
  return { ...meta("lines", description, o), schema: textList.optional() };
}

/** A switch: true when given (`--dry-run`); an action input must say true or false. */
export function flag(description: string, o: Common = {}): Input<boolean> {
  return {
    ...meta("flag", description, { ...o, default: false }),
    schema: z.boolean({ error: "must be true or false" }),
  };
}
