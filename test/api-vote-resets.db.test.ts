import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { componentPin } from "@/lib/domain/votes";
import { call, tokenFor } from "./api-fixtures";
import type { TestDb } from "./db";
import {
  makeCast,
  makeProject,
  makeReview,
  openAppDatabase,
  referenceData,
  requiredSeats,
  type RoleName,
} from "./gate-fixtures";

/**
 * The re-pin warning through the REST door: a card section PUT or a requirement write during an
 * open review with current votes is a 409 problem naming who would vote again (`reasons`,
 * `voteResets`) unless the body's `acknowledgedVoteResets` covers them; nothing is written.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
}));

let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  cast = await makeCast(t.db);
  await referenceData(t.db);
});
afterAll(async () => {
  await closeDb?.();
});

/** A project at level 2 with an open review and one current vote; answers the voter's name. */
async function votedProject() {
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    levels: [2],
    requirements: true,
  });
  const review = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 2,
    status: "open",
    authorId: cast.owner.id,
    seats: requiredSeats(2, [cast.seatedReviewer.id, cast.unseatedReviewer.id]),
  });
  const pinned = await t.db.review.findUniqueOrThrow({
    where: { id: review.id },
    select: { pinnedCardRevisionId: true, components: true },
  });
  const seat = await t.db.panelSeat.findFirstOrThrow({ where: { reviewId: review.id }, orderBy: { createdAt: "asc" } });
  await t.db.vote.create({
    data: {
      reviewId: review.id,
      seatId: seat.id,
      voterId: seat.userId,
      pinRound: 0,
      choice: "graduate",
      cardRevisionId: pinned.pinnedCardRevisionId,
      componentPins: Object.fromEntries(
        pinned.components.map((c) => [
          c.componentId,
          componentPin({ code: c.codeVersion, model: c.modelVersion, data: c.dataVersion }),
        ]),
      ),
    },
  });
  const voter = (await t.db.user.findUniqueOrThrow({ where: { id: seat.userId } })).name;
  return { p, voter };
}

describe("vote resets over HTTP", () => {
  it("a card PUT is a 409 naming the voter until acknowledgedVoteResets covers the vote", async () => {
    const { p, voter } = await votedProject();
    const { token } = await tokenFor(cast.contributor, ["read", "card"]);
    const card = await (await call("GET", `/projects/${p.slug}/card`, { token })).json();
    const put = (extra: object) =>
      call("PUT", `/projects/${p.slug}/card/sections/tldr`, {
        token,
        body: { body: "A new TL;DR", ...extra },
        headers: { "if-match": `"${card.revision}"` },
      });
    const refused = await put({});
    expect(refused.status).toBe(409);
    const problem = await refused.json();
    expect(problem.voteResets).toEqual([voter]);
    expect(problem.reasons[0]).toContain(`This resets 1 current vote (${voter}).`);
    expect((await call("GET", `/projects/${p.slug}/card`, { token })).headers.get("etag")).toBe(`"${card.revision}"`);
    const saved = await put({ acknowledgedVoteResets: 1 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ revision: card.revision + 1, changed: true });
    expect((await put({ acknowledgedVoteResets: -1 })).status).toBe(422);
  });

  it("a requirement write is refused the same way, then saved with the count", async () => {
    const { p, voter } = await votedProject();
    const { token } = await tokenFor(cast.contributor, ["requirements"]);
    const body = {
      kind: "technical",
      statement: "Latency stays under 200 ms.",
      verification: "load test",
      validation: "ops sign-off",
      status: "open",
      waiverReason: "",
      ownerId: "",
      evidenceLinks: "",
      pFailure: 0.1,
      value: 3,
    };
    const refused = await call("POST", `/projects/${p.slug}/requirements`, { token, body });
    const problem = await refused.json();
    expect(refused.status, JSON.stringify(problem)).toBe(409);
    expect(problem.voteResets).toEqual([voter]);
    expect(await t.db.requirement.count({ where: { projectId: p.id } })).toBe(3);
    const created = await call("POST", `/projects/${p.slug}/requirements`, {
      token,
      body: { ...body, acknowledgedVoteResets: 1 },
    });
    expect(created.status).toBe(201);
  });
});
