import { readJsonFile } from "../config/jsonFile.js";
import { InputError } from "../errors.js";
import { type Profile, profileSchema } from "./profile.js";

/** A profile file (from `modelgate profile`), checked against its schema: one line naming the file and the place. */
export async function readProfile(file: string): Promise<Profile> {
  const json = await readJsonFile(file);
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
