import { describe, expect, it } from "vitest";
import { oidcProvider, oidcSettings, verifiedEmailOf } from "./oidc";

describe("oidcSettings", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "id" })).toBeNull();
  });
  it("reads the label and trims the issuer's trailing slash", () => {
    const s = oidcSettings({ OIDC_ISSUER: "https://idp.example/realms/org/", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s", OIDC_NAME: "Keycloak" });
    expect(s).toMatchObject({ issuer: "https://idp.example/realms/org", name: "Keycloak", trustUnverifiedEmail: false });
    expect(oidcSettings({ OIDC_ISSUER: "https://i", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" })?.name).toBe("Single sign-on");
  });
  it("builds a discovery-based provider with PKCE, state and ID-token validation", () => {
    const s = oidcSettings({ OIDC_ISSUER: "https://login.example/tenant/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" });
    const p = oidcProvider(s!);
    expect(p).toMatchObject({ id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state"], wellKnown: "https://login.example/tenant/v2.0/.well-known/openid-configuration" });
  });
});

describe("verifiedEmailOf", () => {
  const strict = { trustUnverifiedEmail: false };
  it("accepts a verified email, lower-cased", () => {
    expect(verifiedEmailOf({ sub: "1", email: " Ann@Example.org", email_verified: true }, strict)).toEqual({ ok: true, email: "ann@example.org" });
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org", email_verified: "true" }, strict)).toMatchObject({ ok: true });
  });
  it("refuses unverified or missing emails unless the issuer is trusted", () => {
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org" }, strict)).toEqual({ ok: false, reason: "not_verified" });
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org" }, { trustUnverifiedEmail: true })).toMatchObject({ ok: true });
    expect(verifiedEmailOf({ sub: "1" }, { trustUnverifiedEmail: true })).toEqual({ ok: false, reason: "no_email" });
    expect(verifiedEmailOf(undefined, strict)).toEqual({ ok: false, reason: "no_email" });
  });
});
