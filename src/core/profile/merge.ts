// Merging the profiles of a table's shards, and refusing profiles that are not shards of one table (issue 16): a
// merge of two tables' profiles describes no table, and drift against it compares the wrong columns.
import { InputError } from "../errors.js";
import type { ColumnProfileState } from "./columnProfiler.js";
import { buildProfile, mergeColumnStates, type Profile } from "./profile.js";

/**
 * Merge profiles of shards of one table: counts and moments exactly, sketches by their own merge rules. Profiles
 * of different tables (another column set, or a column of another type) are refused: their merge would describe
 * no table, and drift against it would compare the wrong columns. `files` name the profiles in that message.
 */
export function mergeProfiles(
  profiles: Profile[],
  files: string[] = profiles.map((_p, i) => `profile ${i + 1}`),
): Profile {
  const first = profiles[0];
  if (!first) throw new Error("nothing to merge");
  checkSameTable(profiles, files);
  const byName = new Map<string, ColumnProfileState[]>();
  for (const p of profiles)
    for (const c of p.columns)
      byName.set(c.state.name, [...(byName.get(c.state.name) ?? []), c.state as ColumnProfileState]);
  const merged = [...byName].map(([name, states]) => mergeColumnStates(name, states));
  return buildProfile(
    merged,
    profiles.flatMap((p) => p.sources),
  );
}

/** The first difference between the shards' column sets or types, as one line naming both files. */
function checkSameTable(profiles: Profile[], files: string[]): void {
  const first = profiles[0]!;
  const names = (p: Profile) => new Set(p.columns.map((c) => c.state.name));
  const firstNames = names(first);
  // The type a column has where it holds values (an all-null shard's column says nothing of its type).
  const valuedType = new Map<string, { type: string; at: number }>();
  const binned = new Map<string, { edges: number[]; at: number }>();
  profiles.forEach((p, i) => {
    const these = names(p);
    const missing = [...firstNames].find((n) => !these.has(n));
    const extra = [...these].find((n) => !firstNames.has(n));
    const differ = (what: string) => {
      throw new InputError(
        undefined,
        undefined,
        `${files[0]} and ${files[i]} are not profiles of one table: ${what}; profile every shard of one table with the same columns and types`,
      );
    };
    if (missing !== undefined) differ(`column ${JSON.stringify(missing)} is in ${files[0]}, not in ${files[i]}`);
    if (extra !== undefined) differ(`column ${JSON.stringify(extra)} is in ${files[i]}, not in ${files[0]}`);
    for (const { state } of p.columns) {
      if (state.count - state.nulls === 0) continue;
      const seen = valuedType.get(state.name);
      if (!seen) valuedType.set(state.name, { type: state.type, at: i });
      else if (!sameColumnType(seen.type, state.type))
        throw new InputError(
          undefined,
          undefined,
          `${files[seen.at]} and ${files[i]} are not profiles of one table: column ${JSON.stringify(state.name)} is ${seen.type} in ${files[seen.at]}, ${state.type} in ${files[i]}; profile every shard with the same --schema`,
        );
      if (!state.bins) continue;
      const bins = binned.get(state.name);
      if (!bins) binned.set(state.name, { edges: state.bins.edges, at: i });
      else if (bins.edges.length !== state.bins.edges.length || bins.edges.some((e, k) => e !== state.bins!.edges[k]))
        throw new InputError(
          undefined,
          undefined,
          `column ${JSON.stringify(state.name)} was binned on different edges in ${files[bins.at]} and ${files[i]}: profile every shard with the same --edges-from`,
        );
    }
  });
}

/** Types one column may have across shards of one table: the same, or integer and number (a shard of whole numbers). */
const sameColumnType = (a: string, b: string) =>
  a === b || ((a === "integer" || a === "number") && (b === "integer" || b === "number"));
