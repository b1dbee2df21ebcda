import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { compareVersions, parseModelName } from "../../core/registry/names.js";
import { readStoredManifest } from "../../core/registry/releaseFiles.js";
import { stagesOf } from "../../core/registry/stages.js";
import { type VersionRow, versionsText } from "../../core/render/registryRender.js";
import { type CommandIO, printResult } from "../io.js";
import { openRegistry } from "../registryOf.js";
import type { RegistryListInput } from "./command.js";

/** `modelgate registry list`: every published version with what its manifest says (drafts are not versions). */
export async function runRegistryList(input: RegistryListInput, io: CommandIO): Promise<number> {
  const name = parseModelName(input.name);
  const { store } = await openRegistry(input.registry, io);
  const [releases, history] = await Promise.all([store.releases(name), store.stageHistory(name)]);
  const published = releases.filter((r) => !r.draft).sort((a, b) => compareVersions(b.version, a.version));
  const dir = await mkdtemp(join(tmpdir(), "modelgate-list-"));
  try {
    const rows: VersionRow[] = [];
    for (const r of published) {
      const read = await readStoredManifest(store, r, dir);
      rows.push({
        version: r.version,
        tag: r.tag,
        stages: stagesOf(history, r.version),
        publishedAt: r.publishedAt ?? ("manifest" in read ? read.manifest.published_at : null),
        manifest: "manifest" in read ? read.manifest : null,
        ...("manifest" in read ? {} : { problem: read.problem }),
      });
    }
    printResult(io, versionsText(name, rows, store.label), { name, registry: store.label, versions: rows });
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
