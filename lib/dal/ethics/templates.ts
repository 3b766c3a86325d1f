import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { can } from "@/lib/domain/permissions";
import { reason, type Decision } from "@/lib/domain/decision";
import { defaultEthicsTemplate, ethicsTemplateReasons, type EthicsItem } from "@/lib/domain/ethics";
import type { PublishEthicsTemplateData } from "@/lib/schemas/ethics";
import { writeAudit } from "@/lib/dal/core/audit";
import { DomainError, permit, refuseIf, runTransaction, toActor } from "@/lib/dal/core/transaction";

/**
 * The organisation's ethics checklist, versioned: publishing appends a new row (version + 1) and
 * never changes an old one, so every review keeps answering the version it was opened with.
 */

const items = (raw: unknown): EthicsItem[] =>
  Array.isArray(raw)
    ? raw.map((i: Record<string, unknown>) => ({ key: String(i?.key ?? ""), label: String(i?.label ?? "") }))
    : [];

export type EthicsTemplateVersionDto = {
  id: string;
  version: number;
  items: EthicsItem[];
  createdAt: Date;
  createdBy: string | null;
  reviewCount: number;
};

/** Every version, newest first; admins only. */
export async function listEthicsTemplates(): Promise<Decision<EthicsTemplateVersionDto[]>> {
  const viewer = await requireUser();
  const allowed = can(toActor(viewer), "admin");
  if (!allowed.ok) return allowed;
  const rows = await prisma.ethicsTemplate.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      items: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { reviews: true } },
    },
  });
  return {
    ok: true,
    value: rows.map((r) => ({
      id: r.id,
      version: r.version,
      items: items(r.items),
      createdAt: r.createdAt,
      createdBy: r.createdBy?.name ?? null,
      reviewCount: r._count.reviews,
    })),
  };
}

const same = (a: readonly EthicsItem[], b: readonly EthicsItem[]) =>
  a.length === b.length && a.every((x, i) => x.key === b[i]?.key && x.label === b[i]?.label);

export async function publishEthicsTemplate(
  user: SessionUser,
  data: PublishEthicsTemplateData,
): Promise<Decision<{ id: string; version: number }>> {
  return runTransaction(async (tx) => {
    permit(user, "admin");
    const latest = await tx.ethicsTemplate.findFirst({
      orderBy: { version: "desc" },
      select: { version: true, items: true },
    });
    const latestVersion = latest?.version ?? 0;
    // Two admins editing at once: the second would publish over a version they never saw.
    if (data.baseVersion !== latestVersion) {
      throw new DomainError([
        reason(
          "ethics_template_changed",
          `Version ${latestVersion} was published while you were editing version ${data.baseVersion}. Reload, then make your changes again.`,
        ),
      ]);
    }
    const version = latestVersion + 1;
    refuseIf(ethicsTemplateReasons({ version, items: data.items }));
    if (same(data.items, latest ? items(latest.items) : defaultEthicsTemplate.items) && latest) {
      throw new DomainError([reason("ethics_template_unchanged", `Nothing changed since version ${latestVersion}.`)]);
    }
    // Two publishes from the same base both try this version; the unique index refuses one, and
    // its re-run stops at the base-version check above.
    const created = await tx.ethicsTemplate.create({
      data: { version, items: data.items, createdById: user.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "ethics_template.publish",
      entityType: "ethics_template",
      entityId: created.id,
      before: latest ? { version: latestVersion, items: latest.items as EthicsItem[] } : null,
      after: { version, items: data.items },
    });
    return { id: created.id, version };
  });
}
