// Runs the user's training command: through the shell (any language, `make model`, a remote job launcher), in a
// process group of its own so a timeout kills the whole tree, with its output streamed live and its last lines kept.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

import { OutputTail } from "./outputTail.js";

export interface ProcessResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The last lines of the combined output, for the error message (bounded: see outputTail.ts). */
  tail: string[];
}

const KILL_GRACE_MS = 5000;
/** How long the output may stay open after the command exited (a stray background process holding it). */
const STRAY_GRACE_MS = 2000;

/**
 * Every descendant of `root` (Linux: parent links in /proc/<pid>/stat), collected before anything is killed: a
 * process that left the group (setsid) is still a child of its parent until that parent dies.
 */
export function descendants(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const siblings = children.get(ppid);
      if (siblings) siblings.push(Number(e));
      else children.set(ppid, [Number(e)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  for (let queue = [root]; queue.length;) {
    const next = children.get(queue.shift()!) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}

export function runProcess(
  command: string,
  options: { cwd: string; timeoutMs: number; env: NodeJS.ProcessEnv; onOutput: (text: string) => void },
): Promise<ProcessResult> {
  const started = Date.now();
  const tail = new OutputTail();
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
    let exitCode: number | null = null;
    let strays: number[] = [];
    const signal = (pid: number, s: NodeJS.Signals) => {
      try {
        process.kill(pid, s);
      } catch {
        // already gone
      }
    };
    const killTree = (s: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      signal(process.platform === "win32" ? child.pid : -child.pid, s);
      for (const pid of strays) signal(pid, s);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      strays = child.pid === undefined ? [] : descendants(child.pid);
      killTree("SIGTERM");
      setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS).unref();
    }, options.timeoutMs);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Anything the group left running after the leader exited goes too.
      if (timedOut) killTree("SIGKILL");
      resolve({ exitCode, timedOut, durationMs: Date.now() - started, tail: tail.lines() });
    };
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (text: string) => {
        options.onOutput(text);
        tail.push(text);
      });
    }
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", (code) => {
      exitCode = code;
      // A background process that kept the output open must not hold the step: the run ended with its command.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, STRAY_GRACE_MS).unref();
    });
    child.on("close", finish);
  });
}
