import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "./db";
import { asUser } from "./action-session";
import { makeProject, makeReview, makeUser, requiredSeats, openAppDatabase } from "./gate-fixtures";

/**
 * Exactly once under concurrency (issue 3): when every seat votes at the same moment, and each vote
 * is also sent twice, the review is decided once, each component graduates once, and no voter sees
 * an error. Runs through the server action, against real Postgres, 50 times.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ROUNDS = 50;
let t: TestDb;
let closeDb: () => Promise<void>;
let actions: typeof import("@/lib/actions/review-actions");
let owner: SessionUser;
let reviewers: SessionUser[];

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  actions = await import("@/lib/actions/review-actions");
  owner = await makeUser(t.db, ["researcher"], [], "Owner");
  reviewers = [];
  for (let i = 0; i < 6; i++) reviewers.push(await makeUser(t.db, ["reviewer"], [], `Reviewer ${i}`));
});

afterAll(async () => {
  await closeDb?.();
});

/** The level's required seats, padded with domain experts to at least three. */
function panelFor(level: number) {
  const seats = requiredSeats(
    level,
    reviewers.map((r) => r.id),
  );
  for (const r of reviewers.slice(seats.length, 3))
    seats.push({ userId: r.id, discipline: "domain_expert", isChair: false });
  return seats;
}

async function openReview(level: number) {
  const p = await makeProject(t.db, { owners: [owner.id], levels: [level, level], requirements: true });
  const seats = panelFor(level);
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status: "open",
    authorId: owner.id,
    seats,
  });
  return { p, reviewId: r.id, seats };
}

const shuffle = <T>(xs: T[]) =>
  xs
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
const userOf = (id: string) => reviewers.find((r) => r.id === id)!;

describe("the last votes arriving together", () => {
  it(`decide the review once and graduate each component once (${ROUNDS} rounds, duplicates included)`, async () => {
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const level = round % 9;
      const { p, reviewId, seats } = await openReview(level);
      const submissions = shuffle([...seats, ...seats]).map((s) =>
        asUser(userOf(s.userId), () => actions.castVoteAction({ reviewId, pinRound: 0, choice: "graduate" })),
      );
      const results = await Promise.all(submissions);
      expect(
        results.filter((r) => !r.ok),
        `round ${round}: a voter saw an error`,
      ).toEqual([]);
      const recorded = results.map((r) => (r.ok ? r.data?.recorded : "error"));
      expect(recorded.filter((x) => x === "cast")).toHaveLength(seats.length);
      expect(recorded.filter((x) => x === "unchanged")).toHaveLength(seats.length);
      expect(await t.db.reviewDecision.findMany({ where: { reviewId }, select: { outcome: true } })).toEqual([
        { outcome: "graduated" },
      ]);
      for (const componentId of p.componentIds) {
        expect(await t.db.levelTransition.count({ where: { reviewId, componentId, kind: "graduation" } })).toBe(1);
      }
      const levels = await t.db.component.findMany({ where: { projectId: p.id }, select: { level: true } });
      expect(levels).toEqual([{ level: level + 1 }, { level: level + 1 }]);
      expect(await t.db.review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).toEqual({
        status: "graduated",
      });
      expect(await t.db.vote.count({ where: { reviewId } })).toBe(seats.length);
      expect(await t.db.auditEvent.count({ where: { entityId: reviewId, action: "review.vote" } })).toBe(seats.length);
      expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).systemLevel).toBe(level + 1);
    }
    console.info(`[concurrency] ${ROUNDS} rounds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  it("return votes arriving together: returned once, the union of tasks, no transition", async () => {
    const { p, reviewId, seats } = await openReview(3);
    const taskSets = [[], ["Add a baseline", "Test night images"], ["Test night images", "Document interfaces"]];
    const vote = (i: number) => () =>
      actions.castVoteAction({
        reviewId,
        pinRound: 0,
        choice: i === 0 ? "graduate" : "return",
        tasks: (taskSets[i] ?? []).map((text) => ({ text, target: "≥ 95 % pass" })),
      });
    const results = await Promise.all(
      shuffle([0, 1, 2, 0, 1, 2]).map((i) => asUser(userOf(seats[i]!.userId), vote(i))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.reviewDecision.count({ where: { reviewId, outcome: "returned" } })).toBe(1);
    const tasks = await t.db.reviewTask.findMany({
      where: { reviewId },
      orderBy: { position: "asc" },
      select: { text: true },
    });
    expect(tasks.map((x) => x.text).sort()).toEqual(["Add a baseline", "Document interfaces", "Test night images"]);
    expect(await t.db.levelTransition.count({ where: { reviewId } })).toBe(0);
    expect(
      (await t.db.component.findMany({ where: { projectId: p.id }, select: { level: true } })).map((c) => c.level),
    ).toEqual([3, 3]);
  });
});
