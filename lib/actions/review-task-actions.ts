"use server";

import { completeReviewTaskCommand, reopenReviewTaskCommand } from "@/lib/commands/reviews";
import { serverAction } from "./server-action";

/** Tasks of a returned review (lib/commands/reviews.ts) as server actions. */

export const completeReviewTaskAction = serverAction(completeReviewTaskCommand);
export const reopenReviewTaskAction = serverAction(reopenReviewTaskCommand);
