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
  if (!asked) return { line: "", outputs: {} };
  if (!file) {
    io.platform.warning("--upload-html uploads the report --html writes: give --html <file> too");
    return { line: "", outputs: {} };
  }
  const kept = await io.platform.keepFile({ file });
  if ("unavailable" in kept) {
    // An artifact's name is its file's name (uploaded as it is), and names are unique within a run.
    io.platform.warning(
      `the HTML report was not uploaded: ${kept.unavailable}${/409|exist|conflict/i.test(kept.unavailable) ? ` (an artifact named ${basename(file)} exists in this run: give each job's report its own file name)` : ""}`,
    );
    return { line: "", outputs: {} };
  }
  const name = escapeMarkdown(basename(file));
  return {
    line: kept.url ? `\n\nThe full HTML report: [${name}](${kept.url}) (a workflow artifact).\n` : "",
    outputs: { "html-artifact-id": kept.id, ...(kept.url ? { "html-artifact-url": kept.url } : {}) },
  };
}
