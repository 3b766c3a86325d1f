/**
 * A real OpenID Provider for the tests: panva's oidc-provider (OpenID Certified) on its default
 * settings — code flow, PKCE, development interactions (any login, any password), and
 * conformIdTokenClaims, so e-mail claims come only from UserInfo — plus one registered client and
 * a few accounts. Used by the e2e run (scripts/test-all.ts) and by lib/auth/*.test.ts in-process.
 *
 * The server in front of it can be switched (POST /__test/mode/<mode>) to play a provider that is
 * down, or one whose discovery document names another (real) issuer, so the app's refusals are
 * tested against real documents and tokens. Only the SSO spec switches it, serially.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export const TEST_CLIENT = { id: "mltrl-test", secret: "mltrl-test-secret-that-is-long-enough" };

/** Login names typed into the provider's login form → claims it releases (email scope via UserInfo). */
export const TEST_ACCOUNTS: Record<string, Record<string, unknown>> = {
  // An app user; the provider's spelling differs in case (the app compares lower-cased).
  member: { email: "Fatima.Benali@demo.mltrl.dev", email_verified: true, name: "Fatima Benali" },
  stranger: { email: "stranger@elsewhere.example", email_verified: true, name: "Sam Stranger" },
  unverified: { email: "fatima.benali@demo.mltrl.dev", email_verified: false, name: "Not Verified" },
  "no-email": { name: "No Email" },
};

export type ProviderMode = "normal" | "down" | "wrong-issuer";

export type TestProvider = {
  issuer: string;
  /** The issuer a "wrong-issuer" discovery document names (a second real provider). */
  otherIssuer: string;
  setMode(mode: ProviderMode): void;
  /** Requests the other issuer received (none, if the app refused its document). */
  otherHits(): number;
  close(): Promise<void>;
};

async function listen(server: http.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function makeProvider(issuer: string, appUrl: string) {
  const { default: Provider } = await import("oidc-provider");
  return new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${appUrl}/sign-in`],
      },
    ],
    // Which claims each scope releases (the library's default releases only `sub`).
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx: unknown, id: string) {
      const claims = TEST_ACCOUNTS[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });
}

/** Starts the provider (and the second one behind "wrong-issuer") on free loopback ports. */
export async function startTestProvider(appUrl: string, port = 0): Promise<TestProvider> {
  let mode: ProviderMode = "normal";
  let hits = 0;

  const otherServer = http.createServer();
  const otherPort = await listen(otherServer);
  const otherIssuer = `http://127.0.0.1:${otherPort}`;
  const other = await makeProvider(otherIssuer, appUrl);
  const otherCallback = other.callback();
  otherServer.on("request", (req, res) => {
    if (!req.url?.startsWith("/.well-known/")) hits++;
    otherCallback(req, res);
  });

  const server = http.createServer();
  const mainPort = await listen(server, port);
  const issuer = `http://127.0.0.1:${mainPort}`;
  const provider = await makeProvider(issuer, appUrl);
  const callback = provider.callback();
  server.on("request", (req, res) => {
    const control = req.url?.match(/^\/__test\/mode\/(normal|down|wrong-issuer)$/);
    if (control && req.method === "POST") {
      mode = control[1] as ProviderMode;
      res.writeHead(204).end();
      return;
    }
    if (req.url === "/__test/other-hits") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ hits }));
      return;
    }
    // Down: the connection drops, as when the provider's host does not answer.
    if (mode === "down") return void req.socket.destroy();
    if (mode === "wrong-issuer" && req.url === "/.well-known/openid-configuration") {
      void fetch(`${otherIssuer}/.well-known/openid-configuration`)
        .then((r) => r.text())
        .then((doc) => res.writeHead(200, { "content-type": "application/json" }).end(doc))
        .catch(() => res.writeHead(502).end());
      return;
    }
    callback(req, res);
  });

  return {
    issuer,
    otherIssuer,
    setMode: (m) => void (mode = m),
    otherHits: () => hits,
    close: async () => {
      server.closeAllConnections();
      otherServer.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => otherServer.close(r))]);
    },
  };
}
