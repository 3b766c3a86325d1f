import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, CliError } from "./errors";
import { EXIT } from "./exit-codes";
import { createApi } from "./http";

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A loopback server that answers every request with one fixed response. */
async function answer(status: number, headers: Record<string, string>, body: string): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failure(url: string): Promise<unknown> {
  return createApi({ server: url, token: "t" })("/me").then(
    () => new Error("expected a refusal"),
    (error: unknown) => error,
  );
}

describe("createApi", () => {
  it("turns 429 into exit 5 and says when to retry", async () => {
    const url = await answer(
      429,
      { "content-type": "application/problem+json", "retry-after": "30" },
      '{"title":"Too many requests","status":429}',
    );
    const error = (await failure(url)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.exitCode).toBe(EXIT.failure);
    expect(error.message).toBe("Too many requests");
    expect(error.details).toEqual(["Retry after 30 s."]);
  });

  it("reports a non-JSON error page by its status", async () => {
    const url = await answer(502, { "content-type": "text/html" }, "<h1>Bad gateway</h1>");
    const error = (await failure(url)) as ApiError;
    expect(error.message).toBe("502 Bad Gateway");
    expect(error.details).toEqual(["<h1>Bad gateway</h1>"]);
  });

  it("follows no redirect, so the token never reaches another host", async () => {
    const url = await answer(302, { location: "https://elsewhere.example/api/v1/me" }, "");
    const error = (await failure(url)) as CliError;
    expect(error.exitCode).toBe(EXIT.failure);
    expect(error.message).toContain("Could not reach");
  });

  it("exits 5 when nothing listens", async () => {
    const url = await answer(200, {}, "{}");
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const error = (await failure(url)) as CliError;
    expect(error).toBeInstanceOf(CliError);
    expect(error.message).toBe(`Could not reach ${url}`);
  });

  it("sends the bearer token and If-Match as a quoted revision", async () => {
    let seen: Record<string, string | string[] | undefined> = {};
    server = createServer((req, res) => {
      seen = req.headers;
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"revision":3,"changed":true}');
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { body } = await createApi({ server: url, token: "mltrl_x_y" })("/p", {
      method: "PUT",
      ifMatch: 2,
      body: {},
    });
    expect(body).toEqual({ revision: 3, changed: true });
    expect(seen).toMatchObject({
      authorization: "Bearer mltrl_x_y",
      "if-match": '"2"',
      "content-type": "application/json",
    });
  });
});
