import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { componentPin } from "@/lib/domain/votes";
import { databaseDigest, makeReview, requiredSeats } from "@/test/gate-fixtures";
import {
  t,
  reqs,
  reads,
  cast,
  setupRequirementsDb,
  codes,
  project,
  fields,
  reqReads,
} from "@/lib/dal/requirements/fixtures";

/**
 * Requirements on real Postgres: create and edit with the domain's risk and rules, optimistic
 * concurrency, and the CSV export → import round trip (every field, all or nothing).
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

setupRequirementsDb(session);

describe("create and edit", () => {
  it("numbers requirements per project and stores risk = pFailure × value from the domain", async () => {
    const p = await project();
    const a = await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields });
    const b = await reqs.createRequirement(cast.contributor, {
      projectId: p.id,
      ...fields,
      pFailure: 0.2345,
      value: 10,
      ownerId: cast.contributor.id,
    });
    expect([a.ok && a.value.number, b.ok && b.value.number]).toEqual([1, 2]);
    const rows = await t.db.requirement.findMany({ where: { projectId: p.id }, orderBy: { number: "asc" } });
    expect(rows.map((r) => [r.number, r.risk, r.ownerId])).toEqual([
      [1, 2.4, null],
      [2, 2.35, cast.contributor.id],
    ]);
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "requirement.create" } })).toBe(2);
  });

  it("numbers simultaneous creates without gaps or duplicates", async () => {
    const p = await project();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => reqs.createRequirement(cast.owner, { projectId: p.id, ...fields })),
    );
    expect(results.map((r) => (r.ok ? r.value.number : 0)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("applies the domain's rules across fields and the permission table", async () => {
    const p = await project();
    expect(codes(await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields, status: "waived" }))).toEqual([
      "requirement_waived_reason",
    ]);
    expect(
      codes(
        await reqs.createRequirement(cast.owner, {
          projectId: p.id,
          ...fields,
          status: "validated",
          verification: "tested",
        }),
      ),
    ).toEqual(["requirement_validation_missing"]);
    expect(codes(await reqs.createRequirement(cast.otherResearcher, { projectId: p.id, ...fields }))).toEqual([
      "forbidden",
    ]);
    expect(
      codes(await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields, ownerId: "nobody-like-this" })),
    ).toEqual(["owner_unknown"]);
  });

  it("edits with the version it was loaded with; a stale version is refused, the waiver reason kept only while waived", async () => {
    const p = await project();
    const created = await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields });
    const id = created.ok ? created.value.id : "";
    const edit = {
      requirementId: id,
      version: 0,
      ...fields,
      status: "waived" as const,
      waiverReason: "Out of scope.",
      pFailure: 0.5,
      value: 10,
    };
    expect(await reqs.updateRequirement(cast.contributor, edit)).toEqual({ ok: true, value: { id, number: 1 } });
    expect(await t.db.requirement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "waived",
      waiverReason: "Out of scope.",
      risk: 5,
      version: 1,
    });
    expect(codes(await reqs.updateRequirement(cast.owner, { ...edit, statement: "Stale." }))).toEqual([
      "requirement_changed",
    ]);
    expect((await reqs.updateRequirement(cast.owner, { ...edit, version: 1, status: "open" })).ok).toBe(true);
    expect((await t.db.requirement.findUniqueOrThrow({ where: { id } })).waiverReason).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "requirement.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.before).toMatchObject({ status: "open", risk: 2.4 });
  });
});

describe("open reviews", () => {
  // The requirements are part of the TRL Card: changing them while a review is open makes the
  // votes cast on the old ones stale, exactly like a card save (rules: "The review workflow", 3).
  it("re-pins an open review to a new card revision on create, edit and import; earlier votes go stale and their voters are told", async () => {
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
    // A current vote: it judged the review's pin as it stands (card revision and component versions).
    const pinned = await t.db.review.findUniqueOrThrow({
      where: { id: review.id },
      select: { pinnedCardRevisionId: true, components: true },
    });
    await t.db.vote.create({
      data: {
        reviewId: review.id,
        seatId: review.seatIds[0]!,
        voterId: cast.seatedReviewer.id,
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
    const pinOf = () =>
      t.db.review.findUniqueOrThrow({
        where: { id: review.id },
        select: {
          pinRound: true,
          pinnedCardRevision: { select: { number: true, changedSections: true, summary: true } },
        },
      });

    // Not confirmed ("This resets 1 current vote"): refused, nothing written, nobody told.
    const before = await databaseDigest(t.db);
    const unconfirmed = await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields });
    expect(unconfirmed).toMatchObject({ ok: false, reasons: [{ code: "vote_resets_unconfirmed" }] });
    expect(await databaseDigest(t.db)).toEqual(before);

    const created = await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields, acknowledgedVoteResets: 1 });
    expect(created.ok).toBe(true);
    expect(await pinOf()).toEqual({
      pinRound: 1,
      pinnedCardRevision: { number: 2, changedSections: ["requirements"], summary: "Requirement R1 added" },
    });
    const stale = await t.db.notification.findMany({
      where: { reviewId: review.id, kind: "review.vote_stale" },
      select: { userId: true },
    });
    expect(stale).toEqual([{ userId: cast.seatedReviewer.id }]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "requirement.create", projectId: p.id } });
    expect(JSON.stringify(audit.after)).toContain(review.id);

    // What the stale voter is shown: the sections' text is the same, the requirement change is named.
    const [rev1, rev2] = await t.db.cardRevision.findMany({
      where: { projectId: p.id },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    expect(await reads.cardDiffBetween(t.db, rev1!.id, rev2!.id)).toEqual({
      fromNumber: 1,
      toNumber: 2,
      sections: [],
      requirementChanges: ["Requirement R1 added"],
    });

    const id = created.ok ? created.value.id : "";
    expect(
      (
        await reqs.updateRequirement(cast.owner, {
          requirementId: id,
          version: 0,
          ...fields,
          statement: "The model shall embed tiles in 10 ms.",
        })
      ).ok,
    ).toBe(true);
    expect(await pinOf()).toMatchObject({
      pinRound: 2,
      pinnedCardRevision: { number: 3, summary: "Requirement R1 edited" },
    });

    const csv = (await reqReads.exportRequirementsCsv({ slug: p.slug }))!.csv;
    expect((await reqs.importRequirementsCsv(cast.owner, { projectId: p.id, csv })).ok).toBe(true);
    expect(await pinOf()).toMatchObject({
      pinRound: 3,
      pinnedCardRevision: { number: 4, summary: "1 requirement imported from CSV" },
    });
    // The card's sections themselves are unchanged: the new revisions carry the same content.
    const revs = await t.db.cardRevision.findMany({
      where: { projectId: p.id },
      orderBy: { number: "asc" },
      select: { content: true },
    });
    expect(new Set(revs.map((r) => JSON.stringify(r.content))).size).toBe(1);
  });

  it("writes no card revision when no review is open", async () => {
    const p = await project();
    await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 2,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    expect((await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields })).ok).toBe(true);
    expect(await t.db.cardRevision.count({ where: { projectId: p.id } })).toBe(1);
  });
});
