import { visibleControls } from "./consoleText.js";

// GitHub links more than cmark-gfm does: after rendering, it turns `@user`, `@org/team` (which notifies the team)
// and `#123` in the HTML's text into links, whatever entity wrote the character, and skips only <code>, <pre> and
// <a>. A zero-width joiner after `@`, and between `#` and a digit, leaves the text as it reads and links nothing.
const ZWJ = "\u200D";

/**
 * Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions or #refs, no
 * links (cmark-gfm autolinks `scheme://` and `www.` anywhere, table cells included), no control characters, and
 * never a leading `:` (a line starting `::` is a workflow command when a CI log shows the Markdown).
 */
export function escapeMarkdown(text: string): string {
  return visibleControls(text)
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/^(\s*):/, "$1\\:")
    .replace(/\n/g, " ");
}

/**
 * A digest or commit id as inline code, cut to `length`: hex as it is, anything else (a hand-made run.json) through
 * codeSpan, as a backtick in it would close the span and let the rest render as Markdown.
 */
export function digestSpan(text: string, length = 64): string {
  const short = text.slice(0, length);
  return /^[0-9a-f]*$/i.test(short) ? `\`${short}\`` : codeSpan(short, length);
}

/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
export function fencedBlock(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Text made inert in HTML (and XML) content and attributes; control characters, which XML 1.0 forbids, shown as symbols. */
export function escapeHtml(text: string): string {
  return visibleControls(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CODE_ENTITIES: Record<string, string> = {
  "|": "&#124;",
  "@": "&#64;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "*": "&#42;",
  _: "&#95;",
  "`": "&#96;",
  "~": "&#126;",
  "\\": "&#92;",
};

/**
 * A value shown as written, in an inline `<code>` span that cannot be broken out of. GitHub still parses Markdown
 * inside `<code>` (cmark-gfm autolinks `http://`, `www.` and e-mail addresses there), so link, image and emphasis
 * characters become entities too, and a zero-width joiner follows `@`; GitHub's own @mention and #ref links skip <code>.
 */
export function codeSpan(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  const inert = escapeHtml(short)
    .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c]!)
    .replace(/&#64;/g, `&#64;${ZWJ}`)
    .replace(/:(?=\/\/)/g, "&#58;")
    .replace(/(www)\./gi, "$1&#46;")
    .replace(/\n/g, "⏎");
  return `<code>${inert}</code>`;
}
