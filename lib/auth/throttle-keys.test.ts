import { describe, expect, it } from "vitest";
import { accountThrottleKey, ipThrottleKey, loginThrottleKeys, pairThrottleKey } from "./throttle-keys";

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

describe("loginThrottleKeys", () => {
  it("builds the account, pair and address keys", () => {
    expect(loginThrottleKeys({ email: "a@b.org", ip: "192.0.2.1" })).toEqual({
      account: accountThrottleKey("a@b.org"),
      pair: pairThrottleKey("a@b.org", "192.0.2.1"),
      ip: "ip:192.0.2.1",
    });
  });
  it("gives one account a different pair key per address, so another address is never locked", () => {
    expect(pairThrottleKey("a@b.org", "192.0.2.1")).not.toBe(pairThrottleKey("a@b.org", "192.0.2.2"));
    expect(pairThrottleKey(" A@B.org", "192.0.2.1")).toBe(pairThrottleKey("a@b.org", "::ffff:192.0.2.1"));
    expect(pairThrottleKey("a@b.org", "192.0.2.1")).toMatch(/^pair:[0-9a-f]{64}$/);
  });
});
