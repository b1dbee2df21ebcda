/** Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions, no links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, "&#64;")
    .replace(/\r?\n/g, " ");
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

/** Escaped inline code in Markdown: a value shown as written, in a span that cannot be broken out of. */
export function codeSpan(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return `<code>${escapeHtml(short).replace(/\|/g, "&#124;").replace(/@/g, "&#64;").replace(/\r?\n/g, "⏎")}</code>`;
}
