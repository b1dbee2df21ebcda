import { mergeProfiles } from "../../core/profile/merge.js";
import { readProfile } from "../../core/profile/readProfile.js";
import { type CommandIO, shown } from "../io.js";
import { writeProfile } from "../profile/run.js";
import type { ProfileMergeInput } from "./command.js";

/** `modelgate profile merge`: shard profiles into the profile of the whole. */
export async function runProfileMerge(input: ProfileMergeInput, io: CommandIO): Promise<number> {
  const profiles = await Promise.all(input.profiles.map((f) => readProfile(f)));
  const names = input.profiles.map((f) => shown(f, io.cwd));
  return writeProfile(mergeProfiles(profiles, names), input.out, io);
}
