"use server";

import { confirmChairCommand } from "@/lib/commands/reviews";
import { serverAction } from "./server-action";

/** A manager or an admin confirms the chair the project proposed (lib/commands/reviews.ts). */
export const confirmChairAction = serverAction(confirmChairCommand);
