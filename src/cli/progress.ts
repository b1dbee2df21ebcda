/** Rows-read progress on an interactive terminal; nothing in CI logs or pipes. */
export function terminalProgress(
  stream: NodeJS.WriteStream,
  env: NodeJS.ProcessEnv,
): { update: (rows: number) => void; done: () => void } | null {
  if (!stream.isTTY || env.CI) return null;
  let last = 0;
  let shown = false;
  return {
    update(rows) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      stream.write(`\r\u001b[2K  ${rows.toLocaleString("en-US")} rows read…`);
    },
    done() {
      if (shown) stream.write("\r\u001b[2K");
    },
  };
}
