import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Regression: the chair of a returned L4 review recorded a review switchback after a later review
 * had graduated the same components to L5, and a component went back to L4 from a review that no
 * longer spoke for it. Every door of a superseded review is closed here against real Postgres —
 * key decision (pause, A+B research track), switchback, pause on return, task done/undone — the
 * debrief stays open, and a decision landing concurrently cannot slip past the check.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let chair: typeof import("@/lib/dal/reviews/chair");
let tasks: typeof import("@/lib/dal/reviews/tasks");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let cast: Record<RoleName, SessionUser>;
let chairUser: SessionUser;
let others: SessionUser[];

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  chair = await import("@/lib/dal/reviews/chair");
  tasks = await import("@/lib/dal/reviews/tasks");
  votes = await import("@/lib/dal/reviews/cast-vote");
  cast = await makeCast(t.db);
  chairUser = cast.seatedReviewer;
  others = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(t.db, ["reviewer"], [], `R${i}`)));
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const day = 86_400_000;

/** A decided review at `level` chaired by chairUser, decided `daysAgo` days ago. */
async function decidedReview(opts: {
  projectId: string;
  componentIds: string[];
  level: number;
  status: "graduated" | "returned";
  daysAgo: number;
}) {
  const r = await makeReview(t.db, {
    projectId: opts.projectId,
    componentIds: opts.componentIds,
    level: opts.level,
    status: opts.status,
    authorId: cast.owner.id,
    seats: requiredSeats(opts.level, [chairUser.id, ...others.map((o) => o.id)]),
  });
  await t.db.review.update({ where: { id: r.id }, data: { decidedAt: new Date(Date.now() - opts.daysAgo * day) } });
  return r.id;
}

/** Returned L4 review A, then a later L4 review B (on `laterOn` of its components) that graduated them to L5. */
async function supersededL4(laterOn: "all" | "first" = "all") {
  const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [4, 4] });
  const a = await decidedReview({
    projectId: p.id,
    componentIds: p.componentIds,
    level: 4,
    status: "returned",
    daysAgo: 10,
  });
  await t.db.reviewTask.createMany({
    data: [
      { reviewId: a, position: 1, text: "Run on a second dataset." },
      { reviewId: a, position: 2, text: "Cost report." },
    ],
  });
  await t.db.reviewTask.updateMany({
    where: { reviewId: a, position: 2 },
    data: { doneAt: new Date(), evidence: "https://example.org/e" },
  });
  const moved = laterOn === "all" ? p.componentIds : [p.componentIds[0]!];
  const b = await decidedReview({ projectId: p.id, componentIds: moved, level: 4, status: "graduated", daysAgo: 1 });
  await t.db.component.updateMany({ where: { id: { in: moved } }, data: { level: 5 } });
  const taskIds = (await t.db.reviewTask.findMany({ where: { reviewId: a }, orderBy: { position: "asc" } })).map(
    (x) => x.id,
  );
  return { p, a, b, taskIds: taskIds as [string, string] };
}

describe("a review superseded by a later decision", () => {
  it("refuses the chair's review switchback, pause and key decision, and changes nothing", async () => {
    const { p, a } = await supersededL4();
    const [c1] = p.componentIds as [string, string];
    const sb = await chair.recordReviewSwitchback(chairUser, {
      kind: "switchback",
      reviewId: a,
      moves: [{ componentId: c1, toLevel: 4 }],
      rationale: "Not ready.",
    });
    expect(codes(sb)).toEqual(["component_superseded"]);
    expect(!sb.ok && sb.reasons[0]?.message).toContain("level 4 review decided on");
    expect(
      codes(await chair.recordReviewSwitchback(chairUser, { kind: "pause", reviewId: a, rationale: "Stop." })),
    ).toEqual(["review_superseded"]);
    expect(codes(await chair.recordKeyDecision(chairUser, { reviewId: a, decision: "pause", note: "" }))).toEqual([
      "review_superseded",
    ]);
    const after = await t.db.project.findUniqueOrThrow({ where: { id: p.id }, include: { components: true } });
    expect(after.status).toBe("active");
    expect(after.components.map((c) => c.level)).toEqual([5, 5]);
    expect(await t.db.levelTransition.count({ where: { reviewId: a } })).toBe(0);
  });

  it("still moves the components no later review decided", async () => {
    const { p, a } = await supersededL4("first");
    const [c1, c2] = p.componentIds as [string, string];
    const move = (componentId: string) =>
      chair.recordReviewSwitchback(chairUser, {
        kind: "switchback",
        reviewId: a,
        moves: [{ componentId, toLevel: 3 }],
        rationale: "Interfaces.",
      });
    expect(codes(await move(c1))).toEqual(["component_superseded"]);
    expect((await move(c2)).ok).toBe(true);
  });

  it("refuses ticking its tasks off or reopening them", async () => {
    const {
      taskIds: [open, done],
    } = await supersededL4();
    expect(
      codes(await tasks.completeReviewTask(cast.owner, { taskId: open, evidence: "https://example.org/x" })),
    ).toEqual(["review_superseded"]);
    expect(codes(await tasks.reopenReviewTask(cast.owner, { taskId: done }))).toEqual(["review_superseded"]);
    expect((await t.db.reviewTask.findUniqueOrThrow({ where: { id: open } })).doneAt).toBeNull();
  });

  it("keeps the debrief open: a record of that stage, not a change of state", async () => {
    const { a } = await supersededL4();
    const answers = ["accomplished", "punted", "learned", "debt"].map((key) => ({ key, answer: "Noted." }));
    expect((await chair.recordDebrief(chairUser, { reviewId: a, answers })).ok).toBe(true);
  });

  it("refuses path A+B (no research track) once the L3 review decided the components", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [3] });
    const a = await decidedReview({
      projectId: p.id,
      componentIds: p.componentIds,
      level: 2,
      status: "graduated",
      daysAgo: 10,
    });
    await decidedReview({ projectId: p.id, componentIds: p.componentIds, level: 3, status: "returned", daysAgo: 1 });
    const projects = await t.db.project.count();
    expect(codes(await chair.recordKeyDecision(chairUser, { reviewId: a, decision: "path_a_b", note: "" }))).toEqual([
      "review_superseded",
    ]);
    expect(await t.db.project.count()).toBe(projects);
  });

  it("an earlier review does not supersede a later one", async () => {
    const { b } = await supersededL4();
    expect((await chair.recordKeyDecision(chairUser, { reviewId: b, decision: "continue", note: "" })).ok).toBe(true);
  });
});

describe("a later decision landing concurrently", () => {
  /** A returned L4 review A, and an open one-seat review B on the same components. */
  async function setup() {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [4] });
    const a = await decidedReview({
      projectId: p.id,
      componentIds: p.componentIds,
      level: 4,
      status: "returned",
      daysAgo: 3,
    });
    const b = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 4,
      status: "open",
      authorId: cast.owner.id,
      seats: [{ userId: others[0]!.id, discipline: "applied_ai", isChair: true }],
    });
    return { p, a, b: b.id };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("the chair's command waits for the deciding transaction and then sees the decision", async () => {
    const { p, a, b } = await setup();
    let chairDone = false;
    let chairResult: Awaited<ReturnType<typeof chair.recordKeyDecision>> | undefined;
    // What the deciding vote does (lib/dal/reviews/settle-review.ts): lock B, lock its components, decide.
    await t.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM reviews WHERE id = ${b} FOR UPDATE`;
        await tx.$queryRaw`SELECT id FROM components WHERE id = ANY(${p.componentIds}::text[]) ORDER BY id FOR UPDATE`;
        await tx.review.update({ where: { id: b }, data: { status: "returned", decidedAt: new Date() } });
        await tx.reviewDecision.create({ data: { reviewId: b, outcome: "returned", pinRound: 0 } });
        const pending = chair.recordKeyDecision(chairUser, { reviewId: a, decision: "pause", note: "" }).then((r) => {
          chairDone = true;
          chairResult = r;
          return r;
        });
        await sleep(400);
        expect(chairDone).toBe(false);
        void pending;
      },
      { timeout: 20_000 },
    );
    for (let i = 0; i < 100 && !chairDone; i++) await sleep(50);
    expect(codes(chairResult!)).toEqual(["review_superseded"]);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("active");
  });

  it("the deciding vote waits for a command holding the components", async () => {
    const { p, b } = await setup();
    let decided = false;
    let result: Awaited<ReturnType<typeof votes.castVote>> | undefined;
    await t.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM components WHERE id = ANY(${p.componentIds}::text[]) ORDER BY id FOR UPDATE`;
        void votes
          .castVote(others[0]!, {
            reviewId: b,
            pinRound: 0,
            choice: "return",
            tasks: [{ text: "More data." }],
            comment: "",
          })
          .then((r) => {
            decided = true;
            result = r;
          });
        await sleep(400);
        expect(decided).toBe(false);
      },
      { timeout: 20_000 },
    );
    for (let i = 0; i < 100 && !decided; i++) await sleep(50);
    expect(result).toEqual({ ok: true, value: { status: "returned", recorded: "cast" } });
  });
});

describe("the last two votes at the same instant", () => {
  /**
   * Regression: one decision (correct), but the first voter was told "the decision comes when all
   * seats have voted" beside the decided review until a reload. Both voters now learn the outcome.
   */
  it("tells both voters that the review was decided", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "open",
      authorId: cast.owner.id,
      seats: [
        { userId: others[1]!.id, discipline: "research_lead", isChair: true },
        { userId: others[2]!.id, discipline: "researcher", isChair: false },
      ],
    });
    const vote = (u: SessionUser) =>
      votes.castVote(u, { reviewId: r.id, pinRound: 0, choice: "graduate", tasks: [], comment: "" });
    // Hold the review row so both votes queue on it, as two clicks at the same instant do.
    let results: Awaited<ReturnType<typeof vote>>[] = [];
    let pending: Promise<void> | undefined;
    await t.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM reviews WHERE id = ${r.id} FOR UPDATE`;
        pending = Promise.all([vote(others[1]!), vote(others[2]!)]).then((x) => void (results = x));
        // Release only once both votes wait on the row (a fixed pause let a slow CI start one late).
        for (let i = 0; i < 200; i++) {
          const rows = await tx.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
          if ((rows[0]?.waiting ?? 0) >= 2) break;
          await new Promise((res) => setTimeout(res, 50));
        }
      },
      { timeout: 20_000 },
    );
    await pending;
    const outcomes = results.map((x) =>
      x.ok ? (x.value.status === "open" ? x.value.decidedMeanwhile : x.value.status) : "refused",
    );
    expect(outcomes).toEqual(["graduated", "graduated"]);
    expect(results.filter((x) => x.ok && x.value.status === "graduated")).toHaveLength(1);
  });
});
