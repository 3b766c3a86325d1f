import "server-only";
import { discardHeldCardEdits, holdCardSection, publishHeldCardEdits } from "@/lib/dal/cards/held-edits";
import { discardHeldCardEditsSchema, holdCardSectionSchema, publishHeldCardEditsSchema } from "@/lib/schemas/card";
import { defineCommand } from "./define-command";

/**
 * Held TRL Card edits (lib/dal/cards/held-edits.ts). Holding and discarding touch only the
 * caller's private rows: no page of anybody else changes. Publishing writes one revision and
 * re-pins the open reviews, like a save.
 */

/** A conflict is a successful call with `status: "conflict"`: nothing was held, the editor merges. */
export const holdCardSectionCommand = defineCommand({
  name: "holdCardSection",
  schema: holdCardSectionSchema,
  run: holdCardSection,
  // Only the caller's editor page shows held edits (its marks and the publish panel).
  invalidates: (hold) => (hold.status === "held" ? ["projects"] : []),
  audit: ["card.hold"],
});

export const discardHeldCardEditsCommand = defineCommand({
  name: "discardHeldCardEdits",
  schema: discardHeldCardEditsSchema,
  run: discardHeldCardEdits,
  invalidates: ["projects"],
  audit: ["card.discard_held"],
});

export const publishHeldCardEditsCommand = defineCommand({
  name: "publishHeldCardEdits",
  schema: publishHeldCardEditsSchema,
  run: publishHeldCardEdits,
  invalidates: ["projects", "reviews"],
  audit: ["card.publish_held"],
});
