import { EDITORS, cast, project, t, type Row, type Who } from "./authorization-fixtures";
import { uid } from "./gate-fixtures";

/**
 * The authorisation matrix's rows for held TRL Card edits: editors only, each on their own held
 * edits (the setup holds one for the caller; a refused caller's edit must stay untouched).
 * Keyed by command name (lib/commands/registry.ts).
 */

/** A project whose card is at revision 1, with a held TL;DR edit of the caller (the owner for anonymous). */
async function heldEditOf(who: Who) {
  const p = await project([1]);
  const authorId = cast[who === "anonymous" ? "owner" : who].id;
  await t.db.cardHeldEdit.create({
    data: { projectId: p.id, authorId, section: "tldr", value: { tldr: `Held ${uid()}.` }, baseRevision: 1 },
  });
  return p.id;
}

export const CARD_HELD_EDIT_SCENARIOS: Record<string, Row> = {
  holdCardSection: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([1])).id,
      baseRevision: 1,
      section: "tldr",
      value: { tldr: `Held summary ${uid()}.` },
    }),
  },
  discardHeldCardEdits: {
    allowed: EDITORS,
    setup: async (who) => ({ projectId: await heldEditOf(who), section: "tldr" }),
  },
  discardHeldCardEdits_all: {
    command: "discardHeldCardEdits",
    allowed: EDITORS,
    setup: async (who) => ({ projectId: await heldEditOf(who) }),
  },
  publishHeldCardEdits: {
    allowed: EDITORS,
    setup: async (who) => ({ projectId: await heldEditOf(who) }),
  },
};
