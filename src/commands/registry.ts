// Every command, in the order the CLI's help and the README list them. Adding a command is one folder under
// src/commands (its command.ts declaring it, its code beside) and one line here.
import { card } from "./card/command.js";
import type { Command, Inputs } from "./command.js";
import { comment } from "./comment/command.js";
import { commentCommand } from "./commentCommand/command.js";
import { drift } from "./drift/command.js";
import { evaluate } from "./evaluate/command.js";
import { gate } from "./gate/command.js";
import { pipeline } from "./pipeline/command.js";
import { profile } from "./profile/command.js";
import { profileMerge } from "./profileMerge/command.js";
import { promote } from "./promote/command.js";
import { publish } from "./publish/command.js";
import { registryList } from "./registryList/command.js";
import { registryPull } from "./registryPull/command.js";
import { registryShow } from "./registryShow/command.js";
import { report } from "./report/command.js";
import { rollback } from "./rollback/command.js";
import { schemaInfer } from "./schemaInfer/command.js";
import { train } from "./train/command.js";
import { validate } from "./validate/command.js";
import { verify } from "./verify/command.js";

export const COMMANDS: readonly Command<Inputs>[] = [
  validate,
  schemaInfer,
  profile,
  profileMerge,
  train,
  evaluate,
  gate,
  drift,
  card,
  report,
  comment,
  publish,
  promote,
  rollback,
  registryList,
  registryShow,
  registryPull,
  verify,
  commentCommand,
  pipeline,
];

export function commandNamed(name: string): Command<Inputs> | undefined {
  return COMMANDS.find((c) => c.name === name);
}
