import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";

import { openTable } from "../../core/data/open.js";
import type { ColumnType, TableSource } from "../../core/data/types.js";
import {
  type ColumnOptions,
  compareSamples,
  DRIFT_TESTS,
  type DriftResult,
  type DriftTest,
} from "../../core/drift/drift.js";
import { compareProfiles } from "../../core/drift/fromProfiles.js";
import { predictionSamples } from "../../core/drift/modelPredictions.js";
import { collectFile, collectSamples, type ColumnSample, type SampleJob } from "../../core/drift/samples.js";
import { InputError } from "../../core/errors.js";
import { loadModelFile } from "../../core/model/onnxModel.js";
import { writeOutput } from "../../core/outputFile.js";
import { edgesOfProfile, type Profile } from "../../core/profile/profile.js";
import { profileTable } from "../../core/profile/profileTable.js";
import { readProfile } from "../../core/profile/readProfile.js";
import { driftHtml } from "../../core/render/driftHtml.js";
import { driftMarkdown, driftText } from "../../core/render/driftRender.js";
import { type CommandIO, humanStream, shown } from "../io.js";
import { keepHtml } from "../keepHtml.js";
import { readOptionsOf, schemaTypes } from "../readOptions.js";
import { chunked, jsonPieces, writePieces } from "../writeJson.js";
import type { DriftInput } from "./command.js";

function testName(value: string, where: string): DriftTest {
  if (!(DRIFT_TESTS as readonly string[]).includes(value))
    throw new InputError(
      undefined,
      undefined,
      `${where}: unknown test ${JSON.stringify(value)} (use ${DRIFT_TESTS.join(", ")})`,
    );
  return value as DriftTest;
}

/** Below this size the current table is read in this thread: starting a worker costs ~0.15 s. */
const WORKER_MIN_BYTES = 8 << 20;

/** Rows read to guess the reference's types (all of them are read when a guess turns out wrong). */
const TYPE_SAMPLE_ROWS = 65_536;

/** `--column-test "income=psi:0.2"`: a column's own test and threshold. */
function columnTests(values: string[]): Record<string, ColumnOptions> {
  const out: Record<string, ColumnOptions> = {};
  for (const v of values) {
    const m = /^(.+)=([a-z0-9]+)(?::([0-9.eE+-]+))?$/.exec(v);
    if (!m)
      throw new InputError(
        undefined,
        undefined,
        `--column-test ${JSON.stringify(v)}: write column=test or column=test:threshold`,
      );
    const threshold = m[3] === undefined ? undefined : Number(m[3]);
    if (threshold !== undefined && !Number.isFinite(threshold))
      throw new InputError(undefined, undefined, `--column-test ${JSON.stringify(v)}: the threshold is not a number`);
    out[m[1]!] = {
      test: testName(m[2]!, `--column-test ${JSON.stringify(v)}`),
      ...(threshold !== undefined ? { threshold } : {}),
    };
  }
  return out;
}

/** The reference's column types: from the schema, else guessed from its first rows (checked by `readBoth`). */
async function referenceTypes(
  source: TableSource,
  schemaFile: string | undefined,
  full: boolean,
): Promise<ColumnType[]> {
  if (schemaFile !== undefined) return schemaTypes(schemaFile, source.columnNames);
  return source.detectTypes(full ? {} : { sampleRows: TYPE_SAMPLE_ROWS });
}

/**
 * Both tables' samples, the current one read in a worker thread while this thread reads the reference. Types
 * guessed from the reference's first rows are exact whenever every reference value fits them (a narrower type
 * would have fitted the first rows too); when one does not, the types are detected over all rows and both
 * tables are read again.
 */
async function readBoth(
  refFile: string,
  curFile: string,
  read: ReturnType<typeof readOptionsOf>,
  schemaFile: string | undefined,
  wanted: Set<string> | null,
  io: CommandIO,
): Promise<{ reference: ColumnSample[]; current: ColumnSample[] }> {
  // The current table's header, and whether it is large enough to be worth a worker, are known once.
  const head = await openTable(curFile, read);
  await head.close();
  const threaded = io.sampleRunner && (await stat(curFile)).size >= (io.splitMinBytes ?? WORKER_MIN_BYTES);
  for (const full of [false, true]) {
    const source = await openTable(refFile, read);
    let types: ColumnType[];
    try {
      types = await referenceTypes(source, schemaFile, full);
    } catch (e) {
      await source.close();
      throw e;
    }
    for (const c of wanted ?? [])
      if (!source.columnNames.includes(c)) {
        await source.close();
        throw new InputError(refFile, undefined, `no column ${JSON.stringify(c)}`);
      }
    const byName = new Map(source.columnNames.map((n, i) => [n, types[i]!]));
    // The current table is read with the reference's types: a value that no longer fits is counted, not guessed.
    const job: SampleJob = { file: curFile, read, types: head.columnNames.map((n) => byName.get(n) ?? "string") };
    const remote = threaded ? io.sampleRunner!(job) : null;
    remote?.catch(() => {}); // awaited below; an early failure here must not leave it unhandled
    let reference: ColumnSample[];
    try {
      reference = await collectSamples(source, types, io.progress);
    } finally {
      await source.close();
    }
    const guessWrong = !full && schemaFile === undefined && reference.some((s) => s.invalid > 0);
    const current = remote ? await remote : guessWrong ? [] : await collectFile(job, io.progress);
    if (!guessWrong) return { reference, current };
  }
  throw new Error("unreachable: the second pass uses the types of every row");
}

/** A profile (`modelgate profile`'s JSON) rather than a table: tables are never .json. */
const isProfile = (file: string) => extname(file).toLowerCase() === ".json";

/**
 * Two profiles for drift: read from the files, or, for a side given as data, profiled now with the other
 * profile's types and bin edges (so its bins compare exactly).
 */
async function profilesOfBoth(
  refFile: string,
  curFile: string,
  read: ReturnType<typeof readOptionsOf>,
  io: CommandIO,
): Promise<[Profile, Profile]> {
  const given = isProfile(refFile) ? await readProfile(refFile) : await readProfile(curFile);
  const other = isProfile(refFile) ? curFile : refFile;
  let made: Profile;
  if (isProfile(other)) made = await readProfile(other);
  else {
    const types = new Map(given.columns.map((c) => [c.state.name, c.state.type as ColumnType]));
    const source = await openTable(other, read);
    try {
      made = await profileTable(source, {
        types: source.columnNames.map((n) => types.get(n) ?? "string"),
        edges: edgesOfProfile(given),
        ...(io.progress ? { onProgress: io.progress } : {}),
      });
    } finally {
      await source.close();
    }
  }
  return isProfile(refFile) ? [given, made] : [made, given];
}

/** The model's predictions on both tables, as one more column each ("prediction (<model file>)"). */
async function modelPredictions(
  modelFile: string,
  features: string[] | undefined,
  options: { target?: string },
  files: string[],
  read: ReturnType<typeof readOptionsOf>,
): Promise<ColumnSample[]> {
  const model = await loadModelFile(modelFile);
  return predictionSamples(
    {
      model,
      name: `prediction (${basename(model.path)})`,
      ...(features ? { features } : {}),
      exclude: options.target ? [options.target] : [],
    },
    files.map((f) => () => openTable(f, read)),
  );
}

/** drift.json's text (JSON.stringify(result, null, 2) and a newline), a column at a time. */
function* driftJsonText(result: DriftResult): Generator<string> {
  yield* jsonPieces(result, "columns", 2);
  yield "\n";
}

/**
 * `modelgate drift`: 0 without drift, 1 with dataset, schema, target or prediction drift (a result: report and outputs
 * written), 2 for bad input or nothing to compare.
 */
export async function runDrift(input: DriftInput, io: CommandIO): Promise<number> {
  const test = input.test !== undefined ? testName(input.test, "--test") : undefined;
  const options = {
    ...(test ? { test } : {}),
    columns: columnTests(input.columnTest ?? []),
    datasetThreshold: input.datasetThreshold,
    nullRateThreshold: input.nullRateThreshold,
    ...(input.target !== undefined ? { target: input.target } : {}),
    ...(input.prediction !== undefined ? { prediction: input.prediction } : {}),
  };
  const { reference: refFile, current: curFile, model: modelFile, out, html } = input;
  const read = readOptionsOf(input);
  const wanted = input.columns ? new Set(input.columns) : null;
  // The target and prediction columns are always compared, whatever --columns lists.
  const keep = (s: { name: string }) =>
    !wanted || wanted.has(s.name) || s.name === options.target || s.name === options.prediction;
  let result: DriftResult;
  if (modelFile !== undefined && input.prediction !== undefined)
    throw new InputError(undefined, undefined, "give --model or --prediction, not both: each is the prediction drift");
  if (isProfile(refFile) || isProfile(curFile)) {
    if (modelFile !== undefined)
      throw new InputError(
        isProfile(refFile) ? refFile : curFile,
        undefined,
        "--model needs both tables as data, not a profile",
      );
    const [ref, cur] = await profilesOfBoth(refFile, curFile, read, io);
    for (const c of wanted ?? [])
      if (!ref.columns.some((x) => x.state.name === c))
        throw new InputError(refFile, undefined, `no column ${JSON.stringify(c)}`);
    const only = (p: Profile): Profile => ({ ...p, columns: p.columns.filter((c) => keep(c.state)) });
    result = compareProfiles(
      { file: shown(refFile, io.cwd), profile: only(ref) },
      { file: shown(curFile, io.cwd), profile: only(cur) },
      options,
    );
  } else {
    const { reference, current } = await readBoth(refFile, curFile, read, input.schema, wanted, io);
    if (modelFile !== undefined) {
      const predicted = await modelPredictions(modelFile, input.features, options, [refFile, curFile], read);
      reference.push(predicted[0]!);
      current.push(predicted[1]!);
      options.prediction = predicted[0]!.name;
    }
    const sides = [reference, current].map((samples, i) => {
      const side = {
        file: shown(i ? curFile : refFile, io.cwd),
        rows: samples[0]?.rows ?? 0,
        samples: samples.filter(keep),
      };
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
  // A column at a time: drift.json of 100,000 columns is past what one string should hold (see writeJson.ts).
  await writePieces(out, driftJsonText(result));
  const markdown = driftMarkdown(result, { fullReport: shown(out, io.cwd) });
  if (input.report !== undefined) await writeOutput(input.report, markdown);
  if (html) await writeOutput(html, driftHtml(result));
  const kept = await keepHtml(io, html, input.uploadHtml);
  if (io.json) for (const chunk of chunked(driftJsonText(result))) io.stdout(chunk);
  humanStream(io)(driftText(result, { fullReport: shown(out, io.cwd) }));
  await io.platform.writeSummary(markdown + kept.line);
  await io.platform.setOutputs({
    drifted: result.drifted,
    "drifted-columns": result.drifted_columns,
    "share-drifted": result.share_drifted,
    "drift-path": out,
    ...(html ? { "html-path": html } : {}),
    ...kept.outputs,
  });
  return result.drifted ? 1 : 0;
}
