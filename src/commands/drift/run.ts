import { columnTests, testName } from "../../core/drift/columnTests.js";
import type { DriftResult } from "../../core/drift/drift.js";
import { driftOfFiles } from "../../core/drift/driftFiles.js";
import { writeOutput } from "../../core/outputFile.js";
import { driftHtml } from "../../core/render/driftHtml.js";
import { driftMarkdown, driftText } from "../../core/render/driftRender.js";
import { type CommandIO, humanStream, shown } from "../io.js";
import { keepHtml } from "../keepHtml.js";
import { readOptionsOf } from "../readOptions.js";
import { chunked, jsonPieces, writePieces } from "../writeJson.js";
import type { DriftInput } from "./command.js";

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
  const { reference, current, schema, columns, model, features, out, html } = input;
  const label = (file: string) => shown(file, io.cwd);
  const read = readOptionsOf(input);
  const result = await driftOfFiles({ reference, current, label, read, schema, columns, model, features }, options, io);
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
