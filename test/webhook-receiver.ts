import http from "node:http";
import type { AddressInfo } from "node:net";

/** A real HTTP receiver on the loopback for webhook tests: records each request, answers from a script. */
export type Received = { headers: Record<string, string>; body: string };
export type Receiver = {
  url: string;
  port: number;
  received: Received[];
  /** Status codes to answer in turn; the last one repeats (default 200). */
  answers: number[];
  /** When set, every answer is a 307 to this URL. */
  redirectTo?: string;
  close(): Promise<void>;
};

export async function startReceiver(host = "127.0.0.1"): Promise<Receiver> {
  const received: Received[] = [];
  const r = { received, answers: [200] as number[], redirectTo: undefined as string | undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body: Buffer.concat(chunks).toString("utf8"),
      });
      if (r.redirectTo) {
        res.writeHead(307, { location: r.redirectTo }).end();
        return;
      }
      const status = r.answers.length > 1 ? r.answers.shift()! : r.answers[0]!;
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "nope");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(r, {
    url: `http://${host}:${port}/hook`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
