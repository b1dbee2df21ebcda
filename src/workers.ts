// Worker threads run the same bundle: started with a range job as workerData, it validates that range and replies.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

import {
  type RangeJob,
  type RangeOutcome,
  type RangeRunner,
  toRangeError,
  validateRange,
} from "./core/validate/split.js";

const KIND = "modelgate.validate-range";

/** When this module runs in a worker started by `workerRangeRunner`, do the job it was given. */
export function serveWorker(): void {
  if (isMainThread || !parentPort) return;
  const data = workerData as { kind?: string; job?: RangeJob } | null;
  if (data?.kind !== KIND || !data.job) return;
  const port = parentPort;
  validateRange(data.job).then(
    (ok) => port.postMessage({ ok }),
    (e: unknown) => port.postMessage({ error: toRangeError(e) }),
  );
}

/** Run range jobs in a worker thread started from `script` (this bundle's own file). */
export function workerRangeRunner(script: string): RangeRunner {
  return (job) =>
    new Promise<RangeOutcome>((resolve, reject) => {
      // A small young generation: the worker streams batches, and V8 would otherwise grow it with the run's length.
      const worker = new Worker(script, {
        workerData: { kind: KIND, job },
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      let settled = false;
      worker.once("message", (m: { ok?: RangeOutcome; error?: unknown }) => {
        settled = true;
        if (m.ok) resolve(m.ok);
        else reject(m.error);
        void worker.terminate();
      });
      worker.once("error", (e) => {
        settled = true;
        reject({ message: e.message });
      });
      worker.once("exit", (code) => {
        if (!settled) reject({ message: `the validation worker stopped (exit ${code})` });
      });
    });
}
