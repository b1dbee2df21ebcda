// GitHub workflow commands written to a stream the caller picks. @actions/core writes every command to
// process.stdout, which in the CLI may be a payload (`--json`, a report redirected to a file); the runner reads
// commands from the step's stderr as well, so the CLI can keep them there.
import { consoleText } from "../../core/render/consoleText.js";

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One `::name key=value::message` line, as @actions/core formats it. The message and properties are made inert
 * first (no control characters, no `##[`); `%`, CR and LF are then escaped, so the command stays one line.
 */
export function workflowCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "")
    .map(([k, v]) => `${k}=${escapeProperty(consoleText(String(v)))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(consoleText(message))}\n`;
}

/** `::add-mask::`: the secret exactly as given (it must match what would be printed), on one line. */
export function maskCommand(secret: string): string {
  return `::add-mask::${escapeData(secret)}\n`;
}
