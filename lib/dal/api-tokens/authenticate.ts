import "server-only";
import { timingSafeEqual } from "node:crypto";
import { subMinutes } from "date-fns";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/dal/core/audit";
import { apiTokenState, parseApiToken } from "@/lib/domain/api-tokens";
import { hashApiSecret } from "./commands";

/**
 * The bearer-token check of the REST door. One row read by the public id, the secret's SHA-256
 * compared in constant time, then state (revoked, expired) and the owner (still active). Every
 * failure is the same "unknown" to the caller, so a probe learns nothing about which ids exist.
 */

export type AuthenticatedToken = {
  id: string;
  name: string;
  scopes: string[];
  projectId: string | null;
  projectSlug: string | null;
  expiresAt: Date;
};

export type TokenCheck =
  | { ok: true; token: AuthenticatedToken; user: SessionUser }
  | { ok: false; why: "missing" | "unknown" | "expired" | "revoked" };

/** last_used_at is written at most once a minute per token (reads are not audited one by one). */
const LAST_USED_GRANULARITY_MINUTES = 1;

export async function authenticateApiToken(raw: string | null, now = new Date()): Promise<TokenCheck> {
  if (!raw) return { ok: false, why: "missing" };
  const parsed = parseApiToken(raw);
  if (!parsed) return { ok: false, why: "unknown" };
  const row = await prisma.apiToken.findUnique({
    where: { publicId: parsed.publicId },
    select: {
      id: true,
      name: true,
      secretHash: true,
      scopes: true,
      projectId: true,
      expiresAt: true,
      revokedAt: true,
      project: { select: { slug: true } },
      owner: { select: { id: true, email: true, name: true, roles: true, disciplines: true, active: true } },
    },
  });
  const given = Buffer.from(hashApiSecret(parsed.secret), "hex");
  const stored = Buffer.from(row?.secretHash ?? "0".repeat(64), "hex");
  const matches = given.length === stored.length && timingSafeEqual(given, stored);
  if (!row || !matches || !row.owner.active) return { ok: false, why: "unknown" };
  const state = apiTokenState(row, now);
  if (state !== "active") return { ok: false, why: state };
  await prisma.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: subMinutes(now, LAST_USED_GRANULARITY_MINUTES) } }],
    },
    data: { lastUsedAt: now },
  });
  const { owner } = row;
  return {
    ok: true,
    token: {
      id: row.id,
      name: row.name,
      scopes: row.scopes,
      projectId: row.projectId,
      projectSlug: row.project?.slug ?? null,
      expiresAt: row.expiresAt,
    },
    user: { id: owner.id, email: owner.email, name: owner.name, roles: owner.roles, disciplines: owner.disciplines },
  };
}

/**
 * One audit event per successful write through the API, beside the command's own event: which
 * token, which command. (Reads only stamp last_used_at.) Written after the command committed.
 */
export async function auditApiTokenUse(
  token: AuthenticatedToken,
  user: SessionUser,
  use: { command: string; method: string; path: string },
): Promise<void> {
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actorId: user.id,
      action: "api_token.use",
      entityType: "api_token",
      entityId: token.id,
      projectId: token.projectId,
      after: { token: token.name, ...use },
    }),
  );
}
