// What a command declares: its CLI words, options (flags and action inputs alike) and outputs.
import type { Config } from "../core/config/config.js";

/** One option of a command: the CLI flag and the action input share this name (kebab-case). */
export interface OptionSpec {
  name: string;
  /** Commander's value placeholder, or null for a boolean switch. */
  arg: string | null;
  description: string;
  required?: boolean;
  list?: boolean;
  /** Given once per value on the CLI (`--rule a --rule b`); one value per line as an action input. */
  repeatable?: boolean;
  /** Where modelgate.yml supplies it when the flag is absent. */
  fromConfig?: (c: Config) => string | string[] | undefined;
  /** A file the command writes: it may never be one of the command's input files (nor another output). */
  writes?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface CommandSpec {
  /** The action / dispatch name. */
  name: string;
  /** The CLI words, e.g. ["schema", "infer"]. */
  words: string[];
  summary: string;
  options: OptionSpec[];
  outputs: OutputSpec[];
}
