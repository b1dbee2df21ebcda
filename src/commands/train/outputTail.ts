// The last lines of a training command's output, kept for the failure message, the annotation and the summary. A
// progress bar (tqdm) redraws with `\r` and may never print a newline: re-splitting the whole unfinished line at
// every chunk made 50 MB of such output take minutes, and the one "line" it made was then repeated everywhere.
// Here `\r` ends a line as `\n` does, a line keeps only its end, and the lines together are bounded.

/** Lines kept. */
export const TAIL_LINES = 30;
/** Characters a kept line has at most: its end, after an ellipsis. */
export const LINE_CHARS = 500;
/** Characters all kept lines have at most together. */
export const TAIL_CHARS = 8000;

const ELLIPSIS = "…";
const LINE_END = /\r\n|\r|\n/g;

/** A line cut to its last LINE_CHARS characters (the end of a log line or a progress bar is what tells). */
function clip(line: string): string {
  return line.length > LINE_CHARS ? ELLIPSIS + line.slice(-(LINE_CHARS - ELLIPSIS.length)) : line;
}

/** The last lines of a stream of output, in memory bounded whatever the stream's length. */
export class OutputTail {
  private kept: string[] = [];
  private chars = 0;
  /** The line not yet ended, already clipped (so appending to it costs the chunk, not the line). */
  private partial = "";
  /** The last chunk ended in `\r`: a `\n` opening the next one belongs to it. */
  private pendingCr = false;

  push(text: string): void {
    let start = this.pendingCr && text.startsWith("\n") ? 1 : 0;
    this.pendingCr = text.endsWith("\r");
    LINE_END.lastIndex = start;
    for (let m = LINE_END.exec(text); m; m = LINE_END.exec(text)) {
      const line = this.partial + text.slice(start, m.index);
      this.partial = "";
      start = m.index + m[0].length;
      // An empty redraw (tqdm starts each with `\r`) is no line; an empty line the command printed is one.
      if (line !== "" || m[0] !== "\r") this.add(clip(line));
    }
    this.partial = clip(this.partial + text.slice(start));
  }

  private add(line: string): void {
    this.kept.push(line);
    this.chars += line.length;
    while (this.kept.length > TAIL_LINES || (this.chars > TAIL_CHARS && this.kept.length > 1))
      this.chars -= this.kept.shift()!.length;
  }

  /** The kept lines, the unfinished one last. */
  lines(): string[] {
    if (this.partial === "") return [...this.kept];
    const out = [...this.kept, this.partial];
    let chars = this.chars + this.partial.length;
    while (out.length > TAIL_LINES || (chars > TAIL_CHARS && out.length > 1)) chars -= out.shift()!.length;
    return out;
  }
}
