import { gateConfigSha256 } from "../../core/gate/gate.js";
import { parseDirections, parseRule } from "../../core/gate/rules.js";
import { publish } from "../../core/registry/publish.js";
import { planPublish } from "../../core/registry/publishPlan.js";
import { VersionTaken } from "../../core/registry/store.js";
import { publishMarkdown, publishText } from "../../core/render/registryRender.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { PublishInput } from "./command.js";

/** The rules hash gate.json must carry, from the rules at hand (flags or modelgate.yml); null when none are. */
function rulesSha256(input: PublishInput): string | null {
  if (!input.rule?.length) return null;
  const rules = input.rule.map((r, i) => parseRule(r, `rule ${i + 1}`));
  const confident = rules.some((r) => r.confidence !== null);
  return gateConfigSha256(rules, parseDirections(input.direction ?? []), confident ? input : null);
}

/** `modelgate publish`: 0 published (or already), 1 refused (failed gate, no approval, version taken), 2 unusable input. */
export async function runPublish(input: PublishInput, io: CommandIO): Promise<number> {
  const { store, approvals: approvalsOf } = await openRegistry(input.registry, io);
  const ctx = io.platform.context;
  const approvals = await approvalsOf();
  const refuse = async (reason: string) => {
    printResult(io, `refused: ${reason}\n`, { status: "refused", reason });
    await io.platform.setOutputs({ status: "refused" });
    return 1;
  };
  if (input.requireApproval && approvals.length === 0)
    return refuse(
      `no approval of this run is on record in ${ctx.platform === "local" ? "a local run" : ctx.platform} (--require-approval, or registry.require_approval in modelgate.yml)`,
    );
  const planned = await planPublish(store, {
    name: input.name,
    version: input.version,
    bump: input.bump,
    files: {
      model: input.model,
      gate: input.gate,
      evaluation: input.evaluation,
      ...(input.card !== undefined ? { card: input.card } : {}),
      ...(input.run !== undefined ? { run: input.run } : {}),
      ...(input.schema !== undefined ? { schema: input.schema } : {}),
      ...(input.profile !== undefined ? { profile: input.profile } : {}),
      ...(input.holdout !== undefined ? { holdout: input.holdout } : {}),
    },
    configSha256: rulesSha256(input),
    // Outside CI the commit is run.json's (the training run's checkout).
    ...(ctx.sha ? { git: { commit: ctx.sha, branch: ctx.branch ?? null } } : {}),
    ci: { run_url: ctx.runUrl ?? null, triggered_by: ctx.actor ?? null },
    approvals,
    tools: { modelgate: io.version ?? "unknown", node: process.version },
    shown: (p) => shown(p, io.cwd),
  });
  if (planned.status === "refused") return refuse(planned.reason);
  const { plan } = planned;
  if (input.dryRun) {
    printResult(io, publishText({ status: "planned", plan, store: store.label }), {
      status: "planned",
      tag: plan.tag,
      version: plan.version,
      checks: plan.checks,
      manifest: plan.manifest,
    });
    await io.platform.setOutputs({ status: "planned", version: plan.version, tag: plan.tag });
    return 0;
  }
  let outcome;
  try {
    outcome = await publish(store, plan, { onConflict: input.onConflict, onStep: (line) => io.platform.info(line) });
  } catch (e) {
    if (e instanceof VersionTaken) return refuse(e.message);
    throw e;
  }
  const model = outcome.manifest.assets.find((a) => a.name === "model.onnx")!;
  printResult(io, publishText({ status: outcome.status, plan, store: store.label, outcome }), {
    status: outcome.status,
    tag: outcome.release.tag,
    version: outcome.release.version,
    url: outcome.release.url ?? null,
    checks: plan.checks,
    manifest: outcome.manifest,
  });
  await io.platform.writeSummary(publishMarkdown(outcome, store.label));
  await io.platform.setOutputs({
    status: outcome.status,
    version: outcome.release.version,
    tag: outcome.release.tag,
    "release-url": outcome.release.url ?? "",
    "model-sha256": model.sha256,
  });
  return 0;
}
