import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openAppDatabase } from "./gate-fixtures";

/**
 * Regression: a NUL byte in a route parameter or query string reached PostgreSQL, which refuses
 * it, and the request ended in a 500 with a stack trace in the log. Route handlers now answer 400
 * naming the parameter, and pages 404 (no object can have such a name), before any query runs.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());

let closeDb: () => Promise<void>;
beforeAll(async () => {
  ({ close: closeDb } = await openAppDatabase());
});
afterAll(async () => {
  await closeDb?.();
});

const SLUG_ROUTES = [
  "projects/[slug]/badge.svg",
  "projects/[slug]/card.json",
  "projects/[slug]/card.md",
  "projects/[slug]/requirements/export",
];
type Handler = (request: Request, ctx: { params: Promise<{ slug: string }> }) => Promise<Response>;

describe("unsafe text in route input", () => {
  it.each(
    SLUG_ROUTES.flatMap(
      (r) =>
        [
          [r, "\u0000"],
          [r, "\uD800"],
        ] as const,
    ),
  )("%s answers 400 for a slug with %j", async (route, junk) => {
    const { GET } = (await import(`@/app/${route}/route`)) as { GET: Handler };
    const consoleError = vi.spyOn(console, "error");
    const res = await GET(new Request("http://localhost/x"), { params: Promise.resolve({ slug: `demo${junk}` }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fieldErrors: Record<string, string> }).fieldErrors.slug).toMatch(
      /cannot be stored/,
    );
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("the portfolio export answers 400 for a query value with a NUL byte", async () => {
    const { GET } = (await import("@/app/portfolio/export.csv/route")) as { GET: (r: Request) => Promise<Response> };
    const res = await GET(new Request("http://localhost/portfolio/export.csv?q=a%00b"));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fieldErrors: Record<string, string> }).fieldErrors.q).toMatch(/cannot be stored/);
  });

  it("pages answer 404 for such parameters (notFound), before any query", async () => {
    const { safeParams } = await import("@/lib/route-params");
    await expect(safeParams(Promise.resolve({ id: "a\u0000b" }))).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(safeParams(Promise.resolve({ q: ["ok", "\uDC00"] }))).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(safeParams(Promise.resolve({ slug: "demo", q: "😀" }))).resolves.toEqual({ slug: "demo", q: "😀" });
  });
});
