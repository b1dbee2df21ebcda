import { readFile, writeFile } from "node:fs/promises";

import { openTable } from "../core/data/open.js";
import { InputError, jsonSyntaxProblem, unreadable } from "../core/errors.js";
import { edgesOfProfile, mergeProfiles, type Profile, profileSchema } from "../core/profile/profile.js";
import { profileTable } from "../core/profile/profileTable.js";
import { type CommandIO, type Inputs, shown } from "./io.js";
import { readOptionsOf, schemaTypes } from "./readOptions.js";

/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
export async function runProfile(inputs: Inputs, io: CommandIO): Promise<number> {
  const data = inputs.data as string;
  const out = inputs.out as string;
  const source = await openTable(data, readOptionsOf(inputs));
  let profile: Profile;
  try {
    const types = typeof inputs.schema === "string" ? await schemaTypes(inputs.schema, source.columnNames) : null;
    const edges = typeof inputs.edgesFrom === "string" ? edgesOfProfile(await readProfile(inputs.edgesFrom)) : null;
    profile = await profileTable(source, {
      ...(types ? { types } : {}),
      ...(edges ? { edges } : {}),
      ...(io.progress ? { onProgress: io.progress } : {}),
    });
  } finally {
    await source.close();
  }
  profile.sources = profile.sources.map((s) => ({ ...s, file: shown(s.file, io.cwd) }));
  return writeProfile(profile, out, io);
}

/** `modelgate profile merge`: shard profiles into the profile of the whole. */
export async function runProfileMerge(inputs: Inputs, io: CommandIO): Promise<number> {
  const files = inputs.profiles as string[];
  const profiles = await Promise.all(files.map((f) => readProfile(f)));
  return writeProfile(mergeProfiles(profiles), inputs.out as string, io);
}

export async function readProfile(file: string): Promise<Profile> {
  const text = await readFile(file, "utf8").catch((e: unknown) => {
    throw unreadable(file, e);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, undefined, jsonSyntaxProblem(text, e));
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      file,
      { path: issue.path.join(".") || "(top level)" },
      `not a modelgate profile: ${issue.message}`,
    );
  }
  return parsed.data;
}

async function writeProfile(profile: Profile, out: string, io: CommandIO): Promise<number> {
  await writeFile(out, `${JSON.stringify(profile)}\n`);
  const human = `wrote ${shown(out, io.cwd)}: ${profile.rows} rows, ${profile.columns.length} columns\n`;
  if (io.json)
    io.stdout(
      `${JSON.stringify(
        profile.columns.map((c) => c.summary),
        null,
        2,
      )}\n`,
    );
  (io.json ? io.stderr : io.stdout)(human);
  await io.platform.setOutputs({ "profile-path": out, rows: profile.rows });
  return 0;
}
