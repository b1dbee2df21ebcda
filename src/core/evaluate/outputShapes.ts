// The shapes of the outputs modelgate reads: one row of output per input row, one label or value a row ([N] or
// [N, 1]) and C probabilities a row ([N, C]). Checked on the declared shapes when the outputs are chosen, and on
// every run's real ones: onnxruntime only warns when a model's real output differs from its declaration, and the
// values of a [1, N] or [N, 3] output read as [N, 2] would be scored as if they were rows.
import { errorMessage, InputError } from "../errors.js";
import type { ValueSignature } from "../model/onnxModel.js";
import type { Ort } from "../model/ort.js";

type Shape = readonly (number | string)[];

export const shapeText = (shape: Shape): string => `[${shape.join(", ")}]`;

/** An output as a message names it: its name and, when declared, its shape. */
export const outputText = (o: ValueSignature): string => `"${o.name}"${o.shape ? ` ${shapeText(o.shape)}` : ""}`;

/** Declared as one value a row, [N] or [N, 1]; a symbolic second dim (or no shape) is checked at run time. */
export function oneARow(shape: ValueSignature["shape"]): boolean {
  return !shape || shape.length === 1 || (shape.length === 2 && (shape[1] === 1 || typeof shape[1] === "string"));
}

/** The outputs read, by role, with their declared shapes and the width each gave on its first run. */
export interface OutputShapes {
  model: string;
  roles: { name: string; role: "label" | "probabilities" | "value"; declared: ValueSignature["shape"] }[];
  /** Values a row each output gave on the first run (1 for [N] and [N, 1]); later runs must give as many. */
  widths: Map<string, number>;
}

/** The shapes to check each run's outputs against. */
export function outputShapes(
  model: string,
  outputs: { label: string | null; probabilities: string | null; value: string | null },
  signature: readonly ValueSignature[],
): OutputShapes {
  const declared = (name: string) => signature.find((o) => o.name === name)?.shape ?? null;
  const roles: OutputShapes["roles"] = [];
  for (const role of ["label", "probabilities", "value"] as const) {
    const name = outputs[role];
    if (name !== null) roles.push({ name, role, declared: declared(name) });
  }
  return { model, roles, widths: new Map() };
}

/**
 * One run's outputs against their shapes: n rows each, one value a row for a label or a regression's value, a
 * width the declaration and the runs before agree on. The first that differs is one line naming the model.
 */
export function checkRunShapes(s: OutputShapes, result: Ort.InferenceSession.ReturnType, n: number): void {
  for (const { name, role, declared } of s.roles) {
    const dims = result[name]?.dims.map(Number);
    if (!dims) throw new InputError(s.model, undefined, `its output "${name}" is missing from the run's results`);
    const width = dims.length === 1 ? 1 : (dims[1] ?? 0);
    const declaredWidth = declared?.length === 1 ? 1 : declared?.[1];
    const expected = typeof declaredWidth === "number" ? declaredWidth : (s.widths.get(name) ?? null);
    const fits =
      dims.length >= 1 &&
      dims.length <= 2 &&
      dims[0] === n &&
      (role === "probabilities" ? width >= 1 : width === 1) &&
      (expected === null || width === expected);
    if (!fits) {
      const want =
        role !== "probabilities" || expected === 1
          ? `[${n}] or [${n}, 1]`
          : expected === null
            ? `[${n}, C]`
            : `[${n}, ${expected}]`;
      throw new InputError(
        s.model,
        undefined,
        `its output "${name}" is ${shapeText(dims)} for ${n} input rows, not ${want}${declared ? ` (declared ${shapeText(declared)})` : ""}: modelgate reads one row of output per input row`,
      );
    }
    if (!s.widths.has(name)) s.widths.set(name, width);
  }
}

/**
 * Why a run failed, as one line. A run into pre-allocated outputs fails when an output's real shape is not the
 * declared one: run again without them, and a real shape that differs is named; else onnxruntime's own reason.
 */
export async function failedRun(
  session: Ort.InferenceSession,
  feeds: Ort.InferenceSession.FeedsType,
  s: OutputShapes,
  n: number,
  e: unknown,
): Promise<InputError> {
  const reason = new InputError(s.model, undefined, `inference failed (${errorMessage(e)})`, { cause: e });
  let result: Ort.InferenceSession.ReturnType;
  try {
    result = await session.run(
      feeds,
      s.roles.map((r) => r.name),
    );
  } catch {
    return reason;
  }
  try {
    checkRunShapes(s, result, n);
  } catch (shape) {
    if (shape instanceof InputError) return shape;
  }
  return reason;
}
