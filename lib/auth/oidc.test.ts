import { describe, expect, it, vi } from "vitest";
import { discoveryUrl, endSessionUrl, mergeUserinfo, oidcProvider, oidcSettings, verifiedEmailOf } from "./oidc";
import { oidcRefusal } from "./oidc-refusal";

describe("oidcSettings", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "id" })).toBeNull();
  });
  it("reads the label, keeps the issuer exactly as configured, and finds its discovery document", () => {
    const s = oidcSettings({
      OIDC_ISSUER: " https://idp.example/realms/org/ ",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "s",
      OIDC_NAME: "Keycloak",
    });
    expect(s).toMatchObject({
      issuer: "https://idp.example/realms/org/",
      name: "Keycloak",
      trustUnverifiedEmail: false,
      endSession: true,
      postLogoutRedirectUri: null,
    });
    expect(discoveryUrl(s!)).toBe("https://idp.example/realms/org/.well-known/openid-configuration");
    expect(oidcSettings({ OIDC_ISSUER: "https://i", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" })?.name).toBe(
      "Single sign-on",
    );
    expect(
      oidcSettings({
        OIDC_ISSUER: "https://i",
        OIDC_CLIENT_ID: "id",
        OIDC_CLIENT_SECRET: "s",
        OIDC_END_SESSION: "false",
      })?.endSession,
    ).toBe(false);
  });
  it("never follows a discovery document by itself: without checked metadata the provider has no endpoints", () => {
    const s = oidcSettings({
      OIDC_ISSUER: "https://login.example/tenant/v2.0",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "s",
    });
    const p = oidcProvider(s!);
    expect(p).toMatchObject({ id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state"] });
    expect(p).not.toHaveProperty("wellKnown");
    expect(p).not.toHaveProperty("token");
  });
});

describe("mergeUserinfo", () => {
  it("adds UserInfo's claims to the ID token's, which keeps its protocol claims", () => {
    const id = { sub: "u1", iss: "https://i", aud: "c", exp: 1 };
    expect(mergeUserinfo(id, { sub: "u1", email: "a@b.org", email_verified: true, iss: "forged" })).toEqual({
      sub: "u1",
      iss: "https://i",
      aud: "c",
      exp: 1,
      email: "a@b.org",
      email_verified: true,
    });
    expect(mergeUserinfo(id, null)).toBe(id);
  });
  it("refuses UserInfo about another subject", () => {
    expect(() => mergeUserinfo({ sub: "u1" }, { sub: "u2", email: "x@y.org" })).toThrow(/sub/);
  });
});

describe("endSessionUrl", () => {
  const meta = { end_session_endpoint: "https://i/logout?x=1" };
  it("sends the ID token as hint and where to come back", () => {
    const url = new URL(endSessionUrl({ clientId: "c", endSession: true }, meta, "tok", "https://app/sign-in")!);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      x: "1",
      id_token_hint: "tok",
      post_logout_redirect_uri: "https://app/sign-in",
      client_id: "c",
    });
  });
  it("is null when the provider offers none, it is switched off, or the session has no ID token", () => {
    expect(endSessionUrl({ clientId: "c", endSession: true }, {}, "tok", "https://app")).toBeNull();
    expect(endSessionUrl({ clientId: "c", endSession: false }, meta, "tok", "https://app")).toBeNull();
    expect(endSessionUrl({ clientId: "c", endSession: true }, meta, undefined, "https://app")).toBeNull();
  });
});

describe("oidcRefusal", () => {
  it("has its own code for a missing e-mail, distinct from an unverified one", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(oidcRefusal({ sub: "1", name: "x" }, { trustUnverifiedEmail: false })).toBe("NoEmail");
    // The operator's clue, with the subject and without any e-mail.
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/released no e-mail claim for sub "1".*release the email scope/),
    );
    warn.mockRestore();
    expect(oidcRefusal({ sub: "1", email: "a@b.org", email_verified: false }, { trustUnverifiedEmail: false })).toBe(
      "EmailNotVerified",
    );
    expect(
      oidcRefusal({ sub: "1", email: "a@b.org", email_verified: true }, { trustUnverifiedEmail: false }),
    ).toBeNull();
  });
});

describe("verifiedEmailOf", () => {
  const strict = { trustUnverifiedEmail: false };
  it("accepts a verified email, lower-cased", () => {
    expect(verifiedEmailOf({ sub: "1", email: " Ann@Example.org", email_verified: true }, strict)).toEqual({
      ok: true,
      email: "ann@example.org",
    });
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org", email_verified: "true" }, strict)).toMatchObject({ ok: true });
  });
  it("refuses unverified or missing emails unless the issuer is trusted", () => {
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org" }, strict)).toEqual({ ok: false, reason: "not_verified" });
    expect(verifiedEmailOf({ sub: "1", email: "a@b.org" }, { trustUnverifiedEmail: true })).toMatchObject({ ok: true });
    expect(verifiedEmailOf({ sub: "1" }, { trustUnverifiedEmail: true })).toEqual({ ok: false, reason: "no_email" });
    expect(verifiedEmailOf(undefined, strict)).toEqual({ ok: false, reason: "no_email" });
  });
});
