"use client";

import type { CardContent } from "@/lib/domain/card-content";
import { CARD_FIELD_LABELS, fieldText, sideBySide } from "@/lib/domain/card-diff";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/shared/format";
import { DiffTable } from "./diff-table";

export type Conflict = { number: number; author: string | null; at: string; theirs: CardContent; mine: CardContent };

/**
 * Shown when a save is refused because someone changed the same section meanwhile: their saved
 * version and the unsaved one side by side, field by field. The form below stays editable for the
 * merge; the buttons copy either version into it as a starting point.
 */
export function ConflictView({
  conflict,
  fields,
  onUseTheirs,
  onUseMine,
}: {
  conflict: Conflict;
  fields: readonly (keyof CardContent)[];
  onUseTheirs: () => void;
  onUseMine: () => void;
}) {
  const theirLabel = `Their version (revision ${conflict.number}${conflict.author ? ` by ${conflict.author}` : ""}, ${formatDate(new Date(conflict.at))})`;
  return (
    <div
      role="group"
      aria-label="Edit conflict"
      className="flex flex-col gap-3 rounded-md border-2 border-amber-400 bg-amber-50 p-3"
    >
      <p className="text-sm font-semibold text-amber-950">Edit conflict: both versions side by side</p>
      {fields.map((f) => {
        const theirs = fieldText(conflict.theirs, f);
        const mine = fieldText(conflict.mine, f);
        return (
          <div key={f} className="flex flex-col gap-1">
            <p className="text-sm font-medium text-slate-800">
              {CARD_FIELD_LABELS[f]}
              {theirs === mine ? " (the same in both)" : ""}
            </p>
            <DiffTable
              rows={sideBySide(theirs, mine)}
              caption={`${CARD_FIELD_LABELS[f]}: their saved version and your unsaved version`}
              leftLabel={theirLabel}
              rightLabel="Your version (not saved)"
            />
          </div>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={onUseTheirs}>
          Start from their version
        </Button>
        <Button variant="secondary" size="sm" onClick={onUseMine}>
          Start from my version
        </Button>
      </div>
      <p className="text-sm text-slate-800">Merge the two in the form below, then choose “Save merged version”.</p>
    </div>
  );
}
