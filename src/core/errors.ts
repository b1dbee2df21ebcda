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

/** The message for the last line of defence: our own errors speak for themselves, others keep their text. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
