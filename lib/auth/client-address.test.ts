import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, peerAddressFromHeader, trustedProxyCount } from "./client-address";

const SECRET = "s3cret";

describe("trustedProxyCount", () => {
  it("defaults to no trusted proxy", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: "2" })).toBe(2);
    expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: "-1" })).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: "one" })).toBe(0);
  });
});

describe("clientAddress without a trusted proxy (the default)", () => {
  it("ignores a client-sent X-Forwarded-For and uses the socket address stamped by the server", () => {
    const headers = { "x-forwarded-for": "203.0.113.99", [PEER_ADDRESS_HEADER]: `${SECRET} 198.51.100.4` };
    expect(clientAddress(headers, trustedProxyCount({}), SECRET)).toBe("198.51.100.4");
  });
  it("reports an IPv4 client of a dual-stack socket in its plain form", () => {
    expect(peerAddressFromHeader(`${SECRET} ::ffff:127.0.0.11`, SECRET)).toBe("127.0.0.11");
    expect(peerAddressFromHeader(`${SECRET} ::1`, SECRET)).toBe("::1");
  });
  it("ignores a peer header a client forged (no or a wrong secret)", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "198.51.100.4" }, 0, SECRET)).toBeNull();
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "guess 198.51.100.4" }, 0, SECRET)).toBeNull();
    expect(peerAddressFromHeader(`${SECRET} 1.2.3.4`, undefined)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.99", "x-real-ip": "203.0.113.98" }, 0, SECRET)).toBeNull();
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("takes the entry the nearest trusted proxy appended, not the client's claim", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 198.51.100.4", [PEER_ADDRESS_HEADER]: `${SECRET} 10.0.0.2` };
    expect(clientAddress(headers, 1, SECRET)).toBe("198.51.100.4");
    expect(clientAddress(headers, 2, SECRET)).toBe("1.1.1.1");
  });
  it("falls back to the leftmost entry when there are fewer hops than proxies, and null without the header", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.4" }, 3, SECRET)).toBe("198.51.100.4");
    expect(clientAddress({}, 1, SECRET)).toBeNull();
    expect(clientAddress(undefined, 1, SECRET)).toBeNull();
  });
});
