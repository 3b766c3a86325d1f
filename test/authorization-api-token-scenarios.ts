import { ADMIN, cast, project, t, type Row } from "./authorization-fixtures";
import { ROLE_NAMES, uid } from "./gate-fixtures";

/** The authorisation matrix's rows for API tokens (issue 13): personal ones for everyone, service ones for a project's owners and admins. */

async function storedToken(ownerId: string, projectId: string | null) {
  return t.db.apiToken.create({
    data: {
      publicId: uid().slice(0, 16),
      secretHash: "0".repeat(64),
      name: "CI",
      ownerId,
      projectId,
      scopes: ["read"],
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

export const API_TOKEN_SCENARIOS: Record<string, Row> = {
  createApiToken: {
    allowed: [...ROLE_NAMES],
    setup: async () => ({ name: "My laptop", scopes: ["read", "card"], expiresInDays: 30 }),
  },
  createApiToken_service: {
    command: "createApiToken",
    allowed: ["owner", ...ADMIN],
    setup: async () => ({ name: "CI", scopes: ["evidence"], expiresInDays: 90, projectId: (await project([2])).id }),
  },
  // The caller's own personal token (the owner's for "anonymous", who is refused anyway).
  revokeApiToken: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => ({
      tokenId: (await storedToken(cast[who === "anonymous" ? "owner" : who].id, null)).id,
    }),
  },
  revokeApiToken_service: {
    command: "revokeApiToken",
    allowed: ["owner", ...ADMIN],
    setup: async () => ({ tokenId: (await storedToken(cast.owner.id, (await project([2])).id)).id }),
  },
  // Someone else's personal token does not exist for the caller, whatever their role.
  revokeApiToken_others: {
    command: "revokeApiToken",
    allowed: ["contributor"],
    hidden: true,
    setup: async () => ({ tokenId: (await storedToken(cast.contributor.id, null)).id }),
  },
};
