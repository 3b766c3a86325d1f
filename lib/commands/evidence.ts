import "server-only";
import { reportEvidence } from "@/lib/dal/evidence/report";
import { reportEvidenceSchema } from "@/lib/schemas/evidence";
import { defineCommand } from "./define-command";

/**
 * Evidence from CI (lib/domain/evidence.ts): the browser's "add evidence" form and, through the
 * REST door, `POST /api/v1/projects/{slug}/evidence` with the project's slug taken from the URL.
 */
export const reportEvidenceCommand = defineCommand({
  name: "reportEvidence",
  schema: reportEvidenceSchema,
  run: reportEvidence,
  // A status change re-pins open reviews (their pages) and a regression notifies (the bell).
  invalidates: (result) =>
    result.change === null
      ? ["projects"]
      : result.change === "regressed"
        ? ["projects", "reviews", "notifications"]
        : ["projects", "reviews"],
  audit: ["evidence.report", "requirement.verified", "requirement.regressed"],
});
