import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { webhookUrlReasons } from "../domain/webhooks";

/**
 * One outbound webhook POST through the SSRF filter: request-filtering-agent checks the address
 * every DNS answer resolves to (so a public name pointing at 127.0.0.1, or re-bound to it, is
 * refused) and refuses private, loopback, link-local and reserved addresses unless they are in
 * the operator's WEBHOOK_ALLOWED_NETWORKS. Redirects are followed (at most 3) only after the new
 * URL passes the same save-time check, and each hop goes through the filtering agent again.
 * A timeout ends the request; at most RESPONSE_LIMIT bytes of the answer are read.
 */

export const REQUEST_TIMEOUT_MS = 10_000;
export const RESPONSE_LIMIT = 64 * 1024;
const MAX_REDIRECTS = 3;

export type SendResult = { status: number | null; body: string; error: string | null; durationMs: number };

function agentFor(url: URL, allowedNetworks: readonly string[]) {
  const options = { allowIPAddressList: [...allowedNetworks], keepAlive: false, timeout: REQUEST_TIMEOUT_MS };
  return url.protocol === "https:" ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
}

function postOnce(
  url: URL,
  body: string,
  headers: Record<string, string>,
  allowedNetworks: readonly string[],
): Promise<{ status: number; body: string; location: string | null }> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(
      url,
      {
        method: "POST",
        agent: agentFor(url, allowedNetworks),
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size >= RESPONSE_LIMIT) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_LIMIT) res.destroy();
        });
        const done = () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).subarray(0, RESPONSE_LIMIT).toString("utf8"),
            location: typeof res.headers.location === "string" ? res.headers.location : null,
          });
        res.on("end", done);
        res.on("close", done);
        res.on("error", done);
      },
    );
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
      REQUEST_TIMEOUT_MS,
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.on("close", () => clearTimeout(timer));
    req.end(body);
  });
}

export async function sendWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  allowedNetworks: readonly string[],
): Promise<SendResult> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  let url = target;
  for (let hop = 0; ; hop++) {
    const refused = webhookUrlReasons(url, allowedNetworks);
    if (refused.length > 0)
      return { status: null, body: "", error: `refused ${url}: ${refused[0]!.message}`, durationMs: elapsed() };
    try {
      const res = await postOnce(new URL(url), body, headers, allowedNetworks);
      if (res.status >= 300 && res.status < 400 && res.location) {
        if (hop >= MAX_REDIRECTS)
          return { status: res.status, body: res.body, error: "too many redirects", durationMs: elapsed() };
        url = new URL(res.location, url).toString();
        continue;
      }
      return { status: res.status, body: res.body, error: null, durationMs: elapsed() };
    } catch (error) {
      return {
        status: null,
        body: "",
        error: error instanceof Error ? error.message : String(error),
        durationMs: elapsed(),
      };
    }
  }
}
