import { addDays } from "date-fns";
import { accept, reason, refuse, type Decision } from "./decision";

/**
 * API tokens (issue 13), pure: the scopes a token may carry, the lifetimes offered, the token's
 * wire format and whether a stored token still works at a given moment.
 */

/** Voting is a person's act in the browser: there is no scope for it, and castVote is never exposed. */
export const API_SCOPES = ["read", "evidence", "card", "requirements", "reviews:request", "monitoring"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  read: "Read projects, cards, reviews and the portfolio",
  evidence: "Post evidence from CI",
  card: "Edit TRL Card sections",
  requirements: "Create, edit and import requirements",
  "reviews:request": "Request review drafts",
  monitoring: "Post monitoring results",
};

/** Lifetimes offered, in days: every token expires. */
export const API_TOKEN_LIFETIMES = [7, 30, 90, 365] as const;
export type ApiTokenLifetime = (typeof API_TOKEN_LIFETIMES)[number];

export const API_TOKEN_PREFIX = "mltrl";

/** `mltrl_<publicId>_<secret>`: publicId finds the row, secret is checked against its hash. */
const TOKEN_FORMAT = /^mltrl_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43,})$/;

export function formatApiToken(publicId: string, secret: string): string {
  return `${API_TOKEN_PREFIX}_${publicId}_${secret}`;
}

export function parseApiToken(raw: string): { publicId: string; secret: string } | null {
  const m = TOKEN_FORMAT.exec(raw);
  return m ? { publicId: m[1]!, secret: m[2]! } : null;
}

/**
 * Live tokens per person (personal and the service tokens they created), by default: enough for
 * every CI pipeline and machine one person runs, while a stolen session cannot mint tokens
 * without end. API_TOKENS_PER_PERSON changes it.
 */
export const DEFAULT_MAX_ACTIVE_API_TOKENS = 25;

export function decideTokenCount(active: number, max: number): Decision<void> {
  return active < max
    ? accept(undefined)
    : refuse([
        reason(
          "too_many_api_tokens",
          `You already have ${active} active API tokens (at most ${max}). Revoke one you no longer use, then create the new one.`,
          "name",
        ),
      ]);
}

export function apiTokenExpiry(createdAt: Date, days: ApiTokenLifetime): Date {
  return addDays(createdAt, days);
}

export type StoredTokenState = { expiresAt: Date; revokedAt: Date | null };
export type TokenState = "active" | "expired" | "revoked";

export function apiTokenState(token: StoredTokenState, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** The scope a route needs is held (any scope may read the token's own identity: `null`). */
export function hasScope(scopes: readonly string[], needed: ApiScope | null): boolean {
  return needed === null || scopes.includes(needed);
}
