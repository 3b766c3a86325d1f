import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { KEY_DECISION_KIND_BY_LEVEL, type Discipline, type ReviewStatus } from "@/lib/domain/vocabulary";
import { projectLabel } from "@/lib/domain/project-label";

/**
 * "My reviews": the open reviews where the viewer holds a seat and what they still owe (a vote, a
 * vote again after a re-pin, the chair's key decision or debrief), overdue first; and the reviews
 * the viewer requested or whose project they own, with returned tasks still open.
 */

export type Owed = "vote" | "vote_again" | "key_decision" | "debrief" | null;

export type InboxItemDto = {
  id: string;
  level: number;
  status: ReviewStatus;
  project: { slug: string; name: string; label: string };
  openedAt: Date | null;
  dueAt: Date | null;
  decidedAt: Date | null;
  overdue: boolean;
  discipline: Discipline | null;
  isChair: boolean;
  owed: Owed;
  votedCount: number;
  seatCount: number;
  openTasks: number;
};

export type InboxDto = { owed: InboxItemDto[]; waiting: InboxItemDto[]; requested: InboxItemDto[] };

const DECIDED_WINDOW_DAYS = 60;

const itemSelect = {
  id: true,
  level: true,
  status: true,
  openedAt: true,
  dueAt: true,
  decidedAt: true,
  authorId: true,
  pinRound: true,
  keyDecision: true,
  debriefAt: true,
  project: { select: { slug: true, name: true, track: true, index: true } },
  seats: { select: { id: true, userId: true, discipline: true, isChair: true } },
  votes: { select: { seatId: true, pinRound: true } },
  _count: { select: { tasks: { where: { doneAt: null } } } },
} satisfies Prisma.ReviewSelect;

type Row = Awaited<ReturnType<typeof load>>[number];
function load(db: DbClient, where: Prisma.ReviewWhereInput) {
  return db.review.findMany({
    where,
    select: itemSelect,
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { openedAt: "asc" }],
  });
}

function owedBy(r: Row, userId: string): Owed {
  const seat = r.seats.find((s) => s.userId === userId);
  if (!seat) return null;
  if (r.status === "open") {
    const votes = r.votes.filter((v) => v.seatId === seat.id);
    if (votes.some((v) => v.pinRound === r.pinRound)) return null;
    return votes.length > 0 ? "vote_again" : "vote";
  }
  if ((r.status === "graduated" || r.status === "returned") && seat.isChair) {
    if (KEY_DECISION_KIND_BY_LEVEL[r.level] && !r.keyDecision) return "key_decision";
    if (!r.debriefAt) return "debrief";
  }
  return null;
}

function toItem(r: Row, userId: string, now: Date): InboxItemDto {
  const seat = r.seats.find((s) => s.userId === userId) ?? null;
  return {
    id: r.id,
    level: r.level,
    status: r.status,
    project: { slug: r.project.slug, name: r.project.name, label: projectLabel(r.project.track, r.project.index) },
    openedAt: r.openedAt,
    dueAt: r.dueAt,
    decidedAt: r.decidedAt,
    overdue: r.status === "open" && r.dueAt !== null && r.dueAt.getTime() < now.getTime(),
    discipline: seat?.discipline ?? null,
    isChair: seat?.isChair ?? false,
    owed: owedBy(r, userId),
    votedCount: new Set(r.votes.filter((v) => v.pinRound === r.pinRound).map((v) => v.seatId)).size,
    seatCount: r.seats.length,
    openTasks: r._count.tasks,
  };
}

/** Overdue first, then the nearest due date, then the oldest. */
function byUrgency(a: InboxItemDto, b: InboxItemDto): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (x: InboxItemDto) => x.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (due(a) !== due(b)) return due(a) - due(b);
  return (a.openedAt?.getTime() ?? 0) - (b.openedAt?.getTime() ?? 0);
}

export async function getInboxFor(db: DbClient, viewer: SessionUser, now: Date): Promise<InboxDto> {
  const since = new Date(now.getTime() - DECIDED_WINDOW_DAYS * 86_400_000);
  const seated = await load(db, {
    seats: { some: { userId: viewer.id } },
    OR: [{ status: "open" }, { status: { in: ["graduated", "returned"] }, decidedAt: { gte: since } }],
  });
  const items = seated.map((r) => toItem(r, viewer.id, now));
  const requested = await load(db, {
    OR: [{ authorId: viewer.id }, { project: { members: { some: { userId: viewer.id, role: "owner" } } } }],
    AND: [
      {
        OR: [
          { status: { in: ["draft", "open"] } },
          { decidedAt: { gte: since } },
          { status: "returned", tasks: { some: { doneAt: null } } },
        ],
      },
    ],
  });
  return {
    owed: items.filter((i) => i.owed !== null).sort(byUrgency),
    waiting: items.filter((i) => i.owed === null && i.status === "open").sort(byUrgency),
    requested: requested.map((r) => toItem(r, viewer.id, now)).sort(byUrgency),
  };
}

export async function getInbox({ now }: { now: Date }): Promise<InboxDto> {
  return getInboxFor(prisma, await requireUser(), now);
}
