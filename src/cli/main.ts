import { Command, CommanderError, Option } from "commander";

import { type CommandIO, type RawInputs, splitMinBytesFrom } from "../commands/io.js";
import { runCommand } from "../commands/run.js";
import { COMMANDS, type CommandSpec } from "../commands/specs.js";
import type { SampleRunner } from "../core/drift/samples.js";
import { errorMessage, InputError } from "../core/errors.js";
import { consoleJson, consoleWriter } from "../core/render/consoleText.js";
import type { RangeRunner } from "../core/validate/split.js";
import { createPlatform } from "../platform/detect.js";
import { terminalProgress } from "./progress.js";

export interface CliEnv {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The terminal stream for progress, when there is one. */
  tty?: NodeJS.WriteStream;
  version: string;
  /** Runs half of a large CSV in a worker (the bundle provides one; in-process tests run single-threaded). */
  rangeRunner?: RangeRunner;
  sampleRunner?: SampleRunner;
}

interface GlobalOptions {
  config?: string;
  json?: boolean;
  debug?: boolean;
}

function addOptions(cmd: Command, spec: CommandSpec): Command {
  for (const opt of spec.options) {
    if (spec.name === "profile-merge" && opt.name === "profiles") continue; // positional on the CLI
    const o: Option = new Option(
      `--${opt.name}${opt.arg ? ` ${opt.arg}` : ""}`,
      opt.description + (opt.required ? " (required)" : ""),
    );
    if (opt.repeatable) o.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    cmd.addOption(o);
  }
  return cmd;
}

/** The modelgate CLI: returns the exit code (0 pass, 1 failed check or gate, 2 unusable input, config or usage). */
export async function main(argv: string[], cli: CliEnv): Promise<number> {
  let code = 0;
  let debug = argv.includes("--debug");
  // Human text carries names and values from the data: made inert for CI logs and terminals (no escape sequences,
  // no line a runner reads as a workflow command). Payloads and the training command's own output stay as they are.
  const human = { stdout: consoleWriter(cli.stdout), stderr: consoleWriter(cli.stderr) };
  const program = new Command("modelgate")
    .description(
      "MLOps gates on every pull request: validate data, profile it, and (as they land) evaluate, gate, drift and release models.",
    )
    .version(cli.version)
    .option("--config <file>", "modelgate.yml to read (default: modelgate.yml in the working directory)")
    .option("--json", "print machine-readable JSON on stdout (human output goes to stderr)")
    .option("--debug", "print stack traces of errors")
    .exitOverride()
    .configureOutput({
      writeOut: human.stdout,
      writeErr: human.stderr,
      outputError: (s, write) => write(`modelgate: ${s.replace(/^error: /, "")}`),
    })
    .showHelpAfterError("(run with --help for usage)");

  const run =
    (spec: CommandSpec) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = cmd.optsWithGlobals<GlobalOptions & RawInputs>();
      debug = Boolean(opts.debug);
      if (spec.name === "profile-merge") opts.profiles = args[0] as string[];
      const progress = cli.tty ? terminalProgress(cli.tty, cli.env) : null;
      const io: CommandIO = {
        cwd: cli.cwd,
        json: Boolean(opts.json),
        stdout: opts.json ? (t) => cli.stdout(consoleJson(t)) : human.stdout,
        stderr: human.stderr,
        verbatim: { stdout: cli.stdout, stderr: cli.stderr },
        // The platform's log (messages, groups, annotations, masks, GitLab's summary) goes to stderr: stdout carries
        // only the command's result, a payload with --json or a report's Markdown. The adapters make their text inert.
        platform: await createPlatform(cli.env, { cwd: cli.cwd, err: cli.stderr, out: cli.stderr }),
        ...(progress ? { progress: progress.update } : {}),
        ...(cli.rangeRunner ? { rangeRunner: cli.rangeRunner } : {}),
        ...(cli.sampleRunner ? { sampleRunner: cli.sampleRunner } : {}),
        ...splitMinBytesFrom(cli.env),
        version: cli.version,
      };
      try {
        code = await runCommand(spec.name, opts, io, opts.config);
      } finally {
        progress?.done();
      }
    };

  const byWords = new Map<string, Command>();
  for (const spec of COMMANDS) {
    const [first, second] = spec.words as [string, string?];
    if (!second) {
      const cmd = addOptions(program.command(first).description(spec.summary), spec).action(run(spec));
      byWords.set(first, cmd);
      continue;
    }
    let parent = byWords.get(first);
    if (!parent) {
      parent = program.command(first).description(`${first} commands`);
      byWords.set(first, parent);
    }
    const sub = parent.command(second).description(spec.summary);
    if (spec.name === "profile-merge") sub.argument("<profiles...>", "the profile files to merge");
    addOptions(sub, spec).action(run(spec));
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // Paths read as the user typed them: relative to the working directory.
    human.stderr(`modelgate: ${errorMessage(e).replaceAll(`${cli.cwd}/`, "")}\n`);
    if (debug && e instanceof Error && e.stack) human.stderr(`${e.stack}\n`);
    else if (!(e instanceof InputError)) human.stderr("(an unexpected error: run with --debug for the stack trace)\n");
    return 2;
  }
}
