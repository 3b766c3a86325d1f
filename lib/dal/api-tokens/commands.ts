import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import { writeAudit } from "@/lib/dal/core/audit";
import { memberRoleOf, notFound, permit, runTransaction, unwrap, type Tx } from "@/lib/dal/core/transaction";
import { reason, type Decision } from "@/lib/domain/decision";
import {
  DEFAULT_MAX_ACTIVE_API_TOKENS,
  apiTokenExpiry,
  decideTokenCount,
  formatApiToken,
} from "@/lib/domain/api-tokens";
import type { CreateApiTokenData, RevokeApiTokenData } from "@/lib/schemas/api-token";
import { DomainError } from "@/lib/dal/core/transaction";

/**
 * Creating and revoking API tokens. The secret (32 random bytes) is returned once and only its
 * SHA-256 is stored: a high-entropy random secret cannot be guessed from a fast hash, so argon2's
 * cost would buy nothing (ASVS 5.0 11.4.2 names salted slow hashes for passwords, not for keys).
 */

export type CreatedApiToken = { id: string; name: string; token: string; expiresAt: string; projectId: string | null };

export function hashApiSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** 16 letters and digits: ~95 bits, public, only for the lookup. */
function newPublicId(): string {
  return randomBytes(24)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 16);
}

/** API_TOKENS_PER_PERSON (a whole number ≥ 1), else the default. */
function maxActiveTokens(): number {
  const configured = Number(process.env.API_TOKENS_PER_PERSON);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_ACTIVE_API_TOKENS;
}

async function permitServiceTokens(tx: Tx, user: SessionUser, projectId: string): Promise<void> {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { members: { where: { userId: user.id }, select: { userId: true, role: true } } },
  });
  if (!project) throw notFound("project", "projectId");
  permit(user, "manage_api_tokens", { projectMemberRole: memberRoleOf(project.members, user.id) });
}

export async function createApiToken(
  user: SessionUser,
  data: CreateApiTokenData,
  now = new Date(),
): Promise<Decision<CreatedApiToken>> {
  return runTransaction(async (tx) => {
    permit(user, "read");
    if (data.projectId) await permitServiceTokens(tx, user, data.projectId);
    // One creation at a time per person, so two at once cannot both pass the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`api_tokens:${user.id}`}))`;
    const active = await tx.apiToken.count({ where: { ownerId: user.id, revokedAt: null, expiresAt: { gt: now } } });
    unwrap(decideTokenCount(active, maxActiveTokens()));
    const publicId = newPublicId();
    const secret = randomBytes(32).toString("base64url");
    const expiresAt = apiTokenExpiry(now, data.expiresInDays);
    const row = await tx.apiToken.create({
      data: {
        publicId,
        secretHash: hashApiSecret(secret),
        name: data.name,
        ownerId: user.id,
        projectId: data.projectId ?? null,
        scopes: [...data.scopes],
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "api_token.create",
      entityType: "api_token",
      entityId: row.id,
      projectId: data.projectId ?? null,
      after: { name: data.name, scopes: [...data.scopes], expiresAt: expiresAt.toISOString(), publicId },
    });
    return {
      id: row.id,
      name: data.name,
      token: formatApiToken(publicId, secret),
      expiresAt: expiresAt.toISOString(),
      projectId: data.projectId ?? null,
    };
  });
}

/**
 * A personal token is revoked by its owner; a service token by the project's owners and admins
 * (whoever created it). Others' personal tokens "do not exist" for the caller.
 */
export async function revokeApiToken(
  user: SessionUser,
  data: RevokeApiTokenData,
  now = new Date(),
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    permit(user, "read");
    const token = await tx.apiToken.findUnique({
      where: { id: data.tokenId },
      select: { id: true, ownerId: true, projectId: true, revokedAt: true, name: true },
    });
    if (!token || (!token.projectId && token.ownerId !== user.id)) throw notFound("token", "tokenId");
    if (token.projectId) await permitServiceTokens(tx, user, token.projectId);
    if (token.revokedAt) {
      throw new DomainError([reason("already_revoked", "This token was revoked already.", "tokenId")]);
    }
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: now, revokedById: user.id },
    });
    if (count !== 1) throw new DomainError([reason("already_revoked", "This token was revoked already.", "tokenId")]);
    await writeAudit(tx, {
      actorId: user.id,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: token.id,
      projectId: token.projectId,
      before: { name: token.name },
    });
    return { id: token.id };
  });
}
