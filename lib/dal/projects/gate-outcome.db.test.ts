import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  openAppDatabase,
  requiredSeats,
  type ProjectFixture,
  type RoleName,
} from "@/test/gate-fixtures";

/** Hold and stop at a gate: the writes, the withdrawn reviews, and every door a stopped project shuts. */
let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
const fillers: string[] = [];
let run: (
  name: string,
  user: SessionUser,
  input: Record<string, unknown>,
) => Promise<{ ok: boolean; reasons?: { code: string }[] }>;

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

async function projectWithGate(level: number, status: "open" | "returned" | "draft" | "withdrawn") {
  const p = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [level] });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status,
    authorId: cast.owner.id,
    seats: requiredSeats(level, [cast.seatedReviewer.id, cast.unseatedReviewer.id, ...fillers]),
  });
  return { p, reviewId: r.id };
}

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  const { COMMANDS_BY_NAME } = await import("@/lib/commands/registry");
  run = (name, user, input) => {
    const command = COMMANDS_BY_NAME[name]!;
    return command.run(user, command.schema.parse(input));
  };
  cast = await makeCast(t.db);
  for (let i = 0; i < 4; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Filler ${i}`)).id);
});

afterAll(async () => {
  await closeDb?.();
});

describe("holding a project at a gate", () => {
  it("pauses it with the reason, the gate's review and level; owners and the panel are told", async () => {
    const { p, reviewId } = await projectWithGate(3, "returned");
    const d = await run("holdProjectAtGate", cast.manager, { projectId: p.id, reviewId, reason: "New data first." });
    expect(d).toMatchObject({ ok: true, value: { status: "paused", withdrawnReviewIds: [] } });
    expect(await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "paused",
      gateOutcome: "hold",
      gateReason: "New data first.",
      gateReviewId: reviewId,
      gateLevel: 3,
    });
    const told = new Set(
      (await t.db.notification.findMany({ where: { projectId: p.id, kind: "project.held" } })).map((n) => n.userId),
    );
    for (const who of [cast.owner, cast.contributor, cast.seatedReviewer]) expect(told.has(who.id)).toBe(true);
    expect(told.has(cast.manager.id)).toBe(false);
    expect(await t.db.auditEvent.count({ where: { entityId: p.id, action: "project.hold" } })).toBe(1);
  });

  it("is lifted by a manager or an admin, not by the project's owner", async () => {
    const { p, reviewId } = await projectWithGate(3, "returned");
    await run("holdProjectAtGate", cast.manager, { projectId: p.id, reviewId, reason: "Wait." });
    expect(codes(await run("resumeProject", cast.owner, { projectId: p.id, reason: "Ready." }))).toEqual([
      "conflict_of_interest",
    ]);
    expect(await run("resumeProject", cast.admin, { projectId: p.id, reason: "Ready." })).toMatchObject({ ok: true });
  });

  it("refuses a draft or withdrawn review, another project's review, and an owner deciding it", async () => {
    const { p, reviewId } = await projectWithGate(2, "draft");
    const other = await projectWithGate(2, "returned");
    const input = { projectId: p.id, reason: "Wait." };
    expect(codes(await run("holdProjectAtGate", cast.manager, { ...input, reviewId }))).toEqual(["gate_not_held"]);
    expect(codes(await run("holdProjectAtGate", cast.manager, { ...input, reviewId: other.reviewId }))).toEqual([
      "gate_review_not_found",
    ]);
    expect(codes(await run("holdProjectAtGate", cast.owner, { ...input, reviewId }))).toEqual(["conflict_of_interest"]);
    expect(codes(await run("holdProjectAtGate", cast.otherResearcher, { ...input, reviewId }))).toEqual(["forbidden"]);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("active");
  });
});

describe("stopping a project at a gate", () => {
  let stopped: ProjectFixture;
  let openReviewId: string;

  beforeAll(async () => {
    const { p, reviewId } = await projectWithGate(4, "open");
    stopped = p;
    openReviewId = reviewId;
    const d = await run("stopProjectAtGate", cast.admin, { projectId: p.id, reviewId, reason: "The market moved." });
    expect(d).toMatchObject({ ok: true, value: { status: "stopped", withdrawnReviewIds: [reviewId] } });
  });

  it("is terminal, keeps the reason and withdraws the open review in the same change", async () => {
    expect(await t.db.project.findUniqueOrThrow({ where: { id: stopped.id } })).toMatchObject({
      status: "stopped",
      gateOutcome: "stop",
      gateReason: "The market moved.",
      gateLevel: 4,
    });
    expect(await t.db.review.findUniqueOrThrow({ where: { id: openReviewId } })).toMatchObject({
      status: "withdrawn",
    });
    const audit = await t.db.auditEvent.findMany({ where: { projectId: stopped.id, action: "project.stop" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ withdrawnReviews: [openReviewId], level: 4 });
  });

  it("leaves the portfolio unless asked for, and the analytics' level counts", async () => {
    const { listPortfolioFor } = await import("@/lib/dal/portfolio/read-portfolio");
    const { parsePortfolioFilters } = await import("@/lib/search-params/portfolio-filters");
    const { levelCountsQuery } = await import("@/lib/dal/portfolio/analytics-queries");
    const slugs = async (params: Record<string, string>) =>
      (await listPortfolioFor(t.db, cast.manager, parsePortfolioFilters(params), { now: new Date(), pace: {} })).map(
        (r) => r.slug,
      );
    expect(await slugs({})).not.toContain(stopped.slug);
    expect(await slugs({ stopped: "1" })).toContain(stopped.slug);
    expect(await slugs({ status: "stopped" })).toEqual([stopped.slug]);
    // The projects list reads the same parameter: out unless "Include stopped projects" is ticked.
    const { listProjectsPageFor } = await import("@/lib/dal/projects/read-list");
    const { parseProjectListParams } = await import("@/lib/search-params/project-list-params");
    const listed = async (params: Record<string, string>) =>
      (await listProjectsPageFor(t.db, cast.manager, parseProjectListParams({ q: stopped.slug, ...params }))).rows.map(
        (r) => r.slug,
      );
    expect(await listed({})).toEqual([]);
    expect(await listed({ stopped: "1" })).toEqual([stopped.slug]);
    const before = await t.db.$queryRaw<{ n: number }[]>(levelCountsQuery(null));
    await t.db.project.update({ where: { id: stopped.id }, data: { status: "active" } });
    const asIfActive = await t.db.$queryRaw<{ n: number }[]>(levelCountsQuery(null));
    await t.db.project.update({ where: { id: stopped.id }, data: { status: "stopped" } });
    const total = (rows: { n: number }[]) => rows.reduce((sum, r) => sum + r.n, 0);
    expect(total(asIfActive) - total(before)).toBe(1);
  });

  it.each<[string, () => [string, RoleName, Record<string, unknown>], string]>([
    [
      "a vote on the withdrawn review",
      () => ["castVote", "seatedReviewer", { reviewId: openReviewId, pinRound: 0, choice: "graduate" }],
      "",
    ],
    [
      "a new review",
      () => ["openReviewDraft", "owner", { projectId: stopped.id, level: 4, componentIds: stopped.componentIds }],
      "project_stopped",
    ],
    [
      "a card edit",
      () => [
        "saveCardSection",
        "owner",
        { projectId: stopped.id, baseRevision: 1, section: "tldr", value: { tldr: "More." } },
      ],
      "project_stopped",
    ],
    [
      "a requirement",
      () => [
        "createRequirement",
        "owner",
        {
          projectId: stopped.id,
          kind: "research",
          statement: "It shall.",
          verification: "",
          validation: "",
          status: "open",
          waiverReason: "",
          pFailure: 0.3,
          value: 8,
          ownerId: "",
          evidenceLinks: "",
        },
      ],
      "project_stopped",
    ],
    [
      "a component",
      () => ["createComponent", "owner", { projectId: stopped.id, name: "extra", kind: "dataset" }],
      "project_stopped",
    ],
    [
      "a version bump",
      () => [
        "bumpComponentVersion",
        "owner",
        { componentId: stopped.componentIds[0], versions: { code: "9.0.0" }, changelog: "More." },
      ],
      "project_stopped",
    ],
    ["a resume", () => ["resumeProject", "admin", { projectId: stopped.id, reason: "Back." }], "project_stopped"],
    ["a pause", () => ["pauseProject", "owner", { projectId: stopped.id, reason: "Pause." }], "project_stopped"],
    [
      "a hold",
      () => ["holdProjectAtGate", "manager", { projectId: stopped.id, reviewId: openReviewId, reason: "Hold." }],
      "project_stopped",
    ],
    [
      "a second stop",
      () => ["stopProjectAtGate", "manager", { projectId: stopped.id, reviewId: openReviewId, reason: "Stop." }],
      "project_stopped",
    ],
    [
      "a target",
      () => ["setProjectTarget", "manager", { projectId: stopped.id, targetLevel: "6", targetDate: "2099-01-01" }],
      "project_stopped",
    ],
  ])("refuses %s", async (_, make, code) => {
    const [name, who, input] = make();
    const before = await t.db.project.findUniqueOrThrow({ where: { id: stopped.id }, select: { version: true } });
    const d = await run(name, cast[who], input);
    expect(d.ok).toBe(false);
    if (code) expect(codes(d)).toContain(code);
    expect(await t.db.project.findUniqueOrThrow({ where: { id: stopped.id }, select: { version: true } })).toEqual(
      before,
    );
  });
});
