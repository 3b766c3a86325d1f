import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { componentPin } from "@/lib/domain/votes";
import { saveCardSectionSchema } from "@/lib/schemas/card";
import type { TestDb } from "@/test/db";
import {
  databaseDigest,
  makeCast,
  makeProject,
  makeReview,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Warn before re-pinning, at the server: a card save during an open review carries the vote
 * resets the editor confirmed; more real resets refuse it, naming who, and nothing is written.
 * (The requirements' commands: lib/dal/requirements/commands.db.test.ts.)
 */
vi.mock("@/lib/auth", () => ({ requireUser: async () => null, getSessionUser: async () => null }));

let t: TestDb;
let closeDb: () => Promise<void>;
let cards: typeof import("@/lib/dal/cards/revisions");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase({ poolSize: 10 }));
  cards = await import("@/lib/dal/cards/revisions");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const project = () => makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [2] });

describe("vote resets on a card save", () => {
  it("refuses a save that resets more current votes than the editor confirmed, naming who, and changes nothing", async () => {
    const p = await project();
    const seats = requiredSeats(2, [cast.seatedReviewer.id, cast.unseatedReviewer.id]);
    const review = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 2,
      status: "open",
      authorId: cast.owner.id,
      seats,
    });
    const pinned = await t.db.review.findUniqueOrThrow({
      where: { id: review.id },
      select: { pinnedCardRevisionId: true, components: true },
    });
    const vote = (i: number, voterId: string) =>
      t.db.vote.create({
        data: {
          reviewId: review.id,
          seatId: review.seatIds[i]!,
          voterId,
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
    const seated = await t.db.panelSeat.findMany({ where: { reviewId: review.id }, orderBy: { createdAt: "asc" } });
    await vote(0, seated[0]!.userId);
    const names = await t.db.user.findMany({ where: { id: { in: seated.map((s) => s.userId) } } });
    const nameOf = (i: number) => names.find((u) => u.id === seated[i]!.userId)!.name;
    const { voteResetsFor } = await import("@/lib/dal/reviews/vote-resets");
    expect(await voteResetsFor(t.db, p.id)).toEqual([{ voterName: nameOf(0) }]);

    const withAck = (acknowledgedVoteResets?: number) =>
      cards.saveCardSection(
        cast.owner,
        saveCardSectionSchema.parse({
          projectId: p.id,
          baseRevision: 1,
          section: "caveats",
          value: { caveats: "Changed while the panel votes." },
          acknowledgedVoteResets,
        }),
      );
    // A client that skipped the warning: nothing confirmed.
    let before = await databaseDigest(t.db);
    const unconfirmed = await withAck(undefined);
    expect(unconfirmed).toMatchObject({ ok: false, reasons: [{ code: "vote_resets_unconfirmed" }] });
    expect(await databaseDigest(t.db)).toEqual(before);

    // A stale tab: the editor confirmed one reset, a second reviewer voted since.
    await vote(1, seated[1]!.userId);
    before = await databaseDigest(t.db);
    const stale = await withAck(1);
    expect(stale.ok ? "" : stale.reasons[0]!.message).toContain(
      `This resets 2 current votes (${nameOf(0)} and ${nameOf(1)}).`,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    expect(await withAck(2)).toMatchObject({ ok: true, value: { repinnedReviewIds: [review.id] } });
    expect(await voteResetsFor(t.db, p.id)).toEqual([]);
  });
});
