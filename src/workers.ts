// Worker threads run the same bundle: started with a job as workerData, a worker does that one job and replies.
// Two jobs exist: validating the second half of a large CSV, and reading the current table for `drift`.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

import type { SampleRunner } from "./core/drift/samples.js";
import { InputError, type Place } from "./core/errors.js";
import type { RangeRunner } from "./core/validate/split.js";

const RANGE = "modelgate.validate-range";
const SAMPLES = "modelgate.drift-samples";

/** An error as a worker posts it (structured-cloned, so plain data): an InputError's file, place and problem. */
export interface ThreadError {
  file?: string;
  place?: Place;
  problem?: string;
  message: string;
}

/** What a worker posts for the error its job met. */
export function toThreadError(e: unknown): ThreadError {
  if (e instanceof InputError)
    return {
      ...(e.file ? { file: e.file } : {}),
      ...(e.place ? { place: e.place } : {}),
      problem: e.problem,
      message: e.message,
    };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The error a worker met, rebuilt in this thread: an InputError again (exit 2, its place kept), else its message. */
export function fromThreadError(e: ThreadError): Error {
  return e.problem === undefined ? new Error(e.message) : new InputError(e.file, e.place, e.problem);
}

/** When this module runs in a worker started by one of the runners below, do the job it was given. */
export function serveWorker(): void {
  if (isMainThread || !parentPort) return;
  const data = workerData as { kind?: string; job?: unknown } | null;
  const port = parentPort;
  // The jobs' code loads only in a worker that runs one: the CLI's start stays small.
  void import("./core/validate/split.js").then(async ({ validateRange }) => {
    const fail = (e: unknown) => port.postMessage({ error: toThreadError(e) });
    if (data?.kind === RANGE && data.job) {
      validateRange(data.job as Parameters<RangeRunner>[0]).then((ok) => port.postMessage({ ok }), fail);
    } else if (data?.kind === SAMPLES && data.job) {
      const { collectFile } = await import("./core/drift/samples.js");
      collectFile(data.job as Parameters<SampleRunner>[0]).then((ok) => {
        // The sorted values move to the main thread without a copy.
        const buffers = ok.flatMap((s) =>
          !s.numbers ? [] : [(s.numbers.kind === "scaled" ? s.numbers.ints : s.numbers.floats).buffer as ArrayBuffer],
        );
        port.postMessage({ ok }, buffers);
      }, fail);
    }
  });
}

/** Run one job in a worker thread; it rejects with the error the job met (see fromThreadError), or why the worker stopped. */
function inWorker<T>(script: string, kind: string, job: unknown, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // A small young generation: the worker streams batches, and V8 would otherwise grow it with the run's length.
    const worker = new Worker(script, { workerData: { kind, job }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    let settled = false;
    worker.once("message", (m: { ok?: T; error?: ThreadError }) => {
      settled = true;
      if (m.ok) resolve(m.ok);
      else
        reject(
          fromThreadError(m.error ?? { message: `the ${what} worker replied with neither a result nor an error` }),
        );
      void worker.terminate();
    });
    worker.once("error", (e) => {
      settled = true;
      reject(new Error(e.message));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the ${what} worker stopped (exit ${code})`));
    });
  });
}

/** Run range jobs in a worker thread started from `script` (this bundle's own file). */
export function workerRangeRunner(script: string): RangeRunner {
  return (job) => inWorker(script, RANGE, job, "validation");
}

/** Read a table's drift samples in a worker thread started from `script`. */
export function workerSampleRunner(script: string): SampleRunner {
  return (job) => inWorker(script, SAMPLES, job, "drift");
}
