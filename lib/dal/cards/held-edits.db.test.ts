import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { componentPin } from "@/lib/domain/votes";
import { holdCardSectionSchema, publishHeldCardEditsSchema, saveCardSectionSchema } from "@/lib/schemas/card";
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
 * Held card edits: private to their author, no revision and no re-pin until published; a publish
 * is one revision and one re-pin for every held section, confirmed like a save; a conflict keeps
 * the held edits.
 */
vi.mock("@/lib/auth", () => ({ requireUser: async () => null, getSessionUser: async () => null }));

let t: TestDb;
let closeDb: () => Promise<void>;
let held: typeof import("@/lib/dal/cards/held-edits");
let reads: typeof import("@/lib/dal/cards/read-held-edits");
let cards: typeof import("@/lib/dal/cards/revisions");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase({ poolSize: 10 }));
  held = await import("@/lib/dal/cards/held-edits");
  reads = await import("@/lib/dal/cards/read-held-edits");
  cards = await import("@/lib/dal/cards/revisions");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const project = () => makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [2] });

/** A project with an open L2 review in which the seated reviewer has voted. */
async function votedReview() {
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
  await t.db.vote.create({
    data: {
      reviewId: review.id,
      seatId: review.seatIds[0]!,
      voterId: (await t.db.panelSeat.findUniqueOrThrow({ where: { id: review.seatIds[0]! } })).userId,
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
  return { p, reviewId: review.id };
}

const hold = (user: SessionUser, projectId: string, section: string, value: object, baseRevision = 1) =>
  held.holdCardSection(user, holdCardSectionSchema.parse({ projectId, section, value, baseRevision }));
const publish = (user: SessionUser, projectId: string, acknowledgedVoteResets?: number) =>
  held.publishHeldCardEdits(user, publishHeldCardEditsSchema.parse({ projectId, acknowledgedVoteResets }));
const revisions = (projectId: string) => t.db.cardRevision.count({ where: { projectId } });
const pinRound = async (reviewId: string) =>
  (await t.db.review.findUniqueOrThrow({ where: { id: reviewId }, select: { pinRound: true } })).pinRound;

describe("held card edits", () => {
  it("holding changes neither the card nor the pin; publishing writes one revision and re-pins once", async () => {
    const { p, reviewId } = await votedReview();
    expect(await hold(cast.owner, p.id, "tldr", { tldr: "Held summary." })).toMatchObject({
      ok: true,
      value: { status: "held", heldCount: 1 },
    });
    expect(await hold(cast.owner, p.id, "caveats", { caveats: "Held caveats." })).toMatchObject({
      ok: true,
      value: { heldCount: 2 },
    });
    // Holding again replaces the held value (one row per section).
    await hold(cast.owner, p.id, "caveats", { caveats: "Held caveats, second try." });
    expect(await revisions(p.id)).toBe(1);
    expect(await pinRound(reviewId)).toBe(0);
    expect((await reads.heldCardEditsFor(t.db, p.id, cast.owner.id)).map((e) => [e.section, e.state])).toEqual([
      ["tldr", "ready"],
      ["caveats", "ready"],
    ]);

    const published = await publish(cast.owner, p.id, 1);
    expect(published).toMatchObject({
      ok: true,
      value: { number: 2, sections: ["tldr", "caveats"], rebased: false, repinnedReviewIds: [reviewId] },
    });
    expect(await revisions(p.id)).toBe(2);
    expect(await pinRound(reviewId)).toBe(1);
    const newest = await t.db.cardRevision.findFirstOrThrow({ where: { projectId: p.id, number: 2 } });
    expect(newest.changedSections).toEqual(["tldr", "caveats"]);
    expect(newest.content).toMatchObject({ tldr: "Held summary.", caveats: "Held caveats, second try." });
    expect(await t.db.cardHeldEdit.count({ where: { projectId: p.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "card.publish_held" } })).toBe(1);
  });

  it("refuses a publish whose votes resets were not confirmed, naming who, and writes nothing", async () => {
    const { p } = await votedReview();
    await hold(cast.owner, p.id, "tldr", { tldr: "Held summary." });
    const before = await databaseDigest(t.db);
    const refused = await publish(cast.owner, p.id);
    expect(refused).toMatchObject({ ok: false, reasons: [{ code: "vote_resets_unconfirmed" }] });
    expect(refused.ok ? "" : refused.reasons[0]!.message).toContain("This resets 1 current vote (");
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it("refuses a publish in conflict, naming the sections, and keeps every held edit", async () => {
    const p = await project();
    await hold(cast.owner, p.id, "tldr", { tldr: "Mine." });
    await hold(cast.owner, p.id, "model_info", { modelInfo: "Mine too." });
    await cards.saveCardSection(
      cast.contributor,
      saveCardSectionSchema.parse({ projectId: p.id, baseRevision: 1, section: "tldr", value: { tldr: "Theirs." } }),
    );
    const refused = await publish(cast.owner, p.id);
    expect(refused).toMatchObject({ ok: false, reasons: [{ code: "card_held_conflict" }] });
    expect(refused.ok ? "" : refused.reasons[0]!.message).toMatch(/"TL;DR" since you held it \(now revision 2\)/);
    expect(await t.db.cardHeldEdit.count({ where: { projectId: p.id, authorId: cast.owner.id } })).toBe(2);
    expect(await revisions(p.id)).toBe(2);
    // Re-held on top of the newest revision after merging: the publish rebases the other section.
    await hold(cast.owner, p.id, "tldr", { tldr: "Theirs and mine." }, 2);
    expect(await publish(cast.owner, p.id)).toMatchObject({ ok: true, value: { number: 3, rebased: true } });
  });

  it("keeps held edits private: another editor neither sees, publishes nor discards them", async () => {
    const p = await project();
    await hold(cast.owner, p.id, "tldr", { tldr: "Mine." });
    expect(await reads.heldCardEditsFor(t.db, p.id, cast.contributor.id)).toEqual([]);
    expect(await publish(cast.contributor, p.id)).toMatchObject({
      ok: false,
      reasons: [{ code: "card_nothing_held" }],
    });
    expect(await held.discardHeldCardEdits(cast.contributor, { projectId: p.id })).toMatchObject({ ok: false });
    expect(await t.db.cardHeldEdit.count({ where: { projectId: p.id } })).toBe(1);
    expect(await revisions(p.id)).toBe(1);
    expect(await held.discardHeldCardEdits(cast.owner, { projectId: p.id, section: "tldr" })).toMatchObject({
      ok: true,
      value: { discarded: ["tldr"] },
    });
  });

  it("refuses a non-editor and writes nothing", async () => {
    const p = await project();
    const before = await databaseDigest(t.db);
    const refused = await hold(cast.otherResearcher, p.id, "tldr", { tldr: "Not mine to write." });
    expect(refused.ok).toBe(false);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it("a direct save of a held section spends the held edit", async () => {
    const p = await project();
    await hold(cast.owner, p.id, "tldr", { tldr: "Held." });
    await cards.saveCardSection(
      cast.owner,
      saveCardSectionSchema.parse({ projectId: p.id, baseRevision: 1, section: "tldr", value: { tldr: "Saved." } }),
    );
    expect(await t.db.cardHeldEdit.count({ where: { projectId: p.id } })).toBe(0);
  });
});
