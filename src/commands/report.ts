import { readFile, writeFile } from "node:fs/promises";

import { unreadable } from "../core/errors.js";
import { reportMarkdown, reportVerdict } from "../core/render/reportRender.js";
import { loadOutput, type Outputs } from "../core/report/outputs.js";
import { type CommandIO, type Inputs, shown } from "./io.js";
import { postComment, postFlags, postOutputs } from "./post.js";

const KINDS = ["validation", "run", "evaluation", "gate", "drift"] as const;

/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
export function withoutFrontMatter(markdown: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return (m ? markdown.slice(m[0].length) : markdown).trim();
}

/** `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. */
export async function runReport(inputs: Inputs, io: CommandIO): Promise<number> {
  const post = inputs.post === "true" ? postFlags(inputs) : null;
  const outputs: Partial<Outputs> = {};
  for (const kind of KINDS) {
    const file = inputs[kind];
    if (typeof file === "string") Object.assign(outputs, { [kind]: await loadOutput(kind, file) });
  }
  const cardFile = inputs.card as string | undefined;
  const card = cardFile
    ? withoutFrontMatter(
        await readFile(cardFile, "utf8").catch((e: unknown) => Promise.reject(unreadable(cardFile, e))),
      )
    : undefined;
  const htmlUrl = inputs.htmlUrl as string | undefined;
  const cardUrl = inputs.cardUrl as string | undefined;
  const ctx = io.platform.context;
  const body = reportMarkdown({
    outputs,
    ...(card ? { card } : {}),
    links: {
      ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
      ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
      ...(cardUrl ? { card: cardUrl } : {}),
    },
    ...(ctx.sha ? { sha: ctx.sha } : {}),
  });
  const verdict = reportVerdict(outputs);
  const out = inputs.out as string | undefined;
  if (out) await writeFile(out, body);
  else if (!io.json) io.stdout(body);
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
    (io.json ? io.stderr : io.stdout)(
      `wrote ${shown(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`,
    );
  await io.platform.setOutputs({
    passed: verdict.passed,
    "report-path": out ?? "",
    ...(posted ? postOutputs(posted) : { posted: false }),
  });
  return 0;
}
