import "server-only";
import { createApiToken, revokeApiToken } from "@/lib/dal/api-tokens/commands";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-token";
import { defineCommand } from "./define-command";

/** API tokens (lib/api): created and revoked in the browser only; a token cannot mint or revoke tokens. */

/** The token's secret is in the result, shown once. */
export const createApiTokenCommand = defineCommand({
  name: "createApiToken",
  schema: createApiTokenSchema,
  run: (user, input) => createApiToken(user, input),
  invalidates: ["account", "projects"],
  audit: ["api_token.create"],
  sessionOnly: true,
});

export const revokeApiTokenCommand = defineCommand({
  name: "revokeApiToken",
  schema: revokeApiTokenSchema,
  run: (user, input) => revokeApiToken(user, input),
  invalidates: ["account", "projects"],
  audit: ["api_token.revoke"],
  sessionOnly: true,
});
