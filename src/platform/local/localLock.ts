// A lock file for the local registry: created with O_EXCL (only one process can create it), holding who took it
// (pid, host, time, a token). A lock whose process is gone (same host) or that is older than `staleMs` is taken over;
// a lock is released only by its owner (the token), so a holder whose lock was judged stale never removes the next one.
import { randomBytes } from "node:crypto";
import { lstat, open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";

export interface LockOptions {
  /** Give up waiting after this long (default 60 s). */
  timeoutMs: number;
  /** A lock older than this is stale whoever holds it (default 5 min: every hold is a rename or an append). */
  staleMs: number;
  /** How often to look again while waiting (default 25 ms, with jitter). */
  pollMs: number;
}

export const DEFAULT_LOCK: LockOptions = { timeoutMs: 60_000, staleMs: 300_000, pollMs: 25 };

interface Holder {
  pid: number;
  host: string;
  at: number;
  token: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists under another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holderOf(file: string): Promise<Holder | null> {
  try {
    const h = JSON.parse(await readFile(file, "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" &&
      typeof h.host === "string" &&
      typeof h.at === "number" &&
      typeof h.token === "string"
      ? (h as Holder)
      : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run `fn` holding the lock `file`; one line says who holds it when waiting times out. */
export async function withLock<T>(file: string, fn: () => Promise<T>, o: Partial<LockOptions> = {}): Promise<T> {
  const { timeoutMs, staleMs, pollMs } = { ...DEFAULT_LOCK, ...o };
  const token = randomBytes(12).toString("hex");
  const started = Date.now();
  for (;;) {
    try {
      const fh = await open(file, "wx");
      try {
        await fh.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), token }));
      } finally {
        await fh.close();
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const before = await lstat(file).catch(() => null);
    if (!before) continue;
    const holder = await holderOf(file);
    // A lock without a readable holder is one being written this instant, or the wreck of a crash: its age decides.
    const at = holder?.at ?? before.mtimeMs;
    const stale = Date.now() - at > staleMs || (holder !== null && holder.host === hostname() && !alive(holder.pid));
    if (stale) {
      // Only the lock judged stale goes: if another process took it over meanwhile, the file is a new one.
      const now = await lstat(file).catch(() => null);
      if (now && now.ino === before.ino && now.mtimeMs === before.mtimeMs) await unlink(file).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${file} is held by process ${holder?.pid ?? "?"} on ${holder?.host ?? "?"} since ${new Date(at).toISOString()}: if no publish or promote is running there, remove the file`,
      );
    await sleep(pollMs * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    if ((await holderOf(file))?.token === token) await unlink(file).catch(() => undefined);
  }
}
