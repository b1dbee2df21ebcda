// The `--registry` input, declared apart from opening a registry: declarations load when the CLI starts, the
// registry's code only when a command opens one.
import { DEFAULT_LOCAL_REGISTRY } from "../core/registry/store.js";
import { text } from "./command.js";

/** The `--registry` input every registry command declares. */
export const registryInput = () =>
  text(
    `Where the registry is: github (GitHub Releases of this repository), gitlab (GitLab Releases and generic packages of this project) or local:<dir> (a folder, relative to the working directory). Default: the platform the run is on; local:${DEFAULT_LOCAL_REGISTRY} outside CI.`,
    { config: "registry.url", placeholder: "<github|gitlab|local:dir>" },
  );
