import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { InputError } from "../../core/errors.js";
import { parseModelRef } from "../../core/registry/names.js";
import { readStoredManifest } from "../../core/registry/releaseFiles.js";
import { stagesOf } from "../../core/registry/stages.js";
import { resolveRelease } from "../../core/registry/verify.js";
import { showText } from "../../core/render/registryRender.js";
import { type CommandIO, printResult } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { RegistryShowInput } from "./command.js";

/** `modelgate registry show <name>@<version|stage>`. */
export async function runRegistryShow(input: RegistryShowInput, io: CommandIO): Promise<number> {
  const ref = parseModelRef(input.ref, "registry show");
  const { store } = await openRegistry(input.registry, io);
  const { release } = await resolveRelease(store, ref);
  const history = await store.stageHistory(ref.name);
  const dir = await mkdtemp(join(tmpdir(), "modelgate-show-"));
  try {
    const read = await readStoredManifest(store, release, dir);
    // A version whose manifest cannot be read is not one to show as if it were whole.
    if (!("manifest" in read)) throw new InputError(undefined, undefined, `${release.tag}: ${read.problem}`);
    const stages = stagesOf(history, release.version);
    printResult(io, showText(read.manifest, stages, history), {
      manifest: read.manifest,
      stages,
      history,
      url: release.url ?? null,
    });
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
