// A CommandIO around a real platform adapter, collecting what a step prints, for the comment tests.
import type { CommandIO } from "../../src/commands/io.js";
import type { Platform } from "../../src/platform/port.js";

export interface Harness {
  io: CommandIO;
  out: () => string;
}

export function harness(platform: Platform, cwd: string): Harness {
  let text = "";
  return {
    io: {
      cwd,
      json: false,
      stdout: (t) => (text += t),
      stderr: (t) => (text += t),
      platform,
    },
    out: () => text,
  };
}

/** A body with `n` sections of about `size` characters each. */
export function longBody(n: number, size: number): string {
  const parts = ["## ✅ modelgate: all checks pass", ""];
  for (let i = 0; i < n; i++) parts.push(`### Section ${i}`, "", `${"x".repeat(size)}`, "");
  return parts.join("\n");
}
