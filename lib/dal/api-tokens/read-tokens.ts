import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { apiTokenState, type TokenState } from "@/lib/domain/api-tokens";

/** The account page's token lists: the caller's personal tokens and the service tokens of the projects they own. */

export type ApiTokenDto = {
  id: string;
  name: string;
  scopes: string[];
  project: { name: string; slug: string } | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  state: TokenState;
};

export type AccountTokensDto = {
  personal: ApiTokenDto[];
  service: ApiTokenDto[];
  /** Projects the caller may create service tokens for (owned; every project for an admin would be too many to list). */
  ownedProjects: { id: string; name: string }[];
};

const tokenSelect = {
  id: true,
  name: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  project: { select: { name: true, slug: true } },
} as const;

export async function getAccountTokens(now = new Date()): Promise<AccountTokensDto> {
  const user = await requireUser();
  const owned = await prisma.project.findMany({
    where: { members: { some: { userId: user.id, role: "owner" } }, status: { notIn: ["archived"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const [personal, service] = await Promise.all([
    prisma.apiToken.findMany({
      where: { ownerId: user.id, projectId: null },
      select: tokenSelect,
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    prisma.apiToken.findMany({
      where: { projectId: { in: owned.map((p) => p.id) } },
      select: tokenSelect,
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
  ]);
  const dto = ({ revokedAt, ...t }: (typeof personal)[number]): ApiTokenDto => ({
    ...t,
    state: apiTokenState({ expiresAt: t.expiresAt, revokedAt }, now),
  });
  return { personal: personal.map(dto), service: service.map(dto), ownedProjects: owned };
}
