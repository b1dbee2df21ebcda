import { parseModelRef } from "../../core/registry/names.js";
import { pull } from "../../core/registry/verify.js";
import { type CommandIO, printResult, shown } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { RegistryPullInput } from "./command.js";

/** `modelgate registry pull`: 0 written and verified, 1 the download is not what the manifest says (nothing written). */
export async function runRegistryPull(input: RegistryPullInput, io: CommandIO): Promise<number> {
  const ref = parseModelRef(input.ref, "registry pull");
  const { store } = await openRegistry(input.registry, io);
  const got = await pull(store, ref, { to: input.out, asset: input.asset });
  if (!got.ok) {
    printResult(io, `refused: ${got.problem}\n`, { ok: false, tag: got.release.tag, problem: got.problem });
    return 1;
  }
  const where = shown(got.file, io.cwd);
  printResult(
    io,
    `pulled ${got.asset.name} of ${got.release.tag}${got.stage ? ` (${got.stage})` : ""} to ${where}: sha256 ${got.asset.sha256} verified\n`,
    {
      ok: true,
      tag: got.release.tag,
      version: got.release.version,
      stage: got.stage,
      file: got.file,
      sha256: got.asset.sha256,
    },
  );
  await io.platform.setOutputs({ path: got.file, version: got.release.version, sha256: got.asset.sha256 });
  return 0;
}
