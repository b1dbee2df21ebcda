import { relative } from "node:path";

import { loadYamlFile } from "../../core/config/yamlFile.js";
import { formatOf, openTable, resolveReadOptions } from "../../core/data/open.js";
import { writeOutput } from "../../core/outputFile.js";
import { checkTitle, validationJunit, validationMarkdown, validationText } from "../../core/render/validationRender.js";
import { type SchemaFile, schemaFileSchema } from "../../core/schema/schema.js";
import type { ValidationReport } from "../../core/validate/report.js";
import { validateCsvSplit } from "../../core/validate/split.js";
import { type ValidateResult, validateTable } from "../../core/validate/validate.js";
import type { Annotation } from "../../platform/port.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { readOptionsOf } from "../readOptions.js";
import type { ValidateInput as Input } from "./command.js";

/** `modelgate validate`: 0 when valid, 1 when a check failed; unusable input throws (exit 2). */
export async function runValidate(input: Input, io: CommandIO): Promise<number> {
  const { data, schema: schemaPath } = input;
  const schema = await loadYamlFile(schemaPath, schemaFileSchema);
  const options = readOptionsOf(input);
  const result =
    (await splitIfLarge(data, options, schema, schemaPath, input, io)) ??
    (await onePass(data, options, schema, schemaPath, input, io));
  const report: ValidationReport = { ...result.report, file: shown(data, io.cwd) };
  if (input.report !== undefined) await writeOutput(input.report, `${JSON.stringify(report, null, 2)}\n`);
  if (input.junit !== undefined) await writeOutput(input.junit, validationJunit(report));
  if (input.profile !== undefined && result.profile)
    await writeOutput(input.profile, `${JSON.stringify(result.profile)}\n`);

  printResult(io, validationText(report), report);
  const { platform } = io;
  await platform.writeSummary(validationMarkdown(report));
  platform.annotate(annotationsFor(report, data, platform.context.workspace, platform.annotationLimit));
  await platform.setOutputs({
    valid: report.valid,
    "report-path": input.report ?? "",
    rows: report.rows,
    checks: report.summary.checks,
    "failed-checks": report.summary.failed,
    violations: report.summary.violations,
    "profile-path": input.profile ?? "",
  });
  return report.valid ? 0 : 1;
}

/** Error annotations on the data file's lines, when the file is in the workspace; the summary has the full list. */
export function annotationsFor(
  report: ValidationReport,
  dataPath: string,
  workspace: string,
  limit: number,
): Annotation[] {
  const rel = relative(workspace, dataPath);
  const inWorkspace = !rel.startsWith("..") && !rel.startsWith("/");
  const out: Annotation[] = [];
  for (const c of report.checks) {
    if (c.passed) continue;
    const e = c.examples[0];
    out.push({
      level: "error",
      title: `modelgate: ${checkTitle(c)}`,
      message: `${c.count} violation(s) of "${c.expectation}"${e ? `; first at row ${e.row}: ${JSON.stringify(e.value)}` : ""}`,
      ...(inWorkspace ? { file: rel } : {}),
      ...(inWorkspace && e?.line ? { line: e.line } : {}),
    });
  }
  return out.slice(0, limit);
}

async function onePass(
  data: string,
  options: ReturnType<typeof readOptionsOf>,
  schema: SchemaFile,
  schemaPath: string,
  input: Input,
  io: CommandIO,
): Promise<ValidateResult> {
  const source = await openTable(data, options);
  try {
    return await validateTable({
      source,
      schema,
      schemaFile: shown(schemaPath, io.cwd),
      profile: input.profile !== undefined,
      ...(io.progress ? { onProgress: io.progress } : {}),
    });
  } finally {
    await source.close();
  }
}

/** A large CSV is validated in two halves at once when a worker is at hand (same results; see core/validate/split.ts). */
async function splitIfLarge(
  data: string,
  options: ReturnType<typeof readOptionsOf>,
  schema: SchemaFile,
  schemaPath: string,
  input: Input,
  io: CommandIO,
): Promise<ValidateResult | null> {
  if (!io.rangeRunner || formatOf(data, options.format) !== "csv") return null;
  return validateCsvSplit({
    file: data,
    read: resolveReadOptions(data, options),
    schema,
    schemaFile: shown(schemaPath, io.cwd),
    profile: input.profile !== undefined,
    runRemote: io.rangeRunner,
    ...(io.splitMinBytes !== undefined ? { minBytes: io.splitMinBytes } : {}),
  });
}
