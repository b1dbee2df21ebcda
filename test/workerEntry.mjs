// What the bundle's entry does in a worker thread (src/index.ts calls serveWorker), with the sources loaded through
// tsx: test/workers.test.ts starts real workers from this file.
import { register } from "tsx/esm/api";

register();
const { serveWorker } = await import("../src/workers.ts");
serveWorker();
