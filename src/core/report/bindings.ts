// The outputs a card or report puts side by side must speak of the same model and holdout: a gate verdict shown
// beside another model's evaluation would vouch for a model the gate never judged.
import { InputError } from "../errors.js";
import type { Outputs } from "./outputs.js";

/**
 * Refuse a gate.json whose binding names another model or holdout than the evaluation given with it (one line
 * naming the gate file and the binding). A binding the gate did not know (a gate on a plain metrics file) is null
 * and compares with nothing.
 */
export function checkBindings(
  o: Partial<Pick<Outputs, "evaluation" | "gate">>,
  files: { evaluation?: string; gate?: string },
): void {
  const { gate, evaluation } = o;
  if (!gate || !evaluation) return;
  const pairs = [
    ["model_sha256", "model", gate.binding.model_sha256, evaluation.model.sha256],
    ["data_sha256", "holdout", gate.binding.data_sha256, evaluation.data.sha256],
  ] as const;
  for (const [key, what, bound, actual] of pairs) {
    if (bound === null || bound === actual) continue;
    throw new InputError(
      files.gate,
      { path: `binding.${key}` },
      `the gate judged the ${what} with sha256 ${bound.slice(0, 12)}…, but ${files.evaluation ?? "the evaluation"} is of the ${what} with sha256 ${actual.slice(0, 12)}…: give the gate.json made from this evaluation`,
    );
  }
}
