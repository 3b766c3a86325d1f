import { z } from "zod";
import { API_SCOPES, API_TOKEN_LIFETIMES } from "@/lib/domain/api-tokens";
import { idSchema, requiredText } from "./common";

/** API tokens (lib/domain/api-tokens.ts): a personal token, or a service token of one project. */
export const createApiTokenSchema = z
  .object({
    name: requiredText("a name for the token", 80),
    scopes: z
      .array(z.enum(API_SCOPES, { error: "Choose scopes from the list." }), { error: "Choose at least one scope." })
      .min(1, "Choose at least one scope.")
      .max(API_SCOPES.length, "Choose each scope once.")
      .refine((s) => new Set(s).size === s.length, "Choose each scope once."),
    expiresInDays: z.union(
      API_TOKEN_LIFETIMES.map((d) => z.literal(d)),
      { error: `Choose a lifetime of ${API_TOKEN_LIFETIMES.join(", ")} days.` },
    ),
    /** Set for a service token: it acts only on this project. */
    projectId: idSchema("project").optional(),
  })
  .strict();
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenData = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: idSchema("token") }).strict();
export type RevokeApiTokenData = z.output<typeof revokeApiTokenSchema>;
