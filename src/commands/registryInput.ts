// The `--registry` input, declared apart from opening a registry: declarations load when the CLI starts, the
// registry's code only when a command opens one.
import { DEFAULT_LOCAL_REGISTRY } from "../core/registry/store.js";
import { text } from "./command.js";

/** The `--registry` input every registry command declares. */
export const registryInput = () =>
  text(
    `Where the registry is: github (GitHub Releases of this repository), gitlab (GitLab Releases and generic packages of this project) or local:<dir> (a folder, relative to the working directory, or to modelgate.yml when set there). Default: the platform the run is on; local:${DEFAULT_LOCAL_REGISTRY} outside CI.`,
    { config: "registry.url", placeholder: "<github|gitlab|local:dir>", pathAfter: "local:" },
  );

/** The model's name, as every registry command takes it (flag, or modelgate.yml's registry.name). */
export const modelNameInput = () =>
  text("The model's name in the registry: 1-64 characters of a-z, 0-9, `.`, `_` and `-`.", {
    required: true,
    config: "registry.name",
    placeholder: "<model>",
  });
