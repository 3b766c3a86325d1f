import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { saveCardSectionSchema } from "@/lib/schemas/card";
import type { TestDb } from "@/test/db";
import {
  databaseDigest,
  fullCard,
  makeCast,
  makeProject,
  makeReview,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * TRL Card revisions on real Postgres: append-only numbering, the conflict rule under real
 * concurrency (same section → one conflict; other sections → both kept), restore, re-pinning an
 * open review in the same transaction, permissions and audit.
 */
vi.mock("@/lib/auth", () => ({ requireUser: async () => null, getSessionUser: async () => null }));

let t: TestDb;
let closeDb: () => Promise<void>;
let cards: typeof import("@/lib/dal/cards/revisions");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase({ poolSize: 20 }));
  cards = await import("@/lib/dal/cards/revisions");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const project = (opts: { card?: null } = {}) =>
  makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [2], ...opts });
const revisions = (projectId: string) =>
  t.db.cardRevision.findMany({ where: { projectId }, orderBy: { number: "asc" } });
const save = (user: SessionUser, projectId: string, baseRevision: number, section: "tldr" | "caveats", text: string) =>
  cards.saveCardSection(
    user,
    saveCardSectionSchema.parse({
      projectId,
      baseRevision,
      section,
      value: section === "tldr" ? { tldr: text } : { caveats: text },
    }),
  );

describe("saving a section", () => {
  it("starts a card that was never saved, then appends revisions numbered previous + 1 with who, what and the system level", async () => {
    const p = await project({ card: null });
    const first = await save(cast.owner, p.id, 0, "tldr", "A defect detector.");
    expect(first).toEqual({ ok: true, value: { status: "saved", number: 1, rebased: false, repinnedReviewIds: [] } });
    const second = await save(cast.contributor, p.id, 1, "caveats", "Night images are hard.");
    expect(second.ok && second.value.status === "saved" && second.value.number).toBe(2);
    const rows = await revisions(p.id);
    expect(rows.map((r) => [r.number, r.changedSections, r.authorId, r.systemLevel])).toEqual([
      [1, ["tldr"], cast.owner.id, 2],
      [2, ["caveats"], cast.contributor.id, 2],
    ]);
    expect(normaliseCardContent(rows[1]!.content)).toMatchObject({
      tldr: "A defect detector.",
      caveats: "Night images are hard.",
    });
    expect(rows[1]!.summary).toBe("Edited Caveats, edge cases, biases and recommendations");
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "card.save" } })).toBe(2);
  });

  it("rebases onto a newer revision when another section changed, keeping both edits", async () => {
    const p = await project();
    expect((await save(cast.owner, p.id, 1, "caveats", "Theirs.")).ok).toBe(true);
    const mine = await save(cast.contributor, p.id, 1, "tldr", "Mine.");
    expect(mine).toEqual({ ok: true, value: { status: "saved", number: 3, rebased: true, repinnedReviewIds: [] } });
    const latest = (await revisions(p.id)).at(-1)!;
    expect(normaliseCardContent(latest.content)).toMatchObject({
      tldr: "Mine.",
      caveats: "Theirs.",
      modelInfo: fullCard.modelInfo,
    });
  });

  it("refuses a save of the same section over a newer revision with a conflict carrying their version, writing nothing", async () => {
    const p = await project();
    expect((await save(cast.owner, p.id, 1, "tldr", "Theirs.")).ok).toBe(true);
    const before = await databaseDigest(t.db);
    const d = await save(cast.contributor, p.id, 1, "tldr", "Mine.");
    expect(d.ok && d.value).toMatchObject({
      status: "conflict",
      currentNumber: 2,
      theirs: { tldr: "Theirs." },
      theirAuthor: "Owner",
    });
    expect(await databaseDigest(t.db)).toEqual(before);
    // Merging and saving again on top of their revision succeeds.
    expect(await save(cast.contributor, p.id, 2, "tldr", "Theirs and mine.")).toMatchObject({
      ok: true,
      value: { status: "saved", number: 3, rebased: false },
    });
  });

  it("lets exactly one of two simultaneous saves of the same section win; the other gets the conflict (unique number + re-run)", async () => {
    for (let round = 0; round < 5; round++) {
      const p = await project();
      const results = await Promise.all([
        save(cast.owner, p.id, 1, "tldr", "A."),
        save(cast.contributor, p.id, 1, "tldr", "B."),
      ]);
      const statuses = results.map((r) => (r.ok ? r.value.status : "refused")).sort();
      expect(statuses).toEqual(["conflict", "saved"]);
      expect((await revisions(p.id)).map((r) => r.number)).toEqual([1, 2]);
    }
  });

  it("keeps both of two simultaneous saves of different sections", async () => {
    for (let round = 0; round < 5; round++) {
      const p = await project();
      const results = await Promise.all([
        save(cast.owner, p.id, 1, "tldr", "New TL;DR."),
        save(cast.contributor, p.id, 1, "caveats", "New caveats."),
      ]);
      expect(results.every((r) => r.ok && r.value.status === "saved")).toBe(true);
      const rows = await revisions(p.id);
      expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);
      expect(normaliseCardContent(rows[2]!.content)).toMatchObject({ tldr: "New TL;DR.", caveats: "New caveats." });
    }
  });

  it("refuses non-editors, archived projects, unchanged text and an unknown base revision", async () => {
    const p = await project();
    expect(codes(await save(cast.otherResearcher, p.id, 1, "tldr", "x"))).toEqual(["forbidden"]);
    expect(codes(await save(cast.seatedReviewer, p.id, 1, "tldr", "x"))).toEqual(["forbidden"]);
    expect(codes(await save(cast.owner, p.id, 1, "tldr", fullCard.tldr))).toEqual(["card_unchanged"]);
    expect(codes(await save(cast.owner, p.id, 7, "tldr", "x"))).toEqual(["card_base_unknown"]);
    expect((await save(cast.admin, p.id, 1, "tldr", "Admin edit.")).ok).toBe(true);
    const archived = await makeProject(t.db, { owners: [cast.owner.id], levels: [1], status: "archived" });
    expect(codes(await save(cast.owner, archived.id, 1, "tldr", "x"))).toEqual(["project_archived"]);
  });
});

describe("open reviews", () => {
  it("re-pins an open review to the new revision in the same transaction (next pin round: earlier votes no longer count)", async () => {
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
    const rev1 = (await revisions(p.id))[0]!;
    expect((await t.db.review.findUniqueOrThrow({ where: { id: review.id } })).pinnedCardRevisionId).toBe(rev1.id);
    const d = await save(cast.owner, p.id, 1, "caveats", "A new caveat for the panel.");
    expect(d).toMatchObject({ ok: true, value: { status: "saved", number: 2, repinnedReviewIds: [review.id] } });
    const r = await t.db.review.findUniqueOrThrow({ where: { id: review.id } });
    const rev2 = (await revisions(p.id))[1]!;
    expect([r.pinnedCardRevisionId, r.pinRound]).toEqual([rev2.id, 1]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "card.save", entityId: rev2.id } });
    expect(JSON.stringify(audit.after)).toContain(review.id);
  });

  it("does not re-pin decided reviews", async () => {
    const p = await project();
    const seats = requiredSeats(2, [cast.seatedReviewer.id, cast.unseatedReviewer.id]);
    const review = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 2,
      status: "returned",
      authorId: cast.owner.id,
      seats,
    });
    const before = await t.db.review.findUniqueOrThrow({ where: { id: review.id } });
    expect(await save(cast.owner, p.id, 1, "caveats", "After the decision.")).toMatchObject({
      ok: true,
      value: { repinnedReviewIds: [] },
    });
    expect((await t.db.review.findUniqueOrThrow({ where: { id: review.id } })).pinnedCardRevisionId).toBe(
      before.pinnedCardRevisionId,
    );
  });
});

describe("restoring", () => {
  it("writes an earlier revision again as a new revision, recording where it came from", async () => {
    const p = await project();
    await save(cast.owner, p.id, 1, "tldr", "Second.");
    await save(cast.owner, p.id, 2, "caveats", "Third.");
    const d = await cards.restoreCardRevision(cast.contributor, { projectId: p.id, revision: 1, baseRevision: 3 });
    expect(d).toEqual({ ok: true, value: { number: 4, repinnedReviewIds: [] } });
    const rows = await revisions(p.id);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(rows[3]).toMatchObject({
      restoredFrom: 1,
      changedSections: ["tldr", "caveats"],
      summary: "Restored revision 1",
      authorId: cast.contributor.id,
    });
    expect(normaliseCardContent(rows[3]!.content)).toEqual(normaliseCardContent(rows[0]!.content));
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "card.restore" } })).toBe(1);
  });

  it("refuses a restore over changes the user has not seen, of the newest revision, and by non-editors", async () => {
    const p = await project();
    await save(cast.owner, p.id, 1, "tldr", "Second.");
    expect(
      codes(await cards.restoreCardRevision(cast.owner, { projectId: p.id, revision: 1, baseRevision: 1 })),
    ).toEqual(["card_changed_meanwhile"]);
    expect(
      codes(await cards.restoreCardRevision(cast.owner, { projectId: p.id, revision: 2, baseRevision: 2 })),
    ).toEqual(["card_restore_current"]);
    expect(
      codes(await cards.restoreCardRevision(cast.otherResearcher, { projectId: p.id, revision: 1, baseRevision: 2 })),
    ).toEqual(["forbidden"]);
    expect(
      codes(await cards.restoreCardRevision(cast.owner, { projectId: p.id, revision: 9, baseRevision: 2 })),
    ).toEqual(["not_found"]);
  });

  it("keeps card revisions append-only in the database", async () => {
    const p = await project();
    // Plain SQL, so the trigger's own error (restrict_violation) is what is checked.
    for (const sql of [
      "UPDATE card_revisions SET summary = 'rewritten' WHERE project_id = $1",
      "DELETE FROM card_revisions WHERE project_id = $1",
    ]) {
      await expect(t.pool.query(sql, [p.id])).rejects.toMatchObject({
        code: "23001",
        message: expect.stringMatching(/append-only/),
      });
    }
  });
});
