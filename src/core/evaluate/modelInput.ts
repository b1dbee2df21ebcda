import { InputError } from "../errors.js";
import type { LoadedModel } from "../model/onnxModel.js";

/**
 * The columns a model is fed, in input order: `features`, else every column but `exclude`. Checked against the
 * model's one float32 [N, F] input, so a table that cannot feed it is one line before any inference.
 */
export function modelFeatures(
  model: LoadedModel,
  file: string,
  names: readonly string[],
  o: { features?: readonly string[]; exclude: readonly string[] },
): string[] {
  const features = o.features ? [...o.features] : names.filter((n) => !o.exclude.includes(n));
  for (const f of features)
    if (!names.includes(f)) throw new InputError(file, undefined, `no feature column ${JSON.stringify(f)}`);
  // Each column has one place in the input row: a name given twice would leave a place no column fills.
  const twice = features.find((f, i) => features.indexOf(f) !== i);
  if (twice !== undefined)
    throw new InputError(
      undefined,
      undefined,
      `the features name ${JSON.stringify(twice)} twice: each feature column once, in the model's input order`,
    );
  const input = model.signature.inputs;
  if (input.length !== 1 || input[0]!.elemType !== "float32" || input[0]!.shape?.length !== 2) {
    throw new InputError(
      model.path,
      undefined,
      `modelgate evaluates models with one float32 [N, F] input; this one takes ${input.map((i) => `${i.name}: ${i.type}${i.shape ? ` [${i.shape.join(", ")}]` : ""}`).join(", ")}`,
    );
  }
  const width = input[0]!.shape[1];
  if (typeof width === "number" && width !== features.length)
    throw new InputError(
      file,
      undefined,
      `${features.length} feature columns, but the model ${model.path} takes ${width}`,
    );
  return features;
}
