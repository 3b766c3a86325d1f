import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { PROJECTS_PAGE_SIZE } from "@/lib/search-params/project-list-params";
import { listProjectsPageFor } from "@/lib/dal/projects/read-list";
import type { Viewer } from "@/lib/dal/projects/read-detail";

/**
 * /projects rendered every project (~30 s at 10,000): it is now paged, 50 a page, with a count.
 * Pins: the count, the page boundaries, a total and stable order (most recently changed first, id
 * as the tiebreak, so equal timestamps never show a project twice or never), the search carried
 * over, a page past the end, and a query count that does not grow with the page size.
 */
vi.mock("@/lib/auth", () => ({
  requireUser: vi.fn(async () => {
    throw new Error("requireUser is not available in DAL integration tests");
  }),
}));

let t: TestDb;
const viewer = { id: "viewer", email: "v@x.test", name: "Viewer", roles: [], disciplines: [] } as unknown as Viewer;
const TOTAL = 2 * PROJECTS_PAGE_SIZE + 7; // 107: pages of 50, 50 and 7
/** Slugs, most recently changed first, as the list must show them. */
let expected: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  const owner = await t.db.user.create({ data: { email: "o@x.test", name: "Olu", roles: ["researcher"] } });
  await t.db.project.createMany({
    data: Array.from({ length: TOTAL }, (_, i) => ({
      slug: `p-${String(i).padStart(3, "0")}`,
      name: `Project ${i}`,
      track: i % 2 ? "research" : "product",
      index: i + 1,
      tags: i % 3 === 0 ? ["vision"] : ["nlp"],
    })),
  });
  // Ten timestamps for 107 projects: most ties must be broken by the id.
  await t.db.$executeRaw`UPDATE projects SET updated_at = timestamptz '2026-01-01' + (index % 10) * interval '1 day'`;
  await t.db.projectMember.create({
    data: {
      projectId: (await t.db.project.findFirstOrThrow({ where: { slug: "p-000" } })).id,
      userId: owner.id,
      role: "owner",
    },
  });
  const rows = await t.db.project.findMany({ select: { slug: true, id: true, updatedAt: true } });
  expected = rows
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.slug);
});

afterAll(async () => {
  await t?.dispose();
});

const page = (n: number, query = "") => listProjectsPageFor(t.db, viewer, { query, page: n });

describe("listProjectsPageFor: pages of the projects list", () => {
  it("counts every project and splits them into pages of 50, 50 and 7, in one total order", async () => {
    const pages = await Promise.all([page(1), page(2), page(3)]);
    expect(pages.map((p) => [p.total, p.page, p.pageSize, p.pageCount, p.rows.length])).toEqual([
      [TOTAL, 1, 50, 3, 50],
      [TOTAL, 2, 50, 3, 50],
      [TOTAL, 3, 50, 3, 7],
    ]);
    const slugs = pages.flatMap((p) => p.rows.map((r) => r.slug));
    expect(slugs).toEqual(expected);
    expect(new Set(slugs).size).toBe(TOTAL);
  });

  it("gives the same pages every time (no order left to the planner)", async () => {
    const again = await Promise.all([page(2), page(2)]);
    expect(again[0]!.rows.map((r) => r.id)).toEqual(again[1]!.rows.map((r) => r.id));
    expect(again[0]!.rows.map((r) => r.slug)).toEqual(expected.slice(50, 100));
  });

  it("puts a project that just changed on the first page", async () => {
    const last = expected.at(-1)!;
    await t.db.project.update({ where: { slug: last }, data: { name: "Just renamed" } });
    expect((await page(1)).rows[0]).toMatchObject({ slug: last, name: "Just renamed" });
    // Back where it was for the other tests.
    await t.db
      .$executeRaw`UPDATE projects SET updated_at = timestamptz '2026-01-01' + (index % 10) * interval '1 day' WHERE slug = ${last}`;
  });

  it("pages the search results and counts only them", async () => {
    const vision = expected.filter((s) => Number(s.slice(2)) % 3 === 0); // 36 projects
    const first = await page(1, "vision");
    expect([first.total, first.pageCount, first.rows.length]).toEqual([vision.length, 1, vision.length]);
    expect(first.rows.map((r) => r.slug)).toEqual(vision);
    expect((await page(2, "vision")).rows).toEqual([]);
  });

  it("returns no rows, but the count, for a page past the end", async () => {
    const past = await page(9);
    expect([past.total, past.page, past.pageCount, past.rows]).toEqual([TOTAL, 9, 3, []]);
  });

  it("an empty list is one empty page", async () => {
    const none = await page(1, "no-such-project");
    expect([none.total, none.pageCount, none.rows]).toEqual([0, 1, []]);
  });

  it("costs the same few queries for a page of 50 rows as for one of 7 or none", async () => {
    const queries = async (n: number) => {
      const original = t.pool.query;
      let count = 0;
      t.pool.query = ((...args: Parameters<typeof original>) => {
        count++;
        return (original as (...a: unknown[]) => unknown).apply(t.pool, args);
      }) as typeof original;
      try {
        await page(n);
      } finally {
        t.pool.query = original;
      }
      return count;
    };
    const [full, short, past] = [await queries(1), await queries(3), await queries(9)];
    expect(full).toBeGreaterThanOrEqual(2);
    expect(full).toBeLessThanOrEqual(6);
    expect([short, past].every((q) => q <= full)).toBe(true);
  });

  it("keeps the rows' relations: owners and the open-review count", async () => {
    const p000 = (await page(1, "p-000")).rows[0]!;
    expect(p000).toMatchObject({ slug: "p-000", owners: ["Olu"], openReviewCount: 0, components: [] });
  });
});
