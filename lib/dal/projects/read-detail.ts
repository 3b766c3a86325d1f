import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { projectLabel } from "@/lib/domain/project-label";
import { systemLevel, phaseOf } from "@/lib/domain/system-level";
import type {
  ComponentKind,
  ComponentStatus,
  Phase,
  ProjectStatus,
  RequirementKind,
  RequirementStatus,
  ReviewStatus,
  TransitionKind,
} from "@/lib/domain/vocabulary";
import { cardRevisionSelect, toCardRevisionDto, type CardRevisionDto } from "@/lib/dal/cards/latest-card";

/**
 * Project reads (the detail page here; the list in ./read-list). Reading is allowed to every
 * signed-in user (permission table: "read"), so there is no per-user scope in the where clauses; the
 * `viewer` parameter of the *For functions is the proof that a session was checked and the place a
 * scope would go.
 */
export type Viewer = Awaited<ReturnType<typeof requireUser>>;

const RECENT_TRANSITIONS = 20;
const RECENT_REVIEWS = 50;
const TOP_RISKS = 3;

const linkSelect = { slug: true, name: true, track: true, index: true } as const;

export const projectDetailSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  track: true,
  index: true,
  status: true,
  tags: true,
  levelSince: true,
  targetLevel: true,
  targetDate: true,
  members: {
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
  components: {
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      level: true,
      claimedLevel: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
      levelSince: true,
    },
    // Enum order: active before archived.
    orderBy: [{ status: "asc" }, { level: "asc" }, { name: "asc" }],
  },
  transitions: {
    select: {
      id: true,
      kind: true,
      fromLevel: true,
      toLevel: true,
      reason: true,
      createdAt: true,
      reviewId: true,
      component: { select: { name: true } },
      actor: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_TRANSITIONS,
  },
  reviews: {
    select: {
      id: true,
      level: true,
      status: true,
      createdAt: true,
      openedAt: true,
      decidedAt: true,
      withdrawnAt: true,
      dueAt: true,
      seats: { select: { user: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_REVIEWS,
  },
  requirements: {
    select: { id: true, number: true, kind: true, statement: true, status: true, risk: true },
    orderBy: [{ risk: "desc" }, { number: "asc" }],
    take: TOP_RISKS,
  },
  cardRevisions: { select: cardRevisionSelect, orderBy: { number: "desc" }, take: 1 },
  parent: { select: linkSelect },
  children: { select: linkSelect, orderBy: { createdAt: "asc" } },
  _count: { select: { requirements: true } },
} satisfies Prisma.ProjectSelect;

export type PersonDto = { id: string; name: string };

export type ComponentDto = {
  id: string;
  name: string;
  kind: ComponentKind;
  status: ComponentStatus;
  /** Confirmed level (0 while a claim is pending). */
  level: number;
  claimedLevel: number | null;
  codeVersion: string;
  modelVersion: string;
  dataVersion: string;
  levelSince: Date;
};

export type TransitionDto = {
  id: string;
  kind: TransitionKind;
  componentName: string;
  fromLevel: number | null;
  toLevel: number;
  reason: string;
  actorName: string | null;
  createdAt: Date;
  reviewId: string | null;
};

export type ReviewSummaryDto = {
  id: string;
  level: number;
  status: ReviewStatus;
  createdAt: Date;
  openedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  dueAt: Date | null;
};

export type RiskDto = {
  id: string;
  /** "R1" on the card. */
  number: number;
  kind: RequirementKind;
  statement: string;
  status: RequirementStatus;
  risk: number;
};

/** A linked project: the parent of a research track made by an L2 A+B decision, or such a track. */
export type ProjectLinkDto = { slug: string; name: string; projectId: string };

export type ProjectDetailDto = {
  id: string;
  slug: string;
  projectId: string;
  name: string;
  description: string;
  status: ProjectStatus;
  tags: string[];
  /** Lowest level of the active components, computed here by the domain rule (null: none). */
  systemLevel: number | null;
  phase: Phase | null;
  levelSince: Date | null;
  targetLevel: number | null;
  targetDate: Date | null;
  owners: PersonDto[];
  contributors: PersonDto[];
  /** Active first, then archived; lowest level first within each. */
  components: ComponentDto[];
  /** Newest first, at most 20. */
  transitions: TransitionDto[];
  /** Newest first. */
  reviews: ReviewSummaryDto[];
  /** Distinct names seated on any review that was opened. */
  reviewers: string[];
  requirementCount: number;
  /** Highest pFailure × value first, at most 3. */
  topRisks: RiskDto[];
  card: CardRevisionDto | null;
  parent: ProjectLinkDto | null;
  researchTracks: ProjectLinkDto[];
};

const toLink = (p: { slug: string; name: string; track: "research" | "product"; index: number }): ProjectLinkDto => ({
  slug: p.slug,
  name: p.name,
  projectId: projectLabel(p.track, p.index),
});

export async function getProjectBySlugFor(
  db: DbClient,
  _viewer: Viewer,
  slug: string,
): Promise<ProjectDetailDto | null> {
  const p = await db.project.findUnique({ where: { slug }, select: projectDetailSelect });
  if (!p) return null;

  const level = systemLevel(p.components);
  const person = (m: (typeof p.members)[number]): PersonDto => ({ id: m.user.id, name: m.user.name });
  const reviewers = new Set<string>();
  for (const r of p.reviews) {
    if (r.openedAt === null) continue; // drafts and never-opened withdrawals have no real panel yet
    for (const s of r.seats) reviewers.add(s.user.name);
  }
  const latestCard = p.cardRevisions[0];

  return {
    id: p.id,
    slug: p.slug,
    projectId: projectLabel(p.track, p.index),
    name: p.name,
    description: p.description,
    status: p.status,
    tags: p.tags,
    systemLevel: level,
    phase: level === null ? null : phaseOf(level),
    levelSince: level === null ? null : p.levelSince,
    targetLevel: p.targetLevel,
    targetDate: p.targetDate,
    owners: p.members.filter((m) => m.role === "owner").map(person),
    contributors: p.members.filter((m) => m.role === "contributor").map(person),
    components: p.components.map((c) => ({ ...c })),
    transitions: p.transitions.map((t) => ({
      id: t.id,
      kind: t.kind,
      componentName: t.component.name,
      fromLevel: t.fromLevel,
      toLevel: t.toLevel,
      reason: t.reason,
      actorName: t.actor?.name ?? null,
      createdAt: t.createdAt,
      reviewId: t.reviewId,
    })),
    reviews: p.reviews.map((r) => ({
      id: r.id,
      level: r.level,
      status: r.status,
      createdAt: r.createdAt,
      openedAt: r.openedAt,
      decidedAt: r.decidedAt,
      withdrawnAt: r.withdrawnAt,
      dueAt: r.dueAt,
    })),
    reviewers: [...reviewers].sort((a, b) => a.localeCompare(b)),
    requirementCount: p._count.requirements,
    topRisks: p.requirements.map((r) => ({ ...r })),
    card: latestCard ? toCardRevisionDto(latestCard) : null,
    parent: p.parent ? toLink(p.parent) : null,
    researchTracks: p.children.map(toLink),
  };
}

/** Keyed by the slug string (not an object), so generateMetadata and the page share one query. */
const loadProjectBySlug = cache(async (slug: string): Promise<ProjectDetailDto | null> => {
  const viewer = await requireUser();
  return getProjectBySlugFor(prisma, viewer, slug);
});

/** null for an unknown slug: the page turns it into a 404. */
export async function getProjectBySlug({ slug }: { slug: string }): Promise<ProjectDetailDto | null> {
  return loadProjectBySlug(slug);
}
