import { readFile, stat } from "node:fs/promises";

import { InputError, unreadable } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { assertRegularFile } from "../../core/regularFile.js";
import { type MissingOutput, reportMarkdown, reportVerdict } from "../../core/render/reportRender.js";
import { checkBindings } from "../../core/report/bindings.js";
import { loadOutput, type Outputs } from "../../core/report/outputs.js";
import { type CommandIO, humanStream, shown } from "../io.js";
import { postComment, postFlags, postOutputs } from "../post.js";
import type { ReportInput } from "./command.js";

const KINDS = ["validation", "run", "evaluation", "gate", "drift"] as const;

/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
export function withoutFrontMatter(markdown: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return (m ? markdown.slice(m[0].length) : markdown).trim();
}

/** Whether a named input is there; not there is a result (its step failed or did not run), any other trouble is not. */
async function present(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw unreadable(file, e);
  }
}

/**
 * `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. An output
 * named but missing is reported (and posted) as such, and exits 1: a failed step still gets its comment, never a pass.
 */
export async function runReport(input: ReportInput, io: CommandIO): Promise<number> {
  const post = input.post ? postFlags(input) : null;
  const { htmlUrl, cardUrl, out } = input;
  const named = [...KINDS, "card" as const].flatMap((kind) => {
    const file = input[kind];
    return file !== undefined ? [{ kind, file }] : [];
  });
  if (named.length === 0)
    throw new InputError(
      undefined,
      undefined,
      "nothing to report, so nothing was checked: give the step outputs (--validation, --run, --evaluation, --gate, --drift, --card) or name them in modelgate.yml",
    );
  const outputs: Partial<Outputs> = {};
  const missing: MissingOutput[] = [];
  let card: string | undefined;
  for (const { kind, file } of named) {
    if (!(await present(file))) missing.push({ input: kind, file: shown(file, io.cwd) });
    else if (kind === "card") {
      await assertRegularFile(file);
      card = withoutFrontMatter(
        await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e))),
      );
    } else Object.assign(outputs, { [kind]: await loadOutput(kind, file) });
  }
  checkBindings(outputs, {
    ...(input.evaluation !== undefined ? { evaluation: shown(input.evaluation, io.cwd) } : {}),
    ...(input.gate !== undefined ? { gate: shown(input.gate, io.cwd) } : {}),
  });
  const ctx = io.platform.context;
  const body = reportMarkdown({
    outputs,
    missing,
    ...(card ? { card } : {}),
    links: {
      ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
      ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
      ...(cardUrl ? { card: cardUrl } : {}),
    },
    ...(ctx.sha ? { sha: ctx.sha } : {}),
  });
  const verdict = { ...reportVerdict(outputs, missing), missing };
  if (out) await writeOutput(out, body);
  else if (!io.json) (io.verbatim ?? io).stdout(body);
  await io.platform.writeSummary(body);
  const posted = post
    ? await postComment(io, {
        ...post,
        body,
        summaryWritten: true,
        fullReport: htmlUrl
          ? { label: "the full HTML report", url: htmlUrl }
          : { label: "the job summary", url: ctx.runUrl ?? null },
      })
    : null;
  if (io.json) io.stdout(`${JSON.stringify({ ...verdict, report: out ?? null, comment: posted }, null, 2)}\n`);
  if (out)
    humanStream(io)(
      `wrote ${shown(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`,
    );
  await io.platform.setOutputs({
    passed: verdict.passed,
    "report-path": out ?? "",
    ...(posted ? postOutputs(posted) : { posted: false }),
  });
  return missing.length > 0 ? 1 : 0;
}
