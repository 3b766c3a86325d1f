import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeProject, makeReview, makeUser, openAppDatabase } from "@/test/gate-fixtures";

/**
 * Races other than simultaneous votes (test/concurrency.db.test.ts): the unique index plus the
 * bounded retry for project numbers, the project row lock for drafts, and a version bump racing
 * the deciding vote (either the vote wins and graduates on the pin it saw, or the bump wins, the
 * review re-pins and the vote is refused as stale — never a decision on a stale vote).
 */
/** The createProject fields these tests leave at their defaults. */
const NO_EXTRAS = { owners: [], contributors: [], components: [], tldr: "" };
let t: TestDb;
let closeDb: () => Promise<void>;
let projects: typeof import("@/lib/dal/projects/commands");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let components: typeof import("@/lib/dal/components/commands");
let owner: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  projects = await import("@/lib/dal/projects/commands");
  drafts = await import("@/lib/dal/reviews/drafts");
  votes = await import("@/lib/dal/reviews/cast-vote");
  components = await import("@/lib/dal/components/commands");
  owner = await makeUser(t.db, ["researcher"], [], "Owner");
  reviewer = await makeUser(t.db, ["reviewer"], [], "Reviewer");
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

describe("races", () => {
  it("gives simultaneous new projects distinct numbers and slugs (unique index + retry)", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        projects.createProject(owner, { name: "Same name", description: "", track: "product", tags: [], ...NO_EXTRAS }),
      ),
    );
    expect(results.map(codes).flat()).toEqual([]);
    const rows = await t.db.project.findMany({ where: { track: "product" }, select: { index: true, slug: true } });
    expect(new Set(rows.map((r) => r.index)).size).toBe(8);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(8);
  });

  it("lets only one of several simultaneous drafts take a component", async () => {
    const p = await makeProject(t.db, { owners: [owner.id], levels: [1] });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        drafts.openReviewDraft(owner, { projectId: p.id, level: 1, componentIds: p.componentIds }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results
        .filter((r) => !r.ok)
        .map(codes)
        .flat(),
    ).toEqual(Array(4).fill("component_under_review"));
    expect(await t.db.review.count({ where: { projectId: p.id } })).toBe(1);
  });

  it("never decides on a vote made stale by a simultaneous version bump", async () => {
    const winners: string[] = [];
    for (let round = 0; round < 10; round++) {
      const p = await makeProject(t.db, { owners: [owner.id], levels: [0] });
      const r = await makeReview(t.db, {
        projectId: p.id,
        componentIds: p.componentIds,
        level: 0,
        status: "open",
        authorId: owner.id,
        seats: [{ userId: reviewer.id, discipline: "research_lead", isChair: true }],
      });
      const castIt = () =>
        votes.castVote(reviewer, { reviewId: r.id, pinRound: 0, choice: "graduate", tasks: [], comment: "" });
      const bumpIt = () =>
        components.bumpComponentVersion(owner, {
          componentId: p.componentIds[0]!,
          versions: { data: "0.2.0" },
          changelog: "New data.",
        });
      // Alternate who starts first, so both orders of the race are exercised.
      const [vote, bump] =
        round % 2 === 0
          ? await Promise.all([castIt(), bumpIt()])
          : await Promise.all([bumpIt(), castIt()]).then(([b, v]) => [v, b] as const);
      winners.push(vote.ok ? "vote" : "bump");
      expect(bump.ok).toBe(true);
      const review = await t.db.review.findUniqueOrThrow({ where: { id: r.id }, include: { decision: true } });
      if (vote.ok) {
        expect(review).toMatchObject({ status: "graduated", pinRound: 0, decision: { pinRound: 0 } });
        expect(bump.ok && bump.value.repinnedReviewIds).toEqual([]);
      } else {
        expect(codes(vote)).toEqual(["vote_pin_stale"]);
        expect(review).toMatchObject({ status: "open", pinRound: 1, decision: null });
      }
    }
    console.info(`[races] vote vs bump winners: ${winners.join(", ")}`);
  });
});
