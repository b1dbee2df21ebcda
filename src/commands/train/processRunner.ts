// Runs the user's training command: through the shell (any language, `make model`, a remote job launcher), in a
// process group of its own so a timeout kills the whole tree, with its output streamed live and its last lines kept.
import { spawn } from "node:child_process";

export interface ProcessResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The last lines of the combined output, for the error message. */
  tail: string[];
}

const TAIL_LINES = 30;
const KILL_GRACE_MS = 5000;

export function runProcess(
  command: string,
  options: { cwd: string; timeoutMs: number; env: NodeJS.ProcessEnv; onOutput: (text: string) => void },
): Promise<ProcessResult> {
  const started = Date.now();
  const tail: string[] = [];
  let partial = "";
  const keep = (text: string) => {
    const lines = (partial + text).split("\n");
    partial = lines.pop() ?? "";
    for (const l of lines) {
      tail.push(l);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  return new Promise((resolve, reject) => {
    // detached: the child leads a new process group, which the timeout signals as a whole (-pid).
    const child = spawn(command, {
      cwd: options.cwd,
      env: options.env,
      shell: true,
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
    });
    let timedOut = false;
    const killTree = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree("SIGTERM");
      setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS).unref();
    }, options.timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (text: string) => {
        options.onOutput(text);
        keep(text);
      });
    }
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // Anything the group left running after the leader exited goes too.
      if (timedOut) killTree("SIGKILL");
      if (partial) tail.push(partial);
      resolve({ exitCode: code, timedOut, durationMs: Date.now() - started, tail: tail.slice(-TAIL_LINES) });
    });
  });
}
