// Which model registry a registry command works on: `--registry github|gitlab|local:<dir>`, or modelgate.yml's
// registry.url, else the platform's own (GitHub Releases in a GitHub run, GitLab Releases in a GitLab job) and a
// local folder outside CI. The hosted ones come from the platform adapter; only the local folder is opened here.
import { resolve } from "node:path";

import { InputError } from "../core/errors.js";
import type { Approval, RegistryStore } from "../core/registry/store.js";
import { DEFAULT_LOCAL_REGISTRY } from "../core/registry/store.js";
import { type CommandIO, shown } from "./io.js";

export interface OpenRegistry {
  store: RegistryStore;
  /** Who approved this run, as the platform recorded it (none for a local folder). */
  approvals(): Promise<Approval[]>;
}

/** The registry `asked` names (or the default for this run's platform); one line when it cannot be had here. */
export async function openRegistry(asked: string | undefined, io: CommandIO): Promise<OpenRegistry> {
  const platform = io.platform.context.platform;
  const url = asked ?? (platform === "local" ? `local:${DEFAULT_LOCAL_REGISTRY}` : platform);
  if (url.startsWith("local:")) {
    const dir = url.slice("local:".length);
    if (!dir) throw new InputError(undefined, undefined, "--registry local:<dir> names no folder");
    const root = resolve(io.cwd, dir);
    const { LocalRegistry } = await import("../platform/local/localRegistry.js");
    return { store: new LocalRegistry(root, { label: shown(root, io.cwd) }), approvals: async () => [] };
  }
  if (url !== "github" && url !== "gitlab")
    throw new InputError(
      undefined,
      undefined,
      `--registry ${JSON.stringify(url)}: expected github, gitlab or local:<dir>`,
    );
  if (url !== platform)
    throw new InputError(
      undefined,
      undefined,
      `--registry ${url}: this run is ${platform === "local" ? "outside CI" : `on ${platform}`}; the ${url} registry is used from a ${url} CI job (or MODELGATE_PLATFORM=${url} with its variables and token)`,
    );
  const hosted = await io.platform.registry();
  if ("unavailable" in hosted) throw new InputError(undefined, undefined, `--registry ${url}: ${hosted.unavailable}`);
  return hosted;
}
