import { z } from "zod";
import type { Reason } from "@/lib/domain/decision";

/**
 * RFC 9457 problem details for the REST API (docs/api.md): every error is
 * `application/problem+json` with a stable type, the status, and the same refusal sentences the
 * UI shows under `reasons` (with `errors` per field for invalid input).
 */

export const PROBLEM_BASE = "https://mltrl.dev/problems/";

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    reasons: z.array(z.string()),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    currentRevision: z.number().int().optional(),
    diff: z.array(z.object({ key: z.string(), title: z.string(), yours: z.string(), theirs: z.string() })).optional(),
    /** A card or requirements write refused for unconfirmed vote resets: who would vote again (docs/api.md). */
    voteResets: z.array(z.string()).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, [slug: string, title: string]> = {
  401: ["unauthorized", "Missing, unknown, expired or revoked token"],
  403: ["forbidden", "Not allowed"],
  404: ["not-found", "Not found"],
  409: ["conflict", "Refused in the current state"],
  412: ["stale-revision", "The card changed since the revision you sent"],
  413: ["too-large", "The request body is too large"],
  422: ["invalid-input", "Invalid input"],
  428: ["if-match-required", "If-Match is required"],
  429: ["rate-limited", "Too many requests"],
  500: ["server-error", "Something went wrong"],
};

export function problem(
  status: number,
  detail: string,
  extra: Partial<Omit<Problem, "type" | "title" | "status" | "detail">> = {},
  headers: HeadersInit = {},
): Response {
  const [slug, title] = TITLES[status] ?? TITLES[500]!;
  const body: Problem = { type: `${PROBLEM_BASE}${slug}`, title, status, detail, reasons: [detail], ...extra };
  return Response.json(body, { status, headers: { ...headers, "Content-Type": "application/problem+json" } });
}

/** The HTTP status a refusal maps to: who may (403), what exists (404), input (422), state (409). */
export function refusalStatus(reasons: readonly Reason[]): number {
  const codes = reasons.map((r) => r.code);
  if (codes.includes("not_signed_in")) return 401;
  if (codes.some((c) => c === "forbidden" || c === "conflict_of_interest")) return 403;
  if (codes.includes("not_found")) return 404;
  // Resetting votes not confirmed is a state conflict, though the reason names the confirming field.
  if (codes.includes(VOTE_RESETS_UNCONFIRMED)) return 409;
  if (reasons.every((r) => r.field !== undefined)) return 422;
  return 409;
}

export const VOTE_RESETS_UNCONFIRMED = "vote_resets_unconfirmed";

/** `voteResets`: the names of the voters a refused write would reset, for a client's confirmation prompt. */
export function refusalProblem(reasons: readonly Reason[], extra: { voteResets?: string[] } = {}): Response {
  const fields = reasons.filter((r) => r.field);
  return problem(refusalStatus(reasons), reasons.map((r) => r.message).join(" "), {
    reasons: reasons.map((r) => r.message),
    ...(fields.length > 0 ? { errors: fields.map((r) => ({ path: r.field!, message: r.message })) } : {}),
    ...extra,
  });
}

export function invalidInputProblem(error: z.ZodError): Response {
  const errors = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  return problem(422, "Check the fields listed under errors.", {
    reasons: errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)),
    errors,
  });
}
