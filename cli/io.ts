import type { Env } from "./config";

/** Everything a command touches outside itself, passed in so tests run the client in-process. */
export type Io = {
  env: Env;
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<string>;
  fetch: typeof fetch;
};

export function processIo(): Io {
  return {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      if (process.stdin.isTTY) process.stderr.write("Paste the token, then press Enter and Ctrl-D: ");
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString("utf8");
    },
    fetch: globalThis.fetch,
  };
}

/** Writes one line (the newline added) to stdout or stderr. */
export function line(write: (text: string) => void, text = ""): void {
  write(`${text}\n`);
}

/** Pads columns to their widest cell: a plain-text table for a terminal or a CI log. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const render = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [render(header), render(widths.map((w) => "-".repeat(w))), ...rows.map(render)].join("\n");
}
