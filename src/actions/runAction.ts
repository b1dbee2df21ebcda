import * as core from "@actions/core";

import { inputName } from "../commands/command.js";
import { type CommandIO, splitMinBytesFrom } from "../commands/io.js";
import { commandNamed } from "../commands/registry.js";
import type { RawInputs } from "../commands/resolve.js";
import { runCommand } from "../commands/run.js";
import type { SampleRunner } from "../core/drift/samples.js";
import { errorMessage, InputError } from "../core/errors.js";
import { consoleText, consoleWriter } from "../core/render/consoleText.js";
import type { RangeRunner } from "../core/validate/split.js";
import { createPlatform } from "../platform/detect.js";

/** The root action's own inputs: which command, the config, the token. Every other input is a command's flag. */
export const ROOT_INPUTS = ["modelgate-command", "config", "github-token"];

/** The action inputs the workflow set (the runner passes each `with:` key as INPUT_<NAME>), as their input names. */
function inputsSet(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([k, v]) => k.startsWith("INPUT_") && v !== undefined && v !== "")
    .map(([k]) => k.slice("INPUT_".length).toLowerCase());
}

/**
 * Run one command as a GitHub action step: inputs are the CLI flags' names; exit 1 and 2 fail the step. The root
 * action (`name` null) runs `modelgate-command`, or without one the pipeline modelgate.yml describes.
 */
export async function runAction(
  name: string | null,
  env: NodeJS.ProcessEnv = process.env,
  workers: { rangeRunner?: RangeRunner; sampleRunner?: SampleRunner; version?: string } = {},
): Promise<void> {
  try {
    const command = name ?? (core.getInput("modelgate-command") || "pipeline");
    const spec = commandNamed(command);
    if (!spec) throw new InputError(undefined, undefined, `unknown command ${JSON.stringify(command)}`);
    const known = new Set([...ROOT_INPUTS, ...Object.keys(spec.inputs).map(inputName)]);
    const stray = inputsSet(env).filter((i) => !known.has(i));
    // Only the root action declares every command's inputs; one the command does not take would be silently lost.
    if (name === null && stray.length)
      throw new InputError(
        undefined,
        undefined,
        command === "pipeline"
          ? `the pipeline reads its settings from modelgate.yml; input ${stray.join(", ")} applies only with modelgate-command`
          : `modelgate ${command} takes no input ${stray.join(", ")}`,
      );
    const raw: RawInputs = {};
    for (const key of Object.keys(spec.inputs)) {
      const value = core.getInput(inputName(key));
      if (value !== "") raw[key] = value;
    }
    const cwd = process.cwd();
    const out = (t: string) => void process.stdout.write(t);
    const err = (t: string) => void process.stderr.write(t);
    const io: CommandIO = {
      cwd,
      json: false,
      // The runner reads workflow commands from both streams: user text reaches them inert (see consoleText).
      stdout: consoleWriter(out),
      stderr: consoleWriter(err),
      verbatim: { stdout: out, stderr: err },
      platform: await createPlatform(
        { ...env, MODELGATE_PLATFORM: env.MODELGATE_PLATFORM ?? "github" },
        { cwd, err, out },
      ),
      ...workers,
      ...splitMinBytesFrom(env),
    };
    const code = await runCommand(command, raw, io, core.getInput("config") || undefined);
    if (code === 1) core.setFailed(`modelgate ${command}: failed (see the summary for each finding)`);
    else if (code !== 0) core.setFailed(`modelgate ${command}: exit ${code}`);
  } catch (e) {
    core.setFailed(`modelgate: ${consoleText(errorMessage(e))}`);
    process.exitCode = 2;
  }
}
