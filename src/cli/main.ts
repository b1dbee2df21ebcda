import { Command, CommanderError, Option } from "commander";

import { type Command as ModelgateCommand, describeInput, inputName, type Inputs } from "../commands/command.js";
import { type CommandIO, splitMinBytesFrom } from "../commands/io.js";
import { COMMANDS } from "../commands/registry.js";
import type { RawInputs } from "../commands/resolve.js";
import { runCommand } from "../commands/run.js";
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

/** The command's inputs as commander's options, or as its trailing arguments for a positional one. */
function addInputs(cmd: Command, command: ModelgateCommand<Inputs>): Command {
  for (const [key, def] of Object.entries(command.inputs)) {
    const help = describeInput(def) + (def.required ? " (required)" : "");
    if (def.positional) {
      cmd.argument(def.kind === "files" ? `<${inputName(key)}...>` : `<${inputName(key)}>`, help);
      continue;
    }
    const o = new Option(`--${inputName(key)}${def.kind === "flag" ? "" : ` ${def.placeholder ?? "<value>"}`}`, help);
    if (def.kind === "lines")
      // A value may hold several lines (a CI input passed whole); an empty one (an unset component input) adds none.
      o.argParser((value: string, previous: string[] | undefined) => [
        ...(previous ?? []),
        ...value
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter(Boolean),
      ]);
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
      "MLOps gates on every pull request: validate data, train, evaluate the ONNX model, gate it, watch drift, report on the pull/merge request, and publish, promote and roll back gated models.",
    )
    // `modelgate --version` is answered before commander: a global --version option would swallow publish's and
    // promote's own --version.
    .addHelpText("after", "\nmodelgate --version prints the version.")
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

  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    cli.stdout(`${cli.version}\n`);
    return 0;
  }

  const run = (command: ModelgateCommand<Inputs>) =>
    async function (this: Command) {
      const opts = this.optsWithGlobals<GlobalOptions & RawInputs>();
      debug = Boolean(opts.debug);
      // A positional input is the trailing arguments (commander checks they are given).
      const positional = Object.entries(command.inputs).find(([, d]) => d.positional);
      if (positional) opts[positional[0]] = positional[1].kind === "files" ? this.args : this.args[0];
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
        code = await runCommand(command.name, opts, io, opts.config);
      } finally {
        progress?.done();
      }
    };

  const byWords = new Map<string, Command>();
  for (const command of COMMANDS) {
    const [first, second] = command.words;
    if (!first) continue;
    if (!second) {
      const cmd = addInputs(program.command(first).description(command.summary), command).action(run(command));
      byWords.set(first, cmd);
      continue;
    }
    let parent = byWords.get(first);
    if (!parent) {
      parent = program.command(first).description(`${first} commands`);
      byWords.set(first, parent);
    }
    addInputs(parent.command(second).description(command.summary), command).action(run(command));
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
