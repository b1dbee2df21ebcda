import { writeFile } from "node:fs/promises";

import { runGate } from "../core/gate/gate.js";
import { parseRule } from "../core/gate/rules.js";
import { loadMetricSource } from "../core/gate/sources.js";
import { gateMarkdown, gateText } from "../core/render/gateRender.js";
import { type CommandIO, type Inputs, shown } from "./io.js";

/** `modelgate gate`: 0 when every rule holds, 1 when one fails (a result, with outputs and summary); 2 for unusable input. */
export async function runGateCommand(inputs: Inputs, io: CommandIO): Promise<number> {
  const rules = ((inputs.rule as string[] | undefined) ?? []).map((r, i) => parseRule(r, `rule ${i + 1}`));
  const evaluation = inputs.evaluation as string;
  const candidate = await loadMetricSource(evaluation, shown(evaluation, io.cwd));
  const baseline =
    typeof inputs.baseline === "string"
      ? await loadMetricSource(inputs.baseline, shown(inputs.baseline, io.cwd))
      : null;
  const result = runGate(rules, candidate, baseline);
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/gate.json`;
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  if (io.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  (io.json ? io.stderr : io.stdout)(gateText(result));
  await io.platform.writeSummary(gateMarkdown(result));
  await io.platform.setOutputs({
    passed: result.passed,
    "gate-path": out,
    "failed-rules": result.rules.filter((r) => !r.passed).length,
  });
  return result.passed ? 0 : 1;
}
