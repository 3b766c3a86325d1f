import { z } from "zod";
import { idSchema, reasonSchema } from "./common";

/** Hold or stop at a gate: the project, the gate's review and why. */
export const gateOutcomeSchema = z
  .object({ projectId: idSchema("project"), reviewId: idSchema("review"), reason: reasonSchema })
  .strict();
export type GateOutcomeInput = z.input<typeof gateOutcomeSchema>;
export type GateOutcomeData = z.output<typeof gateOutcomeSchema>;
