import { emptyCardContent, type CardContent } from "./card-content";
import {
  EDITABLE_CARD_SECTION_KEYS,
  decideCardSave,
  sectionTitle,
  type CardSaveOutcome,
  type EditableCardSection,
  type SectionValue,
} from "./card-diff";
import { accept, listOf, reason, refuse, type Decision } from "./decision";

/**
 * Held card edits: during an open review every card save re-pins the review and resets the
 * panel's votes. An editor can instead hold section edits back (private, nothing re-pinned) and
 * publish them all as one revision: one re-pin, one confirmation of the votes it resets. A held
 * edit keeps the revision its editor started from, so publishing follows the very rule of a save
 * (decideCardSave): another section changed meanwhile rebases, the same section is a conflict.
 */

export type HeldEdit = {
  section: EditableCardSection;
  value: SectionValue;
  /** The revision the editor started from (0: the card had never been saved). */
  baseNumber: number;
  /** Content of that base revision (null when it is 0 or no longer exists). */
  base: CardContent | null;
};

type Current = { number: number; content: CardContent } | null;

/** Holding a section follows the save rule: a conflict is shown to merge, nothing else is written. */
export function decideCardHold(input: HeldEdit & { current: Current }): Decision<CardSaveOutcome> {
  const decision = decideCardSave(input);
  if (decision.ok || decision.reasons[0]?.code !== "card_unchanged") return decision;
  return refuse([
    reason(
      "card_unchanged",
      `Nothing to hold: "${sectionTitle(input.section)}" already reads exactly like this in revision ${input.current?.number ?? 0}. Discard the held edit instead.`,
    ),
  ]);
}

export type HeldEditState = "ready" | "unchanged" | "conflict" | "base_unknown";

/** Where one held edit stands against the newest revision (the editor marks conflicts early). */
export function heldEditState(edit: HeldEdit, current: Current): HeldEditState {
  const decision = decideCardSave({ ...edit, current });
  if (decision.ok) return decision.value.kind === "conflict" ? "conflict" : "ready";
  return decision.reasons[0]?.code === "card_unchanged" ? "unchanged" : "base_unknown";
}

export type CardPublishOutcome = {
  content: CardContent;
  /** The sections the new revision changes, in the card's order (unchanged held edits drop out). */
  changedSections: EditableCardSection[];
  /** True when some held edit started from an older revision than the newest. */
  rebased: boolean;
};

const titles = (sections: readonly EditableCardSection[]) =>
  listOf(
    sections.map((s) => `"${sectionTitle(s)}"`),
    "and",
  );

/**
 * All held edits of one editor as one new revision, each section by the save rule against the
 * newest revision. Any conflict or unknown base refuses the whole publish, naming every section
 * concerned: the held edits stay, the editor merges them and publishes again. Held edits that
 * already read like the newest revision are left out; if none is left, nothing is published.
 */
export function decideCardPublish(input: {
  held: readonly HeldEdit[];
  current: Current;
}): Decision<CardPublishOutcome> {
  const currentNumber = input.current?.number ?? 0;
  if (input.held.length === 0) {
    return refuse([reason("card_nothing_held", "Nothing to publish: you hold no edits of this card.")]);
  }
  const states = input.held.map((edit) => ({ edit, state: heldEditState(edit, input.current) }));
  const unknown = states.filter((s) => s.state === "base_unknown").map((s) => s.edit.section);
  const conflicts = states.filter((s) => s.state === "conflict").map((s) => s.edit.section);
  const reasons = [
    ...(unknown.length
      ? [
          reason(
            "card_base_unknown",
            `Not published: the revision ${titles(unknown)} started from no longer exists. Open ${unknown.length === 1 ? "it" : "them"}, check and hold again.`,
          ),
        ]
      : []),
    ...(conflicts.length
      ? [
          reason(
            "card_held_conflict",
            `Not published: someone changed ${titles(conflicts)} since you held ${conflicts.length === 1 ? "it" : "them"} (now revision ${currentNumber}). Open ${conflicts.length === 1 ? "it" : "each"}, merge with the newest version and hold again; your held edits are kept.`,
          ),
        ]
      : []),
  ];
  if (reasons.length > 0) return refuse(reasons);
  const ready = states.filter((s) => s.state === "ready").map((s) => s.edit);
  if (ready.length === 0) {
    return refuse([
      reason(
        "card_unchanged",
        `Nothing to publish: your held edits already read exactly like revision ${currentNumber}. Discard them.`,
      ),
    ]);
  }
  // Sections are disjoint, so applying them one by one onto the newest content is order-free.
  let content = input.current?.content ?? emptyCardContent;
  for (const edit of ready) {
    const applied = decideCardSave({ ...edit, current: { number: currentNumber, content } });
    if (applied.ok && applied.value.kind === "save") content = applied.value.content;
  }
  const sections = new Set(ready.map((e) => e.section));
  return accept({
    content,
    changedSections: EDITABLE_CARD_SECTION_KEYS.filter((s) => sections.has(s)),
    rebased: ready.some((e) => e.baseNumber !== currentNumber),
  });
}
