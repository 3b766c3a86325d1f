"use server";

import { reportEvidenceCommand } from "@/lib/commands/evidence";
import { serverAction } from "./server-action";

/** Evidence commands (lib/commands/evidence.ts) as server actions. */

export const reportEvidenceAction = serverAction(reportEvidenceCommand);
