"use server";

import { publishEthicsTemplateCommand } from "@/lib/commands/settings";
import { serverAction } from "./server-action";

/** Publishes a new version of the ethics checklist (lib/commands/settings.ts). */
export const publishEthicsTemplateAction = serverAction(publishEthicsTemplateCommand);
