/**
 * Fixtures for the gate-engine integration tests: users for every role of the permission table and
 * projects/reviews in any state, written straight to the test database (so each scenario starts
 * from a known state in a few inserts). The commands under test then run through the real DAL.
 */
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbClient } from "@/lib/db-client";
import { emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions, levelDefinition } from "@/lib/domain/levels";
import { DISCIPLINES, type Discipline, type ReviewStatus, type Role } from "@/lib/domain/vocabulary";
import { componentPin } from "@/lib/domain/votes";
import { ensureReferenceData } from "@/lib/reference-data";

export { databaseDigest, openAppDatabase } from "./app-database";

export const uid = () => randomBytes(5).toString("hex");

export type RoleName =
  "owner" | "contributor" | "otherResearcher" | "seatedReviewer" | "unseatedReviewer" | "manager" | "admin";
export const ROLE_NAMES: RoleName[] = [
  "owner",
  "contributor",
  "otherResearcher",
  "seatedReviewer",
  "unseatedReviewer",
  "manager",
  "admin",
];

export async function makeUser(
  db: DbClient,
  roles: Role[],
  disciplines: Discipline[] = [],
  name = "User",
): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, "")}-${uid()}@x.test`, name, roles, disciplines },
  });
  return { id: u.id, email: u.email, name: u.name, roles, disciplines };
}

/** One user per role of the authorisation matrix; membership and seats are per scenario. */
export async function makeCast(db: DbClient): Promise<Record<RoleName, SessionUser>> {
  return {
    owner: await makeUser(db, ["researcher"], [], "Owner"),
    contributor: await makeUser(db, ["researcher"], [], "Contributor"),
    otherResearcher: await makeUser(db, ["researcher"], [], "Other"),
    seatedReviewer: await makeUser(db, ["reviewer"], ["research_lead"], "Seated"),
    unseatedReviewer: await makeUser(db, ["reviewer"], ["research_lead", "researcher"], "Unseated"),
    manager: await makeUser(db, ["manager"], [], "Manager"),
    admin: await makeUser(db, ["admin"], [], "Admin"),
  };
}

export const fullCard: CardContent = {
  ...emptyCardContent,
  tldr: "Detects defects.",
  modelInfo: "A CNN.",
  intendedUse: "Triage.",
  unacceptableUse: "Diagnosis.",
  testingStatus: "Unit tests.",
  dataFindings: "Balanced.",
  trainingConditions: "4 GPUs.",
  caveats: "Night images.",
  dataSources: [{ name: "frames", version: "1.0.0", owner: "lab", datasheetUrl: "https://example.org/ds" }],
  links: { code: "https://example.org/code", project: "", requirements: "" },
};

export type ProjectFixture = { id: string; slug: string; componentIds: string[] };

/** A project with owners/contributors and active components at the given levels (with start transitions). */
export async function makeProject(
  db: DbClient,
  opts: {
    owners: string[];
    contributors?: string[];
    levels: number[];
    status?: "active" | "paused" | "archived";
    card?: CardContent | null;
    requirements?: boolean;
  },
): Promise<ProjectFixture> {
  const slug = `p-${uid()}`;
  const index = 1000 + Math.floor(Math.random() * 1e8);
  const levels = opts.levels;
  const project = await db.project.create({
    data: {
      slug,
      name: `Project ${slug}`,
      index,
      status: opts.status ?? "active",
      systemLevel: levels.length ? Math.min(...levels) : null,
      levelSince: levels.length ? new Date() : null,
      members: {
        create: [
          ...opts.owners.map((userId) => ({ userId, role: "owner" as const })),
          ...(opts.contributors ?? []).map((userId) => ({ userId, role: "contributor" as const })),
        ],
      },
    },
  });
  const componentIds: string[] = [];
  for (const [i, level] of levels.entries()) {
    const c = await db.component.create({ data: { projectId: project.id, name: `comp-${i}`, kind: "model", level } });
    await db.levelTransition.create({
      data: { projectId: project.id, componentId: c.id, toLevel: level, kind: "start" },
    });
    componentIds.push(c.id);
  }
  if (opts.card !== null) {
    await db.cardRevision.create({
      data: { projectId: project.id, number: 1, content: opts.card ?? fullCard, changedSections: [] },
    });
  }
  if (opts.requirements) await makeGoodRequirements(db, project.id);
  return { id: project.id, slug, componentIds };
}

/** Requirements meeting every gate rule (L2, L5, L8). */
export async function makeGoodRequirements(db: DbClient, projectId: string): Promise<void> {
  await db.requirement.createMany({
    data: (["research", "technical", "product"] as const).map((kind, i) => ({
      projectId,
      number: i + 1,
      kind,
      statement: `The ${kind} shall hold.`,
      verification: "tested",
      validation: "accepted",
      status: "validated" as const,
      pFailure: 0.1,
      value: 5,
      risk: 0.5,
    })),
  });
}

/**
 * Seats written straight to the database skip the seating rules, so the fixture makes each
 * seated person eligible the way an admin would: the reviewer role and the seat's discipline.
 * Tests of ineligible seats make their people after the review, or change them afterwards.
 */
export async function makeEligible(
  db: DbClient,
  seats: readonly { userId: string; discipline: Discipline }[],
): Promise<void> {
  for (const s of seats) {
    const u = await db.user.findUniqueOrThrow({ where: { id: s.userId }, select: { roles: true, disciplines: true } });
    if (u.roles.includes("admin")) throw new Error(`Fixture: ${s.userId} is an admin; admins do not sit on panels.`);
    const roles = u.roles.includes("reviewer") ? u.roles : [...u.roles, "reviewer" as const];
    const disciplines = u.disciplines.includes(s.discipline) ? u.disciplines : [...u.disciplines, s.discipline];
    if (roles !== u.roles || disciplines !== u.disciplines)
      await db.user.update({ where: { id: s.userId }, data: { roles, disciplines } });
  }
}

/** Exactly the seats a level requires, filled by `people` in order; the first seat is the chair. */
export function requiredSeats(
  level: number,
  people: string[],
): { userId: string; discipline: Discipline; isChair: boolean }[] {
  const def = levelDefinition(defaultLevelDefinitions, level)!;
  const wanted = DISCIPLINES.flatMap((d) => Array.from({ length: def.seats[d] ?? 0 }, () => d));
  if (people.length < wanted.length) throw new Error(`level ${level} needs ${wanted.length} seats`);
  return wanted.map((discipline, i) => ({ userId: people[i]!, discipline, isChair: i === 0 }));
}

export async function referenceData(db: DbClient) {
  const ref = await ensureReferenceData(db);
  return { definitionsVersion: ref.definitionsVersion, ethicsTemplateId: ref.ethicsTemplateId };
}

/**
 * A review in any status on `componentIds` (all at `level`), with a complete checklist, a seated
 * panel and, for decided reviews, the decision row. `complete: false` leaves the checklists pending.
 */
export async function makeReview(
  db: DbClient,
  opts: {
    projectId: string;
    componentIds: string[];
    level: number;
    status: ReviewStatus;
    authorId: string;
    seats: { userId: string; discipline: Discipline; isChair: boolean }[];
    complete?: boolean;
    /** Levels that require it: whether a manager confirmed the chair (default yes). */
    chairConfirmed?: boolean;
  },
): Promise<{ id: string; seatIds: string[] }> {
  const ref = await referenceData(db);
  const card = await db.cardRevision.findFirst({ where: { projectId: opts.projectId }, orderBy: { number: "desc" } });
  const components = await db.component.findMany({ where: { id: { in: opts.componentIds } } });
  const def = levelDefinition(defaultLevelDefinitions, opts.level)!;
  const complete = opts.complete ?? true;
  const live = opts.status !== "draft";
  const review = await db.review.create({
    data: {
      projectId: opts.projectId,
      level: opts.level,
      status: opts.status,
      authorId: opts.authorId,
      definitionsVersion: ref.definitionsVersion,
      ethicsTemplateId: ref.ethicsTemplateId,
      pinnedCardRevisionId: live ? (card?.id ?? null) : null,
      openedAt: live ? new Date() : null,
      decidedAt: opts.status === "graduated" || opts.status === "returned" ? new Date() : null,
      components: {
        create: components.map((c) => ({
          componentId: c.id,
          levelAtOpen: opts.level,
          codeVersion: c.codeVersion,
          modelVersion: c.modelVersion,
          dataVersion: c.dataVersion,
        })),
      },
      criteria: {
        create: def.criteria.map((c) =>
          complete
            ? { criterionKey: c.key, state: "done" as const, evidenceUrl: "https://example.org/e" }
            : { criterionKey: c.key },
        ),
      },
      ethicsAnswers: complete
        ? {
            create: defaultEthicsTemplate.items.map((i) => ({
              itemKey: i.key,
              answer: "yes" as const,
              note: "Checked.",
            })),
          }
        : undefined,
    },
  });
  await makeEligible(db, opts.seats);
  const confirmed = def.chairConfirmation && (opts.chairConfirmed ?? true);
  const seatIds: string[] = [];
  for (const s of opts.seats) {
    const chairConfirmedAt = s.isChair && confirmed ? new Date() : null;
    seatIds.push((await db.panelSeat.create({ data: { reviewId: review.id, ...s, chairConfirmedAt } })).id);
  }
  if (opts.status === "graduated" || opts.status === "returned") {
    await db.reviewDecision.create({ data: { reviewId: review.id, outcome: opts.status, pinRound: 0 } });
  }
  return { id: review.id, seatIds };
}

/** The pin a vote of the current round carries (for votes written straight to the database). */
export async function currentPins(db: DbClient, reviewId: string) {
  const r = await db.review.findUniqueOrThrow({ where: { id: reviewId }, include: { components: true } });
  return {
    cardRevisionId: r.pinnedCardRevisionId,
    componentPins: Object.fromEntries(
      r.components.map((c) => [
        c.componentId,
        componentPin({ code: c.codeVersion, model: c.modelVersion, data: c.dataVersion }),
      ]),
    ),
  };
}
