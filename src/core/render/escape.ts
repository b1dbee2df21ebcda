/** Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions, no links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, "&#64;")
    .replace(/\r?\n/g, " ");
}

/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
export function fencedBlock(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Text made inert in HTML (and XML) content and attributes. */
export function escapeHtml(text: string): string {
  return text
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
 * inside `<code>`, so link, image and emphasis characters become entities too.
 */
export function codeSpan(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  const inert = escapeHtml(short)
    .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c]!)
    .replace(/\r?\n/g, "⏎");
  return `<code>${inert}</code>`;
}
