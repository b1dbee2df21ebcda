// promote and rollback: one stage pointer moved through core, under modelgate.yml's stage rules, with who moved it
// and who approved the run on record.
import { promote, rollback, type StageOutcome } from "../core/registry/stages.js";
import { StageMoved } from "../core/registry/store.js";
import { stageMarkdown, stageText } from "../core/render/registryRender.js";
import type { RunContext } from "./command.js";
import { type CommandIO, printResult } from "./io.js";
import type { PromoteInput } from "./promote/command.js";
import { openRegistry } from "./registryOf.js";
import type { RollbackInput } from "./rollback/command.js";

/** 0 moved, unchanged or planned; 1 refused by a stage rule (a result); 2 unusable input. */
export async function runStageMove(
  action: "promote",
  input: PromoteInput,
  io: CommandIO,
  context: RunContext,
): Promise<number>;
export async function runStageMove(
  action: "rollback",
  input: RollbackInput,
  io: CommandIO,
  context: RunContext,
): Promise<number>;
export async function runStageMove(
  action: "promote" | "rollback",
  input: PromoteInput | RollbackInput,
  io: CommandIO,
  context: RunContext,
): Promise<number> {
  const { store, approvals } = await openRegistry(input.registry, io);
  const ctx = io.platform.context;
  const move = {
    name: input.name,
    stage: input.stage,
    by: ctx.actor ?? null,
    approvals: await approvals(),
    commit: ctx.sha ?? null,
    run: ctx.runUrl ?? null,
    rules: context.config.registry?.stages,
    dryRun: input.dryRun,
  };
  let outcome: StageOutcome;
  try {
    outcome =
      action === "promote" && "version" in input
        ? await promote(store, { ...move, version: input.version })
        : await rollback(store, move);
  } catch (e) {
    // Another move of the stage came first: refused like a rule, not unusable input.
    if (!(e instanceof StageMoved)) throw e;
    outcome = { status: "refused", rule: "conflict", reason: e.message };
  }
  printResult(io, stageText(outcome, input.name), outcome);
  if (outcome.status === "moved") await io.platform.writeSummary(stageMarkdown(outcome, input.name));
  const event = "event" in outcome ? outcome.event : null;
  await io.platform.setOutputs({
    status: outcome.status,
    version: event?.version ?? ("version" in outcome ? outcome.version : ""),
    previous: event?.previous ?? "",
  });
  return outcome.status === "refused" ? 1 : 0;
}
