// Drift from profiles: a side given as `modelgate profile`'s JSON is read; a side given as data is profiled now.
import { extname } from "node:path";

import { openTable } from "../data/open.js";
import type { ColumnType } from "../data/types.js";
import { edgesOfProfile, type Profile } from "../profile/profile.js";
import { profileTable } from "../profile/profileTable.js";
import { readProfile } from "../profile/readProfile.js";
import type { SampleJob } from "./samples.js";

/** A profile (`modelgate profile`'s JSON) rather than a table: tables are never .json. */
export const isProfile = (file: string): boolean => extname(file).toLowerCase() === ".json";

/**
 * Two profiles for drift, at least one of the files being one: read from the files, or, for a side given as data,
 * profiled now with the other profile's types and bin edges (so its bins compare exactly).
 */
export async function profileSides(
  refFile: string,
  curFile: string,
  read: SampleJob["read"],
  progress?: (rows: number) => void,
): Promise<[Profile, Profile]> {
  const given = isProfile(refFile) ? await readProfile(refFile) : await readProfile(curFile);
  const other = isProfile(refFile) ? curFile : refFile;
  let made: Profile;
  if (isProfile(other)) made = await readProfile(other);
  else {
    const types = new Map(given.columns.map((c) => [c.state.name, c.state.type as ColumnType]));
    const source = await openTable(other, read);
    try {
      made = await profileTable(source, {
        types: source.columnNames.map((n) => types.get(n) ?? "string"),
        edges: edgesOfProfile(given),
        ...(progress ? { onProgress: progress } : {}),
      });
    } finally {
      await source.close();
    }
  }
  return isProfile(refFile) ? [given, made] : [made, given];
}
