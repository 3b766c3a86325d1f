import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { normaliseCardContent, emptyCardContent } from "@/lib/domain/card-content";
import { levelHistory, type CardSnapshot, type EthicsCheckStatus } from "@/lib/domain/card-export";
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import { DEFAULT_DEBRIEF_QUESTIONS } from "@/lib/domain/debrief";
import { ethicsReasons, defaultEthicsTemplate, type EthicsItem } from "@/lib/domain/ethics";
import { validateLevelDefinitions } from "@/lib/domain/level-validation";
import { defaultLevelDefinitions, levelDefinition, type LevelDefinitions } from "@/lib/domain/levels";
import { CARD_SECTIONS, type CardSection, type MemberRole } from "@/lib/domain/vocabulary";
import { projectLabel } from "@/lib/domain/project-label";
import { toActor } from "@/lib/dal/core/transaction";

/**
 * The whole TRL Card of a project as one snapshot: the summary block derived from the project
 * (level, people, ethics check, components, earlier-level cards), the stored sections of one
 * revision, the numbered requirements and the debriefs. Read by the card page, the editor, the
 * print view and the Markdown/JSON exports. Any signed-in user may read cards.
 */

const cardProjectSelect = {
  id: true,
  slug: true,
  name: true,
  track: true,
  index: true,
  status: true,
  systemLevel: true,
  targetLevel: true,
  targetDate: true,
  members: { select: { role: true, userId: true, user: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  components: {
    select: {
      name: true,
      kind: true,
      status: true,
      level: true,
      claimedLevel: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
    },
    orderBy: [{ status: "asc" }, { level: "asc" }, { name: "asc" }],
  },
  requirements: {
    select: { number: true, kind: true, statement: true, status: true, risk: true },
    orderBy: { number: "asc" },
  },
  reviews: {
    select: {
      level: true,
      status: true,
      openedAt: true,
      decidedAt: true,
      debrief: true,
      ethicsTemplate: { select: { version: true, items: true } },
      ethicsAnswers: { select: { itemKey: true, answer: true, note: true } },
      seats: { select: { user: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  cardRevisions: { select: { number: true, systemLevel: true }, orderBy: { number: "asc" } },
} satisfies Prisma.ProjectSelect;

type CardProjectRow = Prisma.ProjectGetPayload<{ select: typeof cardProjectSelect }>;

const templateItems = (raw: unknown): EthicsItem[] =>
  Array.isArray(raw)
    ? raw.map((i: Record<string, unknown>) => ({ key: String(i?.key ?? ""), label: String(i?.label ?? "") }))
    : defaultEthicsTemplate.items;

/** The ethics checklist of the latest review that was not withdrawn. */
function ethicsStatus(p: CardProjectRow): EthicsCheckStatus {
  const review = [...p.reviews].reverse().find((r) => r.status !== "withdrawn");
  if (!review) return { state: "none" };
  const items = templateItems(review.ethicsTemplate?.items);
  const answers = review.ethicsAnswers.map((a) => ({ key: a.itemKey, answer: a.answer, note: a.note }));
  const open = new Set(
    ethicsReasons(items, answers).flatMap((r) => (r.field?.startsWith("ethics.") ? [r.field.slice(7)] : [])),
  );
  return {
    state: ethicsReasons(items, answers).length === 0 ? "complete" : "incomplete",
    reviewLevel: review.level,
    reviewStatus: review.status,
    answered: items.filter((i) => !open.has(i.key)).length,
    total: items.length,
    templateVersion: review.ethicsTemplate?.version ?? defaultEthicsTemplate.version,
  };
}

function debriefs(p: CardProjectRow): CardSnapshot["debriefs"] {
  return p.reviews
    .filter((r) => r.debrief && typeof r.debrief === "object" && !Array.isArray(r.debrief))
    .map((r) => {
      const d = r.debrief as Record<string, unknown>;
      const known = DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({
        label: q.label,
        answer: typeof d[q.key] === "string" ? (d[q.key] as string) : "",
      }));
      const extra = Object.entries(d)
        .filter(([k, v]) => !DEFAULT_DEBRIEF_QUESTIONS.some((q) => q.key === k) && typeof v === "string")
        .map(([k, v]) => ({ label: k, answer: v as string }));
      return {
        level: r.level,
        status: r.status,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        answers: [...known, ...extra].filter((a) => a.answer.trim()),
      };
    });
}

async function latestDefinitions(): Promise<LevelDefinitions> {
  const row = await prisma.levelDefinitionSet.findFirst({
    orderBy: { version: "desc" },
    select: { definitions: true },
  });
  const checked = row ? validateLevelDefinitions(row.definitions) : null;
  return checked?.ok ? checked.value : defaultLevelDefinitions;
}

export type CardRevisionMetaDto = {
  number: number;
  authorName: string | null;
  createdAt: Date;
  summary: string;
  changedSections: string[];
  restoredFrom: number | null;
};

export type CardPageDto = {
  projectDbId: string;
  snapshot: CardSnapshot;
  /** The revision shown (the newest unless one was asked for); null when the card was never saved. */
  revision: CardRevisionMetaDto | null;
  latestNumber: number;
  canEdit: boolean;
  /** Sections the review of the current level needs filled, and when each section becomes required. */
  requiredSections: CardSection[];
  requiredFrom: Partial<Record<CardSection, number>>;
  filledSections: CardSection[];
};

export type CardPageResult = { found: false } | { found: true; revisionMissing: boolean; page: CardPageDto };

const loadCardPage = cache(async (slug: string, revision: number | null): Promise<CardPageResult> => {
  const viewer = await requireUser();
  const p = await prisma.project.findUnique({ where: { slug }, select: cardProjectSelect });
  if (!p) return { found: false };
  const latestNumber = p.cardRevisions.at(-1)?.number ?? 0;
  const wanted = revision ?? latestNumber;
  const row =
    wanted > 0
      ? await prisma.cardRevision.findUnique({
          where: { projectId_number: { projectId: p.id, number: wanted } },
          select: {
            number: true,
            content: true,
            summary: true,
            createdAt: true,
            changedSections: true,
            restoredFrom: true,
            author: { select: { name: true } },
          },
        })
      : null;
  const content = row ? normaliseCardContent(row.content) : emptyCardContent;
  const defs = await latestDefinitions();
  const reviewers = new Set<string>();
  for (const r of p.reviews) if (r.openedAt) for (const s of r.seats) reviewers.add(s.user.name);
  const members = p.members.map((m) => ({ userId: m.userId, role: m.role as MemberRole }));
  const requiredFrom: Partial<Record<CardSection, number>> = {};
  for (const s of CARD_SECTIONS) {
    const first = defs.levels
      .filter((d) => d.cardSections.includes(s))
      .map((d) => d.level)
      .sort((a, b) => a - b)[0];
    if (first !== undefined) requiredFrom[s] = first;
  }
  const snapshot: CardSnapshot = {
    project: {
      name: p.name,
      slug: p.slug,
      projectId: projectLabel(p.track, p.index),
      status: p.status,
      systemLevel: p.systemLevel,
      targetLevel: p.targetLevel,
      targetDate: p.targetDate?.toISOString() ?? null,
    },
    revision: row
      ? {
          number: row.number,
          authorName: row.author?.name ?? null,
          createdAt: row.createdAt.toISOString(),
          summary: row.summary,
        }
      : null,
    content,
    owners: p.members.filter((m) => m.role === "owner").map((m) => m.user.name),
    contributors: p.members.filter((m) => m.role === "contributor").map((m) => m.user.name),
    reviewers: [...reviewers].sort((a, b) => a.localeCompare(b)),
    levelHistory: levelHistory(p.cardRevisions, p.systemLevel),
    ethics: ethicsStatus(p),
    components: p.components.map((c) => ({
      name: c.name,
      kind: c.kind,
      status: c.status,
      level: c.level,
      claimedLevel: c.claimedLevel,
      versions: { code: c.codeVersion, model: c.modelVersion, data: c.dataVersion },
    })),
    requirements: p.requirements.map((r) => ({ ...r })),
    debriefs: debriefs(p),
  };
  return {
    found: true,
    revisionMissing: revision !== null && !row,
    page: {
      projectDbId: p.id,
      snapshot,
      revision: row
        ? {
            number: row.number,
            authorName: row.author?.name ?? null,
            createdAt: row.createdAt,
            summary: row.summary,
            changedSections: row.changedSections,
            restoredFrom: row.restoredFrom,
          }
        : null,
      latestNumber,
      canEdit: allowedActions({ project: { status: p.status, members } }, toActor(viewer)).includes("edit_project"),
      requiredSections: p.systemLevel === null ? [] : (levelDefinition(defs, p.systemLevel)?.cardSections ?? []),
      requiredFrom,
      filledSections: cardSectionsFilled({
        content: row ? content : null,
        requirementCount: p.requirements.length,
        hasDebrief: snapshot.debriefs.length > 0,
      }),
    },
  };
});

/** The card of a project (the newest revision, or `revision`); `found: false` for an unknown slug. */
export async function getCardPage({
  slug,
  revision = null,
}: {
  slug: string;
  revision?: number | null;
}): Promise<CardPageResult> {
  return loadCardPage(slug, revision);
}

/**
 * PUBLIC, no session: the level shown by the README badge. It returns the level and nothing
 * else, so the badge can never leak a project's name or card text.
 */
export async function getPublicBadgeLevel({
  slug,
}: {
  slug: string;
}): Promise<{ found: false } | { found: true; level: number | null }> {
  const p = await prisma.project.findUnique({ where: { slug }, select: { systemLevel: true } });
  return p ? { found: true, level: p.systemLevel } : { found: false };
}
