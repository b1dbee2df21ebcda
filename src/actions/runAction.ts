import * as core from "@actions/core";

import { type CommandIO, type RawInputs, splitMinBytesFrom } from "../commands/io.js";
import { runCommand, specOf } from "../commands/run.js";
import { optionKey } from "../commands/specs.js";
import type { SampleRunner } from "../core/drift/samples.js";
import { errorMessage } from "../core/errors.js";
import type { RangeRunner } from "../core/validate/split.js";
import { createPlatform } from "../platform/detect.js";

/** Which command the root action runs when none is named: what modelgate.yml describes (so far, validation). */
const PIPELINE = "validate";

/** Run one command as a GitHub action step: inputs are the CLI flags' names; exit 1 and 2 fail the step. */
export async function runAction(
  name: string | null,
  env: NodeJS.ProcessEnv = process.env,
  workers: { rangeRunner?: RangeRunner; sampleRunner?: SampleRunner; version?: string } = {},
): Promise<void> {
  try {
    const command = name ?? (core.getInput("command") || PIPELINE);
    const spec = specOf(command);
    if (!spec) throw new Error(`unknown command ${JSON.stringify(command)}`);
    const raw: RawInputs = {};
    for (const opt of spec.options) {
      const value = core.getInput(opt.name);
      if (value !== "") raw[optionKey(opt.name)] = value;
    }
    const cwd = process.cwd();
    const io: CommandIO = {
      cwd,
      json: false,
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      platform: await createPlatform(
        { ...env, MODELGATE_PLATFORM: env.MODELGATE_PLATFORM ?? "github" },
        { cwd, err: (t) => process.stderr.write(t), out: (t) => process.stdout.write(t) },
      ),
      ...workers,
      ...splitMinBytesFrom(env),
    };
    const code = await runCommand(command, raw, io, core.getInput("config") || undefined);
    if (code === 1) core.setFailed(`modelgate ${command}: failed (see the summary for each finding)`);
    else if (code !== 0) core.setFailed(`modelgate ${command}: exit ${code}`);
  } catch (e) {
    core.setFailed(`modelgate: ${errorMessage(e)}`);
    process.exitCode = 2;
  }
}
