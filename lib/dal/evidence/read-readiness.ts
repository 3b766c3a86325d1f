import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { DEFAULT_EVIDENCE_FRESHNESS_DAYS, isStale } from "@/lib/domain/evidence";
import { defaultLevelDefinitions, type LevelDefinitions } from "@/lib/domain/levels";
import { readiness, type Readiness } from "@/lib/domain/readiness";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { toActor } from "@/lib/dal/core/transaction";
import { findDefinitions } from "@/lib/dal/reviews/definitions";
import { evidenceRunSelect, toEvidenceRunDto, type EvidenceRunDto } from "./runs";

/**
 * The readiness check of a project's current level (lib/domain/readiness.ts): the API's
 * `GET …/check` body (`getProjectCheckFor`) and the project page's Readiness panel, which also
 * lists the next gate's criteria with their newest evidence.
 */

export type CriterionEvidenceDto = { key: string; label: string; latest: EvidenceRunDto | null; stale: boolean };

export type ReadinessPanelDto = {
  slug: string;
  check: Readiness;
  freshnessDays: number;
  /** The viewer may add evidence by hand (a member of an active or paused project). */
  canReport: boolean;
  /** The criteria of the gate leaving the current level (empty without a level). */
  criteria: CriterionEvidenceDto[];
};

async function currentDefinitions(db: DbClient): Promise<LevelDefinitions> {
  const latest = await db.levelDefinitionSet.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  return (latest ? await findDefinitions(db, latest.version) : null) ?? defaultLevelDefinitions;
}

export async function evidenceFreshnessDays(db: DbClient): Promise<number> {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { evidenceFreshnessDays: true } });
  return settings?.evidenceFreshnessDays ?? DEFAULT_EVIDENCE_FRESHNESS_DAYS;
}

async function loadReadiness(db: DbClient, slug: string, now: Date) {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      status: true,
      systemLevel: true,
      members: { select: { userId: true, role: true } },
      requirements: {
        where: { status: "regressed" },
        select: { number: true, statement: true, status: true },
        orderBy: { number: "asc" },
      },
      reviews: { where: { status: "open" }, select: { level: true, dueAt: true }, orderBy: { level: "asc" } },
    },
  });
  if (!p) return null;
  const [definitions, freshnessDays] = await Promise.all([currentDefinitions(db), evidenceFreshnessDays(db)]);
  const level = p.systemLevel;
  const gate = level === null ? [] : (definitions.levels.find((d) => d.level === level)?.criteria ?? []);
  const runs =
    level === null
      ? []
      : await db.evidenceRun.findMany({
          where: { projectId: p.id, criterionLevel: level },
          distinct: ["criterionKey"],
          orderBy: [{ criterionKey: "asc" }, { createdAt: "desc" }],
          select: { ...evidenceRunSelect, criterionKey: true },
        });
  const latest = new Map(runs.map(({ criterionKey, ...run }) => [criterionKey, toEvidenceRunDto(run)]));
  const criteria = gate.map((c) => {
    const run = latest.get(c.key) ?? null;
    return { ...c, latest: run, stale: run ? isStale(run.createdAt, now, freshnessDays) : false };
  });
  const check = readiness({
    level,
    requirements: p.requirements,
    criteria: criteria.map((c) => ({ key: c.key, label: c.label, latestAt: c.latest?.createdAt ?? null })),
    openReviews: p.reviews,
    freshnessDays,
    now,
  });
  return { project: p, check, criteria, freshnessDays };
}

/** The `GET /api/v1/projects/{slug}/check` body, for a door that has already identified the caller. */
export async function getProjectCheckFor(
  db: DbClient,
  _viewer: SessionUser,
  slug: string,
  now = new Date(),
): Promise<Readiness | null> {
  return (await loadReadiness(db, slug, now))?.check ?? null;
}

export async function getProjectCheck({ slug }: { slug: string }): Promise<Readiness | null> {
  return getProjectCheckFor(prisma, await requireUser(), slug);
}

export const getReadinessPanel = cache(async (slug: string): Promise<ReadinessPanelDto | null> => {
  const viewer = await requireUser();
  const loaded = await loadReadiness(prisma, slug, new Date());
  if (!loaded) return null;
  const { project, check, criteria, freshnessDays } = loaded;
  const members = project.members.map((m) => ({ userId: m.userId, role: m.role as MemberRole }));
  const canReport = allowedActions({ project: { status: project.status, members } }, toActor(viewer)).includes(
    "report_evidence",
  );
  return { slug: project.slug, check, freshnessDays, canReport, criteria };
});
