import { readFile } from "node:fs/promises";

import { InputError, unreadable } from "../core/errors.js";
import { assertRegularFile } from "../core/regularFile.js";
import type { CommandIO, Inputs } from "./io.js";
import { postComment, postFlags, postOutputs, urlFlag } from "./post.js";

/** `modelgate comment`: one comment per key on the pull/merge request, created, updated or deleted. */
export async function runComment(inputs: Inputs, io: CommandIO): Promise<number> {
  const flags = postFlags(inputs);
  const file = inputs.bodyFile as string | undefined;
  if (!file && flags.mode !== "delete")
    throw new InputError(undefined, undefined, "--body-file is required (unless --mode delete)");
  if (file) await assertRegularFile(file);
  const body = file ? await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e))) : "";
  // Linked from the notice of a cut body: an http(s) address, or one line (never Markdown in the comment).
  const url = urlFlag("full-report-url", inputs.fullReportUrl);
  const result = await postComment(io, {
    ...flags,
    body,
    dryRun: inputs.dryRun === "true",
    ...(url ? { fullReport: { label: "the full report", url } } : {}),
  });
  if (io.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  await io.platform.setOutputs(postOutputs(result));
  return 0;
}
