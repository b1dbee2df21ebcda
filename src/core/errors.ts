/** Where in a file a problem sits: a line (text formats), a record, a row group, or a path inside a document. */
export interface Place {
  line?: number;
  column?: string | number;
  record?: number;
  rowGroup?: number;
  path?: string;
}

function formatPlace(place: Place | undefined): string {
  if (!place) return "";
  const parts: string[] = [];
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.record !== undefined) parts.push(`record ${place.record}`);
  if (place.rowGroup !== undefined) parts.push(`row group ${place.rowGroup}`);
  if (place.column !== undefined) parts.push(`column ${JSON.stringify(String(place.column))}`);
  if (place.path !== undefined) parts.push(`at ${place.path}`);
  return parts.join(", ");
}

/** Unusable input, config or usage: the CLI exits 2 with one line naming file, place and problem. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly file: string | undefined,
    readonly place: Place | undefined,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    const where = [file, formatPlace(place)].filter((s) => s).join(": ");
    super(where ? `${where}: ${problem}` : problem, options);
  }
}

/** A file that cannot be opened or read, as one line: "no such file", or the system's reason. */
export function unreadable(file: string, e: unknown): InputError {
  const err = e as NodeJS.ErrnoException;
  return new InputError(
    file,
    undefined,
    err.code === "ENOENT" ? "no such file" : `cannot be read (${err.code ?? err.message})`,
    { cause: e },
  );
}

/**
 * The message for the last line of defence, on one line: our own errors speak for themselves, others keep their
 * text, folded (a library's message may span lines; onnxruntime's end in a newline).
 */
export function errorMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s*\r?\n\s*/g, " ").trim();
}

/**
 * Why JSON text does not parse, in one line and without echoing the text (V8's message quotes the whole input):
 * NaN and infinities, which Python's json.dump writes for such metrics, are named with their line.
 */
export function jsonSyntaxProblem(text: string, e: unknown): string {
  // Strings blanked first (same length, so the line stays right): a NaN inside one is text.
  const bare = text.replace(/"(?:[^"\\\n]|\\.)*"/g, (m) => " ".repeat(m.length));
  const special = /(?<![\w.])(-?Infinity|NaN)(?!\w)/.exec(bare);
  if (special) {
    const line = text.slice(0, special.index).split("\n").length;
    return `line ${line}: ${special[1]} is not a JSON number (Python's json.dump writes it for a NaN or infinite value)`;
  }
  const message = errorMessage(e).replace(/, ".*" is not valid JSON$/, "");
  return `not valid JSON (${message})`;
}
