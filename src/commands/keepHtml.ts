import { basename } from "node:path";

import { escapeMarkdown } from "../core/render/escape.js";
import type { CommandIO } from "./io.js";

/**
 * Keep the HTML report with the run when `--upload-html` asks for it: a line linking it for the summary and the
 * outputs naming it, or a warning saying why not. Either way the file stays where it was written: an upload that
 * fails loses nothing, and the step's verdict stays the report's.
 */
export async function keepHtml(
  io: CommandIO,
  file: string | undefined,
  asked: boolean,
): Promise<{ line: string; outputs: Record<string, string | number> }> {
  if (!file || !asked) return { line: "", outputs: {} };
  const kept = await io.platform.keepFile({ file });
  if ("unavailable" in kept) {
    io.platform.warning(`the HTML report was not uploaded: ${kept.unavailable}`);
    return { line: "", outputs: {} };
  }
  const name = escapeMarkdown(basename(file));
  return {
    line: kept.url ? `\n\nThe full HTML report: [${name}](${kept.url}) (a workflow artifact).\n` : "",
    outputs: { "html-artifact-id": kept.id, ...(kept.url ? { "html-artifact-url": kept.url } : {}) },
  };
}
