import "server-only";
import { restoreCardRevision, saveCardSection } from "@/lib/dal/cards/revisions";
import { restoreCardRevisionSchema, saveCardSectionSchema } from "@/lib/schemas/card";
import { defineCommand } from "./define-command";

/** TRL Card commands (the DAL re-pins open reviews; no cached figure reads a card). */

/** A conflict is a successful call with `status: "conflict"`: nothing was written, the editor merges. */
export const saveCardSectionCommand = defineCommand({
  name: "saveCardSection",
  schema: saveCardSectionSchema,
  run: saveCardSection,
  // A saved section re-pins the open reviews of the project (their pages and inboxes change).
  invalidates: (save) => (save.status === "saved" ? ["projects", "reviews"] : []),
  audit: ["card.save"],
});

export const restoreCardRevisionCommand = defineCommand({
  name: "restoreCardRevision",
  schema: restoreCardRevisionSchema,
  run: restoreCardRevision,
  invalidates: ["projects", "reviews"],
  audit: ["card.restore"],
});
