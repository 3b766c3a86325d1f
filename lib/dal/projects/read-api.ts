import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { EDITABLE_CARD_SECTIONS } from "@/lib/domain/card-diff";
import { sectionToMarkdown } from "@/lib/domain/card-markdown";
import { permit } from "@/lib/dal/core/transaction";

/**
 * Reads of the REST API (lib/api) in the shapes of docs/api.md: a project with its system level
 * and weakest link, and the TRL Card as Markdown sections. Any signed-in user may read (permission
 * table: "read"); the API door has set the acting user.
 */

export type ApiProjectRef = { id: string; slug: string };

export async function findProjectRef(slug: string): Promise<ApiProjectRef | null> {
  return prisma.project.findUnique({ where: { slug }, select: { id: true, slug: true } });
}

const OPEN_STATUSES = ["draft", "open"] as const;

export async function getApiProject(slug: string) {
  permit(await requireUser(), "read");
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      track: true,
      status: true,
      systemLevel: true,
      components: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, level: true, claimedLevel: true, codeVersion: true, status: true },
      },
      reviews: {
        where: { status: { in: [...OPEN_STATUSES] } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          level: true,
          status: true,
          dueAt: true,
          pinRound: true,
          seats: { select: { votes: { select: { pinRound: true } } } },
        },
      },
    },
  });
  if (!p) return null;
  const active = p.components.filter((c) => c.status === "active");
  const weakest = active.reduce<(typeof active)[number] | null>(
    (w, c) => (w === null || c.level < w.level ? c : w),
    null,
  );
  const review = p.reviews[0];
  return {
    slug: p.slug,
    name: p.name,
    track: p.track,
    status: p.status,
    systemLevel: p.systemLevel,
    weakestLink: weakest ? { componentId: weakest.id, name: weakest.name, level: weakest.level } : null,
    components: p.components.map((c) => ({
      id: c.id,
      name: c.name,
      level: c.level,
      claimedLevel: c.claimedLevel,
      version: c.codeVersion,
      archived: c.status !== "active",
    })),
    openReview: review
      ? {
          id: review.id,
          level: review.level,
          status: review.status,
          dueAt: review.dueAt?.toISOString() ?? null,
          votes: {
            current: review.seats.filter((s) => s.votes.some((v) => v.pinRound === review.pinRound)).length,
            needed: review.seats.length,
            stale: review.seats.filter(
              (s) => s.votes.length > 0 && !s.votes.some((v) => v.pinRound === review.pinRound),
            ).length,
          },
        }
      : null,
  };
}

export type ApiCard = {
  project: string;
  revision: number;
  level: number | null;
  sections: { key: string; title: string; body: string }[];
};

/** The current card (revision 0 and empty sections before the first save) or a pinned revision; null when unknown. */
export async function getApiCard(slug: string, revision?: number): Promise<ApiCard | null> {
  permit(await requireUser(), "read");
  const project = await prisma.project.findUnique({ where: { slug }, select: { id: true, systemLevel: true } });
  if (!project) return null;
  const row = await prisma.cardRevision.findFirst({
    where: { projectId: project.id, ...(revision === undefined ? {} : { number: revision }) },
    orderBy: { number: "desc" },
    select: { number: true, content: true, systemLevel: true },
  });
  if (!row && revision !== undefined && revision !== 0) return null;
  const content = normaliseCardContent(row?.content ?? {});
  return {
    project: slug,
    revision: row?.number ?? 0,
    level: revision === undefined ? project.systemLevel : (row?.systemLevel ?? null),
    sections: EDITABLE_CARD_SECTIONS.map((s) => ({
      key: s.key,
      title: s.title,
      body: sectionToMarkdown(content, s.key),
    })),
  };
}
