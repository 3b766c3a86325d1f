import { describe, expect, it } from "vitest";
import { accountThrottleKey, clientIpFromHeaders, ipThrottleKey, loginThrottleKeys } from "./throttle-keys";

describe("accountThrottleKey", () => {
  it("ignores case and surrounding spaces, so 'Ann@X.org ' and 'ann@x.org' share a counter", () => {
    expect(accountThrottleKey(" Ann@Example.ORG ")).toBe(accountThrottleKey("ann@example.org"));
  });
  it("differs between accounts and never contains the email", () => {
    const a = accountThrottleKey("a@example.org");
    expect(a).not.toBe(accountThrottleKey("b@example.org"));
    expect(a).not.toContain("example");
    expect(a).toMatch(/^acct:[0-9a-f]{64}$/);
  });
  it("stays far below the 255-character key column for very long emails", () => {
    expect(accountThrottleKey(`${"x".repeat(300)}@example.org`).length).toBeLessThan(100);
  });
});

describe("ipThrottleKey", () => {
  it.each([
    ["203.0.113.7", "ip:203.0.113.7"],
    ["::ffff:203.0.113.7", "ip:203.0.113.7"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "ip6:2001:db8:1:2"],
    ["2001:db8:1:2::1", "ip6:2001:db8:1:2"],
    ["2001:db8::1", "ip6:2001:db8:0:0"],
    ["::1", "ip6:0:0:0:0"],
    ["fe80::1%eth0", "ip6:fe80:0:0:0"],
    ["", "ip:unknown"],
    [null, "ip:unknown"],
    ["not an ip", "ip:unknown"],
  ])("%s → %s", (input, key) => {
    expect(ipThrottleKey(input)).toBe(key);
  });
  it("puts two addresses of one IPv6 /64 into one bucket", () => {
    expect(ipThrottleKey("2001:db8:0:1::a")).toBe(ipThrottleKey("2001:db8:0:1::b"));
  });
});

describe("clientIpFromHeaders", () => {
  it("takes the entry appended by the trusted proxy, not the client's claim", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 198.51.100.4" };
    expect(clientIpFromHeaders(headers, 1)).toBe("198.51.100.4");
    expect(clientIpFromHeaders(headers, 2)).toBe("1.1.1.1");
  });
  it("falls back to the leftmost entry when there are fewer hops than proxies", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "198.51.100.4" }, 3)).toBe("198.51.100.4");
  });
  it("uses X-Real-IP when there is no X-Forwarded-For, and null when neither is there", () => {
    expect(clientIpFromHeaders({ "x-real-ip": "198.51.100.9" }, 1)).toBe("198.51.100.9");
    expect(clientIpFromHeaders({}, 1)).toBeNull();
    expect(clientIpFromHeaders(undefined, 1)).toBeNull();
  });
});

describe("loginThrottleKeys", () => {
  it("builds both keys", () => {
    expect(loginThrottleKeys({ email: "a@b.org", ip: "192.0.2.1" })).toEqual({
      account: accountThrottleKey("a@b.org"),
      ip: "ip:192.0.2.1",
    });
  });
});
