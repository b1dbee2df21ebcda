import { readFile } from "node:fs/promises";

import { InputError, unreadable } from "../../core/errors.js";
import { assertRegularFile } from "../../core/regularFile.js";
import type { CommandIO } from "../io.js";
import { postComment, postFlags, postOutputs } from "../post.js";
import type { CommentInput } from "./command.js";

/** `modelgate comment`: one comment per key on the pull/merge request, created, updated or deleted. */
export async function runComment(input: CommentInput, io: CommandIO): Promise<number> {
  const flags = postFlags(input);
  const { bodyFile: file, fullReportUrl: url } = input;
  if (!file && flags.mode !== "delete")
    throw new InputError(undefined, undefined, "--body-file is required (unless --mode delete)");
  if (file) await assertRegularFile(file);
  const body = file ? await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e))) : "";
  const result = await postComment(io, {
    ...flags,
    body,
    dryRun: input.dryRun,
    ...(url ? { fullReport: { label: "the full report", url } } : {}),
  });
  if (io.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  await io.platform.setOutputs(postOutputs(result));
  return 0;
}
