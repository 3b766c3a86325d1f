import http from "node:http";

/**
 * Signs in through next-auth's credentials endpoint from a chosen loopback source address
 * (127.0.0.x), so a spec can act as several clients: the server sees that socket address, which is
 * what the login throttle keys on by default. `forwardedFor` adds an X-Forwarded-For header, which
 * the server must ignore when TRUSTED_PROXY_COUNT is unset.
 */
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function call(
  base: URL,
  path: string,
  opts: { method?: string; localAddress: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: base.port,
        path,
        method: opts.method ?? "GET",
        localAddress: opts.localAddress,
        headers: { host: base.host, ...opts.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const cookiePairs = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);

/** The sign-in's outcome: null on success, else next-auth's error code (CredentialsSignin, TooManyAttempts, …). */
export async function credentialsSignIn(
  baseURL: string,
  input: { email: string; password: string; localAddress: string; forwardedFor?: string },
): Promise<string | null> {
  const base = new URL(baseURL);
  const extra: Record<string, string> = input.forwardedFor ? { "x-forwarded-for": input.forwardedFor } : {};
  const csrf = await call(base, "/api/auth/csrf", { localAddress: input.localAddress, headers: extra });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken,
    email: input.email,
    password: input.password,
    json: "true",
    callbackUrl: `${base.origin}/projects`,
  }).toString();
  const res = await call(base, "/api/auth/callback/credentials", {
    method: "POST",
    localAddress: input.localAddress,
    body,
    headers: {
      ...extra,
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      cookie: cookiePairs(csrf.headers).join("; "),
    },
  });
  const url =
    res.status >= 300 && res.status < 400
      ? (res.headers.location ?? "")
      : ((JSON.parse(res.body) as { url?: string }).url ?? "");
  const error = new URL(url, base).searchParams.get("error");
  if (error) return error;
  return cookiePairs(res.headers).some((c) => c.includes("session-token=")) ? null : "NoSession";
}
