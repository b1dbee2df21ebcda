// Text from data or users, made inert in a CI log or a terminal. GitHub's runner reads a workflow command from any
// line of a step's stdout or stderr that starts with `::` once leading whitespace is trimmed, and from a legacy
// `##[name]` anywhere in a line (actions/runner ActionCommand.TryParseV2 / TryParse); it splits lines at \r too.
// GitLab's log takes ANSI escapes and `section_start:`/`section_end:` markers, which need ESC and \r. So: control
// characters become visible symbols, and a zero-width space (which the runner's .NET TrimStart keeps) goes before a
// line's leading `:` and inside every `##[`.

const ZWSP = "\u200B";

/** C0 controls but tab and newline, DEL, and C1 controls (U+0085 is a line break to some readers). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A control character as the symbol Unicode keeps for it (␛ for ESC, ␍ for CR), so a reader sees it was there. */
function controlPicture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? "\u2421" : "\uFFFD";
}

/** Control characters but tab and newline as visible symbols; CRLF stays a line break. */
export function visibleControls(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(CONTROL, controlPicture);
}

/**
 * Text made inert for a CI log or a terminal: no control characters, no line a runner reads as a command. Each
 * piece is treated as if it began a line and followed `##` (what was written before it may have, including output
 * that did not pass through here), so a leading `:`, `[` or `#[` gets the zero-width space too: invisible, and safe
 * without knowing what came before.
 */
export function consoleText(text: string): string {
  const lines = `\n${visibleControls(text)}`.replace(/\n([^\S\n]*):/g, `\n$1${ZWSP}:`).slice(1);
  return `##${lines}`.replace(/##\[/g, `##${ZWSP}[`).slice(2);
}

/** A writer that makes everything through it inert (see consoleText). */
export function consoleWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(consoleText(text));
}

/**
 * A JSON document for stdout, unchanged in meaning: `#` is only ever inside a string there, where `\u0023` reads the
 * same, so no `##[` reaches a log that shows stdout. Control characters are escaped by JSON.stringify already.
 */
export function consoleJson(json: string): string {
  return json.replace(/##\[/g, "#\\u0023[");
}
