import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { listProjectsPageFor } from "@/lib/dal/projects/read-list";
import { getProjectBySlugFor, type Viewer } from "@/lib/dal/projects/read-detail";

// The page-facing wrappers call requireUser() (next-auth); these tests drive the *For functions
// with an explicit viewer, so the session module is never exercised here.
vi.mock("@/lib/auth", () => ({
  requireUser: vi.fn(async () => {
    throw new Error("requireUser is not available in DAL integration tests");
  }),
}));

let t: TestDb;
const viewer = { id: "viewer", email: "v@x.test", name: "Viewer", roles: [], disciplines: [] } as unknown as Viewer;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

let ids: { alpha: string; beta: string; gamma: string; openReview: string };

beforeAll(async () => {
  t = await createTestDatabase();
  const { db } = t;
  const [ada, bob, cy, rita] = await Promise.all(
    ["ada", "bob", "cy", "rita"].map((n) =>
      db.user.create({ data: { email: `${n}@x.test`, name: n[0]!.toUpperCase() + n.slice(1), roles: ["researcher"] } }),
    ),
  );

  // Alpha: active components at L4 and L2, an archived one at L0 → system level 2.
  const alpha = await db.project.create({
    data: {
      slug: "alpha-vision",
      name: "Alpha detector",
      track: "research",
      index: 2,
      tags: ["vision", "edge"],
      systemLevel: 2, // kept in step by the transition writers; set here as they would
      levelSince: day(10),
      members: {
        create: [
          { userId: ada!.id, role: "owner" },
          { userId: bob!.id, role: "contributor" },
        ],
      },
      components: {
        create: [
          { name: "detector", kind: "model", level: 4, levelSince: day(20), codeVersion: "1.2.0" },
          { name: "frames", kind: "dataset", level: 2, levelSince: day(10) },
          { name: "legacy-features", kind: "algorithm", level: 0, status: "archived" },
        ],
      },
    },
    include: { components: true },
  });
  const detector = alpha.components.find((c) => c.name === "detector")!;
  const frames = alpha.components.find((c) => c.name === "frames")!;

  await db.levelTransition.createMany({
    data: [
      { projectId: alpha.id, componentId: detector.id, toLevel: 3, kind: "start", actorId: ada!.id, createdAt: day(1) },
      { projectId: alpha.id, componentId: frames.id, toLevel: 2, kind: "start", actorId: ada!.id, createdAt: day(2) },
    ],
  });
  const graduated = await db.review.create({
    data: {
      projectId: alpha.id,
      level: 3,
      status: "graduated",
      authorId: ada!.id,
      definitionsVersion: 1,
      openedAt: day(15),
      decidedAt: day(19),
      createdAt: day(14),
      seats: { create: [{ userId: rita!.id, discipline: "applied_ai", isChair: true }] },
    },
  });
  await db.levelTransition.create({
    data: {
      projectId: alpha.id,
      componentId: detector.id,
      fromLevel: 3,
      toLevel: 4,
      kind: "graduation",
      reviewId: graduated.id,
      actorId: rita!.id,
      reason: "PoC passed",
      createdAt: day(20),
    },
  });
  const openReview = await db.review.create({
    data: {
      projectId: alpha.id,
      level: 2,
      status: "open",
      authorId: ada!.id,
      definitionsVersion: 1,
      openedAt: day(30),
      createdAt: day(29),
    },
  });
  // A draft with a seat: not an open review, and its seat is not a reviewer "so far".
  await db.review.create({
    data: {
      projectId: alpha.id,
      level: 4,
      status: "draft",
      authorId: ada!.id,
      definitionsVersion: 1,
      createdAt: day(31),
      seats: { create: [{ userId: cy!.id, discipline: "software_engineer" }] },
    },
  });
  await db.requirement.createMany({
    data: [
      { projectId: alpha.id, number: 1, kind: "research", statement: "Shall detect", pFailure: 0.2, value: 5, risk: 1 },
      {
        projectId: alpha.id,
        number: 2,
        kind: "technical",
        statement: "Shall be fast",
        pFailure: 0.5,
        value: 8,
        risk: 4,
      },
      {
        projectId: alpha.id,
        number: 3,
        kind: "product",
        statement: "Shall be cheap",
        pFailure: 0.3,
        value: 10,
        risk: 3,
      },
      {
        projectId: alpha.id,
        number: 4,
        kind: "product",
        statement: "Shall be nice",
        pFailure: 0.1,
        value: 2,
        risk: 0.2,
      },
    ],
  });
  await db.cardRevision.createMany({
    data: [
      { projectId: alpha.id, number: 1, content: { tldr: "old" }, authorId: ada!.id },
      // An older shape: missing fields must come back empty, not undefined.
      {
        projectId: alpha.id,
        number: 2,
        content: { tldr: "Finds things.", dataSources: [{ name: "frames", version: "1.0.0" }] },
        authorId: bob!.id,
      },
    ],
  });

  // Beta: product track, no components at all → no level.
  const beta = await db.project.create({
    data: { slug: "beta", name: "Beta ranker", track: "product", index: 1, tags: ["ranking"] },
  });
  // Gamma: every component archived → no level either.
  const gamma = await db.project.create({
    data: {
      slug: "gamma",
      name: "Gamma",
      track: "research",
      index: 3,
      tags: ["vision"],
      components: { create: [{ name: "old", kind: "model", level: 1, status: "archived" }] },
    },
  });
  ids = { alpha: alpha.id, beta: beta.id, gamma: gamma.id, openReview: openReview.id };
});

afterAll(async () => {
  await t?.dispose();
});

describe("listProjectsPageFor", () => {
  it("lists every project with its ID, level, active-component strip, owners and open reviews", async () => {
    const { rows: list, total } = await listProjectsPageFor(t.db, viewer, { query: "", page: 1 });
    expect(total).toBe(3);
    // The order and the pages: pagination.db.test.ts.
    expect(list.map((p) => p.projectId).sort()).toEqual(["P01", "R02", "R03"]);
    const alpha = list.find((p) => p.id === ids.alpha)!;
    expect(alpha).toMatchObject({
      slug: "alpha-vision",
      name: "Alpha detector",
      status: "active",
      systemLevel: 2,
      phase: "research",
      owners: ["Ada"],
      openReviewCount: 1,
      levelSince: day(10),
      tags: ["vision", "edge"],
    });
    // Archived components are not in the strip; lowest level first.
    expect(alpha.components).toEqual([
      { name: "frames", kind: "dataset", level: 2, claimedLevel: null },
      { name: "detector", kind: "model", level: 4, claimedLevel: null },
    ]);
    const beta = list.find((p) => p.id === ids.beta)!;
    expect(beta).toMatchObject({
      systemLevel: null,
      phase: null,
      components: [],
      owners: [],
      levelSince: null,
      openReviewCount: 0,
    });
  });

  it("filters by tag, name, slug and project ID", async () => {
    const slugs = async (q: string) =>
      (await listProjectsPageFor(t.db, viewer, { query: q, page: 1 })).rows.map((p) => p.slug).sort();
    expect(await slugs("vision")).toEqual(["alpha-vision", "gamma"]);
    expect(await slugs("Ranking")).toEqual(["beta"]);
    expect(await slugs("edge")).toEqual(["alpha-vision"]);
    expect(await slugs("detector")).toEqual(["alpha-vision"]);
    expect(await slugs("ALPHA-V")).toEqual(["alpha-vision"]);
    expect(await slugs("p1")).toEqual(["beta"]);
    expect(await slugs("R03")).toEqual(["gamma"]);
    expect(await slugs("  ")).toHaveLength(3);
    expect(await slugs("nothing-matches")).toEqual([]);
  });
});

describe("getProjectBySlugFor", () => {
  it("computes the system level from active components only", async () => {
    const p = (await getProjectBySlugFor(t.db, viewer, "alpha-vision"))!;
    // The archived L0 component is lower but does not count.
    expect(p.systemLevel).toBe(2);
    expect(p.phase).toBe("research");
    expect(p.components.map((c) => [c.name, c.status, c.level])).toEqual([
      ["frames", "active", 2],
      ["detector", "active", 4],
      ["legacy-features", "archived", 0],
    ]);
    expect(p.components[1]).toMatchObject({
      kind: "model",
      codeVersion: "1.2.0",
      modelVersion: "0.1.0",
      levelSince: day(20),
    });

    const gamma = (await getProjectBySlugFor(t.db, viewer, "gamma"))!;
    expect(gamma.systemLevel).toBeNull();
    expect(gamma.levelSince).toBeNull();
  });

  it("returns members, transitions, reviews, requirements and the latest card", async () => {
    const p = (await getProjectBySlugFor(t.db, viewer, "alpha-vision"))!;
    expect(p.projectId).toBe("R02");
    expect(p.owners.map((o) => o.name)).toEqual(["Ada"]);
    expect(p.contributors.map((o) => o.name)).toEqual(["Bob"]);

    expect(p.transitions.map((x) => [x.kind, x.componentName, x.fromLevel, x.toLevel])).toEqual([
      ["graduation", "detector", 3, 4],
      ["start", "frames", null, 2],
      ["start", "detector", null, 3],
    ]);
    expect(p.transitions[0]).toMatchObject({ actorName: "Rita", reason: "PoC passed", reviewId: expect.any(String) });

    expect(p.reviews.map((r) => [r.level, r.status])).toEqual([
      [4, "draft"],
      [2, "open"],
      [3, "graduated"],
    ]);
    expect(p.reviews[1]!.id).toBe(ids.openReview);
    // Only seats of reviews that were opened count as reviewers.
    expect(p.reviewers).toEqual(["Rita"]);

    expect(p.requirementCount).toBe(4);
    expect(p.topRisks.map((r) => [r.number, r.risk])).toEqual([
      [2, 4],
      [3, 3],
      [1, 1],
    ]);

    expect(p.card).toMatchObject({ number: 2, authorName: "Bob" });
    expect(p.card!.content.tldr).toBe("Finds things.");
    expect(p.card!.content.caveats).toBe("");
    expect(p.card!.content.dataSources).toEqual([{ name: "frames", version: "1.0.0", owner: "", datasheetUrl: "" }]);
    expect(p.card!.content.links).toEqual({ code: "", project: "", requirements: "" });
  });

  it("returns null for an unknown slug and an empty card for a project without one", async () => {
    expect(await getProjectBySlugFor(t.db, viewer, "no-such-project")).toBeNull();
    const beta = (await getProjectBySlugFor(t.db, viewer, "beta"))!;
    expect(beta).toMatchObject({
      projectId: "P01",
      systemLevel: null,
      card: null,
      requirementCount: 0,
      topRisks: [],
      reviewers: [],
    });
  });
});
