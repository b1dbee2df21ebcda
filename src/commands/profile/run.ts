import { openTable } from "../../core/data/open.js";
import {
  edgesOfProfile,
  type Profile,
  type ProfileColumn,
  profileColumn,
  profileHead,
} from "../../core/profile/profile.js";
import { profileColumns, takeStates } from "../../core/profile/profileTable.js";
import { readProfile } from "../../core/profile/readProfile.js";
import { schemaTypes } from "../../core/schema/schemaTypes.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { readOptionsOf } from "../readOptions.js";
import { jsonPieces, writePieces } from "../writeJson.js";
import type { ProfileInput } from "./command.js";

/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
export async function runProfile(input: ProfileInput, io: CommandIO): Promise<number> {
  const { data, out } = input;
  const source = await openTable(data, readOptionsOf(input));
  let made: Awaited<ReturnType<typeof profileColumns>>;
  try {
    const types = input.schema !== undefined ? await schemaTypes(input.schema, source.columnNames) : null;
    const edges = input.edgesFrom !== undefined ? edgesOfProfile(await readProfile(input.edgesFrom)) : null;
    made = await profileColumns(source, {
      ...(types ? { types } : {}),
      ...(edges ? { edges } : {}),
      ...(io.progress ? { onProgress: io.progress } : {}),
    });
  } finally {
    await source.close();
  }
  const head = profileHead([{ file: shown(source.file, io.cwd), format: source.format, rows: made.rows }]);
  // Each column's state and summary made as it is written, then let go: the same file as buildProfile's.
  const columns = made.profilers.length;
  return writeProfile(head, out, io, columns, mapIterable(takeStates(made.profilers), profileColumn));
}

/** The profile file's text: one line, as JSON.stringify gives it, its columns taken from `columns` as they come. */
function* jsonLines(profile: Profile, columns: Iterable<ProfileColumn>): Generator<string> {
  yield* jsonPieces(profile, "columns", 0, columns);
  yield "\n";
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * Write the profile file a column at a time (see writeJson.ts): one line, as JSON.stringify gives it. `columns`
 * (default: the profile's own) may be made as they are written, so that a wide table's are never all held.
 */
export async function writeProfile(
  profile: Profile,
  out: string,
  io: CommandIO,
  count = profile.columns.length,
  columns: Iterable<ProfileColumn> = profile.columns,
): Promise<number> {
  const summaries: unknown[] = [];
  const kept = io.json ? mapIterable(columns, (c) => (summaries.push(c.summary), c)) : columns;
  await writePieces(out, jsonLines(profile, kept));
  const human = `wrote ${shown(out, io.cwd)}: ${profile.rows} rows, ${count} columns\n`;
  printResult(io, human, summaries);
  await io.platform.setOutputs({ "profile-path": out, rows: profile.rows });
  return 0;
}
