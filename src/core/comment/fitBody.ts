// Bodies past a platform's limit are cut where a section ends, never mid-table or inside an open <details>, with a
// pointer to the full report.

export interface FitOptions {
  /** The most the platform takes, counted as `measure` counts. */
  limit: number;
  /** Where the whole report is (job summary, artifact, HTML report); named in the notice. */
  fullReport?: { label: string; url: string | null };
  /**
   * Characters (UTF-16 units, which never undercount) by default; UTF-8 bytes for GitHub's job summary. Must add up
   * over concatenation at a newline: measure(a + "\n" + b) = measure(a) + measure("\n") + measure(b).
   */
  measure?: (text: string) => number;
}

export interface Fitted {
  body: string;
  cut: boolean;
  /** Sections left out. */
  omitted: number;
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** Top-level sections: a heading line or a `<details>` block starts one; a `<details>` block is never split. */
export function sections(markdown: string): string[] {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let current: string[] = [];
  let depth = 0;
  let fence = false;
  for (const line of lines) {
    const starts = !fence && depth === 0 && (/^#{1,6} /.test(line) || /^<details[\s>]/.test(line));
    if (starts && current.length > 0) {
      out.push(current.join("\n"));
      current = [];
    }
    current.push(line);
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (!fence) {
      depth += (line.match(/<details[\s>]/g) ?? []).length;
      depth = Math.max(0, depth - (line.match(/<\/details>/g) ?? []).length);
    }
  }
  if (current.length > 0) out.push(current.join("\n"));
  return out;
}

function notice(omitted: number, total: number, full: FitOptions["fullReport"]): string {
  // Parentheses in the address would end Markdown's (…) early and leave the rest as text: percent-encoded.
  const href = full?.url?.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  const where = full ? (href ? `[${full.label}](${href})` : full.label) : "the job's log";
  return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}

/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line. Linear in the body: each section and line is measured
 * once and the sizes summed, which `measure` allows as long as it adds up over concatenation (characters and UTF-8
 * bytes do: text is only ever joined at a newline, never inside a surrogate pair).
 */
export function fitBody(body: string, o: FitOptions): Fitted {
  const measure = o.measure ?? ((t: string) => t.length);
  if (measure(body) <= o.limit) return { body, cut: false, omitted: 0 };
  const parts = sections(body);
  const tail = (omitted: number) => notice(omitted, parts.length, o.fullReport);
  const newline = measure("\n");
  let size = 0;
  let used = 0;
  for (const part of parts) {
    const next = used === 0 ? measure(part) : size + newline + measure(part);
    if (next + measure(tail(parts.length - used - 1)) > o.limit) break;
    size = next;
    used++;
  }
  let kept = parts.slice(0, used).join("\n");
  if (used === 0) {
    // Even the first section is too long: keep its lines that fit.
    const room = o.limit - measure(tail(parts.length));
    const lines = parts[0]!.split("\n");
    let lineCount = 0;
    let lineSize = 0;
    for (const line of lines) {
      const next = lineCount === 0 ? measure(line) : lineSize + newline + measure(line);
      if (next > room) break;
      lineSize = next;
      lineCount++;
    }
    kept = lines.slice(0, lineCount).join("\n");
  }
  return { body: `${kept}${tail(parts.length - used)}`, cut: true, omitted: parts.length - used };
}
