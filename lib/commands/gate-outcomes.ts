import "server-only";
import { decideProjectGateOutcome } from "@/lib/dal/projects/gate-outcome";
import { gateOutcomeSchema } from "@/lib/schemas/gate-outcome";
import { defineCommand } from "./define-command";

/**
 * Stage-Gate's hold and kill, by a manager or an admin. A stopped project leaves the portfolio's
 * counts, and a stop withdraws the project's live reviews: both refresh the cached aggregates.
 */
export const holdProjectAtGateCommand = defineCommand({
  name: "holdProjectAtGate",
  schema: gateOutcomeSchema,
  run: (user, input) => decideProjectGateOutcome(user, { ...input, outcome: "hold" }),
  invalidates: ["projects", "home", "reviews", "portfolio", "notifications"],
  audit: ["project.hold"],
});

export const stopProjectAtGateCommand = defineCommand({
  name: "stopProjectAtGate",
  schema: gateOutcomeSchema,
  run: (user, input) => decideProjectGateOutcome(user, { ...input, outcome: "stop" }),
  invalidates: ["projects", "home", "reviews", "portfolio", "portfolioStats", "notifications"],
  audit: ["project.stop"],
});
