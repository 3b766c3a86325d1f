import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "@/test/oidc-test-provider";
import { discoverOidc } from "./oidc-discovery";
import { endSessionUrl, oidcProvider, oidcSettings } from "./oidc";

// Against a real OpenID Provider (oidc-provider) on the loopback, not a mock.
let op: TestProvider;
beforeAll(async () => {
  op = await startTestProvider("http://localhost:3999");
});
afterAll(async () => op?.close());

describe("discoverOidc against a real provider", () => {
  it("accepts the document whose issuer is OIDC_ISSUER and builds the provider from it", async () => {
    op.setMode("normal");
    const result = await discoverOidc({ issuer: op.issuer });
    expect(result).toMatchObject({
      ok: true,
      metadata: {
        issuer: op.issuer,
        userinfo_endpoint: `${op.issuer}/me`,
        end_session_endpoint: `${op.issuer}/session/end`,
      },
    });
    if (!result.ok) return;
    const settings = oidcSettings({ OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" })!;
    const provider = oidcProvider(settings, result.metadata);
    expect(provider).toMatchObject({
      issuer: op.issuer,
      jwks_endpoint: result.metadata.jwks_uri,
      idToken: true,
      checks: ["pkce", "state"],
    });
    expect(provider).not.toHaveProperty("wellKnown");
    expect(endSessionUrl(settings, result.metadata, "id.token", "http://localhost:3999/sign-in")).toBe(
      `${op.issuer}/session/end?id_token_hint=id.token&post_logout_redirect_uri=${encodeURIComponent("http://localhost:3999/sign-in")}&client_id=c`,
    );
  });

  it("refuses a document that names another issuer (OIDC Discovery §4.3)", async () => {
    op.setMode("wrong-issuer");
    try {
      const result = await discoverOidc({ issuer: op.issuer });
      expect(result).toMatchObject({ ok: false, reason: "issuer_mismatch" });
      if (!result.ok) expect(result.detail).toContain(op.otherIssuer);
      // A trailing-slash variant is another issuer too: the comparison is exact.
      op.setMode("normal");
      expect(await discoverOidc({ issuer: `${op.issuer}/` })).toMatchObject({ ok: false, reason: "issuer_mismatch" });
    } finally {
      op.setMode("normal");
    }
  });

  it("reports a provider that does not answer as unreachable", async () => {
    op.setMode("down");
    try {
      expect(await discoverOidc({ issuer: op.issuer })).toMatchObject({ ok: false, reason: "unreachable" });
    } finally {
      op.setMode("normal");
    }
  });
});
