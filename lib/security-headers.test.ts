import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { applyContentSecurityPolicy, contentSecurityPolicy, newNonce } from "./security-headers";

// next.config.js is CommonJS without types.
const nextConfig = createRequire(import.meta.url)("../next.config.js") as NextConfig;
const NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";
const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets only nonce'd scripts and what they load run, in production", () => {
    const d = directives(contentSecurityPolicy({ nonce: NONCE, dev: false, https: false }));
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
  });

  it("never allows inline scripts, nor eval outside development", () => {
    for (const dev of [false, true]) {
      const script = directives(contentSecurityPolicy({ nonce: NONCE, dev, https: true })).get("script-src")!;
      expect(script).not.toContain("'unsafe-inline'");
      expect(script.includes("'unsafe-eval'")).toBe(dev);
    }
  });

  it("keeps style attributes (React's style props) but guards style elements with the nonce", () => {
    const d = directives(contentSecurityPolicy({ nonce: NONCE, dev: false, https: false }));
    expect(d.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(d.get("style-src-elem")).toEqual(["'self'", `'nonce-${NONCE}'`]);
    // The fallback for browsers without -elem/-attr must not carry a nonce: it would disable 'unsafe-inline'.
    expect(d.get("style-src")!.some((s) => s.startsWith("'nonce-"))).toBe(false);
  });

  it("allows hot reload only in development, and upgrades sub-resources only over HTTPS", () => {
    const dev = directives(contentSecurityPolicy({ nonce: NONCE, dev: true, https: false }));
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(
      directives(contentSecurityPolicy({ nonce: NONCE, dev: false, https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });

  it("refuses a nonce that is short or could break out of the header", () => {
    for (const bad of ["", "abc", `${NONCE}; script-src *`, `${NONCE}'`, "a\r\nSet-Cookie: x=1aaaaaaaaaaaaaa"]) {
      expect(() => contentSecurityPolicy({ nonce: bad, dev: false, https: false })).toThrow(/nonce/);
    }
  });
});

describe("newNonce and the proxy hook", () => {
  it("makes a fresh 128-bit base64 nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("puts the policy on the request headers (where Next reads the nonce) and returns the response header", () => {
    const headers = new Headers();
    const [name, value] = applyContentSecurityPolicy(headers, new URL("http://localhost/projects"), false);
    expect(name).toBe("Content-Security-Policy");
    expect(headers.get("content-security-policy")).toBe(value);
    expect(value).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(value).not.toContain("upgrade-insecure-requests");
    const second = applyContentSecurityPolicy(new Headers(), new URL("http://localhost/projects"), false)[1];
    expect(second).not.toBe(value);
  });

  it("treats a TLS-terminating proxy's X-Forwarded-Proto as HTTPS", () => {
    const [, value] = applyContentSecurityPolicy(
      new Headers({ "x-forwarded-proto": "https" }),
      new URL("http://app:3000/"),
      false,
    );
    expect(value).toContain("upgrade-insecure-requests");
  });
});

describe("static headers (next.config.js)", () => {
  it("deny devices and sensors, isolate the window, and keep the earlier headers", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*")!;
    const h = new Map(all.headers.map((x) => [x.key, x.value]));
    expect(h.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    const policy = h.get("Permissions-Policy")!;
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(policy).toContain(`${feature}=()`);
    expect(h.get("X-Content-Type-Options")).toBe("nosniff");
    expect(h.get("X-Frame-Options")).toBe("DENY");
    expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    // The CSP carries a per-request nonce: only the proxy may set it.
    expect(h.has("Content-Security-Policy")).toBe(false);
  });
});
