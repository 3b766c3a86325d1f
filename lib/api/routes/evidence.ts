import { z } from "zod";
import { reportEvidenceCommand } from "@/lib/commands/evidence";
import { getProjectCheck } from "@/lib/dal/evidence/read-readiness";
import { reportEvidence } from "@/lib/dal/evidence/report";
import { READINESS_PROBLEM_KINDS } from "@/lib/domain/readiness";
import { documentedBody, runCommand } from "../command-route";
import type { ApiRoute } from "../define-route";
import { problem, refusalProblem } from "../problem";

/**
 * Evidence from CI and the readiness check (issue 13 item 4; docs/api.md "Evidence from CI"). The
 * evidence POST runs reportEvidence as the browser's form does, with the project's slug from the
 * URL and the reporting token recorded on the run; the check is the Readiness panel's verdict.
 */

export const evidenceResultSchema = z
  .object({
    id: z.string(),
    requirementStatus: z.enum(["verified", "regressed", "unverified"]).nullable(),
  })
  .meta({ id: "EvidenceRecorded" });

export const checkSchema = z
  .object({
    ok: z.boolean(),
    level: z.number().int().nullable(),
    problems: z.array(z.object({ kind: z.enum(READINESS_PROBLEM_KINDS), message: z.string() })),
  })
  .meta({ id: "Check" });

const asObject = (body: unknown): Record<string, unknown> =>
  body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

export const evidenceRoutes = {
  postEvidence: {
    method: "POST",
    path: "/projects/{slug}/evidence",
    summary: "Report a test run or evaluation against a requirement or a gate criterion",
    scope: "evidence",
    command: reportEvidenceCommand as unknown as ApiRoute["command"],
    body: documentedBody(reportEvidenceCommand.schema, ["projectSlug"]),
    status: 201,
    response: evidenceResultSchema,
    errors: [409],
    handle: async (ctx, body) => {
      const input = Array.isArray(body) ? body : { ...asObject(body), projectSlug: ctx.project!.slug };
      const ran = await runCommand(ctx, reportEvidenceCommand, input, (user, data) =>
        reportEvidence(user, data, { apiTokenId: ctx.token.id }),
      );
      if (ran instanceof Response) return ran;
      if (!ran.ok) return refusalProblem(ran.reasons);
      return { status: 201, body: { id: ran.value.id, requirementStatus: ran.value.requirementStatus } };
    },
  },
  check: {
    method: "GET",
    path: "/projects/{slug}/check",
    summary: "Is the current level ready: regressed requirements, missing or stale evidence, overdue reviews",
    scope: "read",
    response: checkSchema,
    handle: async (ctx) => {
      const check = await getProjectCheck({ slug: ctx.project!.slug });
      return check ? { body: check } : problem(404, "This project does not exist (any more).");
    },
  },
} satisfies Record<string, ApiRoute>;
