import { describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { BEARER_SCHEME, scalarConfiguration } from "./scalar-config";

// The route table pulls in the DAL; building the document touches no database.
vi.mock("server-only", () => ({}));

describe("scalarConfiguration", () => {
  it("prefers a bearer scheme the OpenAPI document declares, so Try it asks for a token", () => {
    const schemes = buildOpenApiDocument().components?.securitySchemes ?? {};
    expect(schemes[BEARER_SCHEME]).toMatchObject({ type: "http", scheme: "bearer" });
    expect(scalarConfiguration("/x").authentication.preferredSecurityScheme).toBe(BEARER_SCHEME);
  });

  it("asks no other host for anything and keeps the token out of localStorage", () => {
    const c = scalarConfiguration("/api/v1/openapi.json");
    expect(c).toMatchObject({
      url: "/api/v1/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
      persistAuth: false,
      hideClientButton: true,
    });
    expect(c).not.toHaveProperty("proxyUrl");
  });
});
