"use server";

import { archiveComponentCommand, importComponentCommand } from "@/lib/commands/components";
import { serverAction } from "./server-action";

/** Import a component from another project, archive one (lib/commands/components.ts). */

export const importComponentAction = serverAction(importComponentCommand);
export const archiveComponentAction = serverAction(archiveComponentCommand);
