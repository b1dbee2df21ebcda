// `modelgate drift`'s comparison over files: two tables, two profiles or one of each, and the model's predictions
// on both tables when a model is given.
import { basename } from "node:path";

import { openTable } from "../data/open.js";
import { InputError } from "../errors.js";
import { loadModelFile } from "../model/onnxModel.js";
import type { Profile } from "../profile/profile.js";
import { compareSamples, type DriftOptions, type DriftResult } from "./drift.js";
import { compareProfiles } from "./fromProfiles.js";
import { predictionSamples } from "./modelPredictions.js";
import { isProfile, profileSides } from "./profileSides.js";
import { readSides, type SideReading } from "./readSides.js";
import type { ColumnSample, SampleJob } from "./samples.js";

export interface DriftFiles {
  reference: string;
  current: string;
  /** How a file is named in the result (relative to the working directory, say). */
  label: (file: string) => string;
  read: SampleJob["read"];
  /** A schema file giving the column types; absent, they are detected from the reference. */
  schema?: string | undefined;
  /** Only these columns; the target and prediction columns are compared whatever it lists. */
  columns?: readonly string[] | undefined;
  /** An ONNX model run on both tables: its predictions are compared as prediction drift. */
  model?: string | undefined;
  /** The model's feature columns in input order (default: every column but the target, in file order). */
  features?: readonly string[] | undefined;
}

/** Drift between two files (tables or profiles): a result whatever it finds; InputError for what cannot compare. */
export async function driftOfFiles(
  files: DriftFiles,
  driftOptions: DriftOptions,
  reading: SideReading = {},
): Promise<DriftResult> {
  const options = { ...driftOptions };
  const { reference: refFile, current: curFile, model: modelFile, read, label } = files;
  const wanted = files.columns ? new Set(files.columns) : null;
  // The target and prediction columns are always compared, whatever --columns lists.
  const keep = (s: { name: string }) =>
    !wanted || wanted.has(s.name) || s.name === options.target || s.name === options.prediction;
  let result: DriftResult;
  if (modelFile !== undefined && options.prediction !== undefined)
    throw new InputError(undefined, undefined, "give --model or --prediction, not both: each is the prediction drift");
  if (isProfile(refFile) || isProfile(curFile)) {
    if (modelFile !== undefined)
      throw new InputError(
        isProfile(refFile) ? refFile : curFile,
        undefined,
        "--model needs both tables as data, not a profile",
      );
    const [ref, cur] = await profileSides(refFile, curFile, read, reading.progress);
    for (const c of wanted ?? [])
      if (!ref.columns.some((x) => x.state.name === c))
        throw new InputError(refFile, undefined, `no column ${JSON.stringify(c)}`);
    const only = (p: Profile): Profile => ({ ...p, columns: p.columns.filter((c) => keep(c.state)) });
    result = compareProfiles(
      { file: label(refFile), profile: only(ref) },
      { file: label(curFile), profile: only(cur) },
      options,
    );
  } else {
    const { reference, current } = await readSides(
      { reference: refFile, current: curFile, read, schema: files.schema, wanted },
      reading,
    );
    if (modelFile !== undefined) {
      const predicted = await modelPredictions(modelFile, files.features, options.target, [refFile, curFile], read);
      reference.push(predicted[0]!);
      current.push(predicted[1]!);
      options.prediction = predicted[0]!.name;
    }
    const sides = [reference, current].map((samples, i) => {
      const side = { file: label(i ? curFile : refFile), rows: samples[0]?.rows ?? 0, samples: samples.filter(keep) };
      // Only the filtered lists hold the samples now: compareSamples lets each go once compared.
      samples.length = 0;
      return side;
    });
    result = compareSamples(sides[0]!, sides[1]!, options);
  }
  for (const [flag, name] of [
    ["target", options.target],
    ["prediction", options.prediction],
  ] as const)
    if (name !== undefined && result[flag] === null)
      throw new InputError(refFile, undefined, `--${flag} ${JSON.stringify(name)}: no such column in both tables`);
  return result;
}

/** The model's predictions on both tables, as one more column each ("prediction (<model file>)"). */
async function modelPredictions(
  modelFile: string,
  features: readonly string[] | undefined,
  target: string | undefined,
  files: string[],
  read: SampleJob["read"],
): Promise<ColumnSample[]> {
  const model = await loadModelFile(modelFile);
  return predictionSamples(
    {
      model,
      name: `prediction (${basename(model.path)})`,
      ...(features ? { features } : {}),
      exclude: target ? [target] : [],
    },
    files.map((f) => () => openTable(f, read)),
  );
}
