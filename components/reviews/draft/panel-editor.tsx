"use client";

import { useState } from "react";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import type { DraftEditorDto } from "@/lib/dal/reviews/read-draft-editor";
import type { CandidateDto } from "@/lib/dal/reviews/read-panel-candidates";
import type { Reason } from "@/lib/domain/decision";
import { chairAfterSeatChange, panelReasons } from "@/lib/domain/panel";
import { DISCIPLINES, type Discipline } from "@/lib/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { disciplineLabel } from "../labels";
import { InlineReasons } from "./readiness";
import { panelPayload, type PanelValues } from "./form-values";

type Form = UseFormReturn<PanelValues>;

/**
 * Seating the panel. The required disciplines and conflicts of interest are checked live with the
 * domain's own panelReasons (pure, so it runs here too); the server checks again on save (a
 * project member is refused at once) and on submit (every required discipline, one chair).
 */
export function PanelEditor({
  form,
  draft,
  shown,
  onSave,
  saving,
}: {
  form: Form;
  draft: DraftEditorDto;
  shown: Reason[];
  onSave: () => void;
  saving: boolean;
}) {
  const { control, register, setValue, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "seats" });
  const values = useWatch({ control }) as PanelValues;
  const seats = panelPayload(draft.id, { seats: values.seats ?? [], chair: values.chair ?? "" }).seats;
  const named = seats.map((s) => ({ ...s, name: draft.candidates.find((c) => c.id === s.userId)?.name }));
  const live = panelReasons({
    level: draft.level,
    required: draft.requiredSeats,
    seats: named,
    memberUserIds: draft.project.members.map((m) => m.userId),
  });
  const required = DISCIPLINES.filter((d) => (draft.requiredSeats[d] ?? 0) > 0);
  const missing = (d: Discipline) => named.filter((s) => s.discipline === d).length < (draft.requiredSeats[d] ?? 0);
  const conflicts = live.filter((r) => r.code === "panel_conflict_of_interest");
  const bad = shown.length > 0;
  // `values` is this render's: in a change handler it still holds who had the seat before the change.
  const heldBefore = (index: number) => values.seats?.[index]?.userId ?? "";
  const [chairNote, setChairNote] = useState<string | null>(null);
  /** The chair follows its seat when the seat changes hands, and the author is told (never cleared silently). */
  function followChair(index: number, removed: boolean) {
    const after = getValues("seats").map((s) => ({
      userId: s.userId,
      name: draft.candidates.find((c) => c.id === s.userId)?.name,
    }));
    const next = chairAfterSeatChange({
      chair: getValues("chair"),
      index,
      previousUserId: heldBefore(index),
      seats: after,
      removed,
    });
    if (next.chair !== getValues("chair")) setValue("chair", next.chair);
    setChairNote(next.note);
  }

  const label = (c: CandidateDto) =>
    `${c.name}${c.eligibleFor.length ? ` — ${c.eligibleFor.map(disciplineLabel).join(", ")}` : ""}${c.memberRole ? ` (project ${c.memberRole}: conflict of interest)` : ""}`;
  /**
   * Only people eligible for the seat's discipline are offered (any discipline while none is
   * chosen). A person already in the seat who is not eligible stays listed, marked, so the author
   * sees the problem instead of the seat silently changing hands.
   */
  const optionsFor = (index: number) => {
    const d = values.seats?.[index]?.discipline;
    const current = values.seats?.[index]?.userId;
    const offered = draft.candidates.filter((c) => (d ? c.eligibleFor.includes(d) : c.eligibleFor.length > 0));
    const stale = draft.candidates.find((c) => c.id === current && !offered.includes(c));
    return [
      { value: "", label: "Choose a person" },
      ...offered.map((c) => ({ value: c.id, label: label(c) })),
      ...(stale
        ? [{ value: stale.id, label: `${stale.name} (not eligible${d ? ` as ${disciplineLabel(d)}` : ""})` }]
        : []),
    ];
  };
  const notOffered = draft.candidates.filter((c) => c.eligibleFor.length === 0 && c.notEligible && !c.memberRole);

  function personChanged(index: number, userId: string) {
    followChair(index, false);
    const person = draft.candidates.find((c) => c.id === userId);
    const current = getValues(`seats.${index}.discipline`);
    const wanted = person?.eligibleFor.find((d) => missing(d)) ?? person?.eligibleFor[0];
    if (wanted && (!current || !person?.eligibleFor.includes(current as Discipline)))
      setValue(`seats.${index}.discipline`, wanted);
    if (!getValues("chair") && userId) setValue("chair", userId);
  }

  return (
    <section
      id="panel"
      tabIndex={-1}
      aria-labelledby="panel-heading"
      className={`flex flex-col gap-3 rounded-lg border bg-white p-4 ${bad ? "border-red-600" : "border-slate-200"}`}
    >
      <h2 id="panel-heading" className="text-xl font-semibold text-slate-900">
        Panel
      </h2>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">Seats level {draft.level} requires</h3>
        <ul className="mt-1 flex flex-col gap-1 text-sm" aria-label="Required disciplines">
          {required.map((d) => (
            <li key={d} className={missing(d) ? "text-red-800" : "text-green-800"}>
              <span aria-hidden="true">{missing(d) ? "✗ " : "✓ "}</span>
              {disciplineLabel(d)}
              {(draft.requiredSeats[d] ?? 0) > 1 ? ` ×${draft.requiredSeats[d]}` : ""}:{" "}
              {missing(d) ? "still missing" : "seated"}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm text-slate-600">
          Owners and contributors of the project cannot sit on its panel. Exactly one seat chairs. Each seat is offered
          only to people who hold its discipline and the reviewer role; admins do not sit on panels.
          {draft.chairConfirmation
            ? " At this level a manager or an admin confirms the chair before the review can open; changing the chair seat clears a confirmation."
            : ""}
        </p>
        {notOffered.length > 0 ? (
          <details className="mt-1 text-sm text-slate-700">
            <summary className="cursor-pointer">Why some people are not offered ({notOffered.length})</summary>
            <ul className="mt-1 list-disc pl-5">
              {notOffered.map((c) => (
                <li key={c.id}>
                  {c.name} {c.notEligible}.
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>

      {fields.length === 0 ? <p className="text-sm italic text-slate-700">Nobody is seated yet.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => (
          <li
            key={f.id}
            className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1.3fr_auto_auto] sm:items-end"
          >
            <div>
              <Label htmlFor={`seat-${i}-user`}>Seat {i + 1}: person</Label>
              <Select
                id={`seat-${i}-user`}
                options={optionsFor(i)}
                {...register(`seats.${i}.userId`, {
                  onChange: (e: { target: { value: string } }) => personChanged(i, e.target.value),
                })}
              />
            </div>
            <div>
              <Label htmlFor={`seat-${i}-discipline`}>Seat {i + 1}: discipline</Label>
              <Select
                id={`seat-${i}-discipline`}
                options={[
                  { value: "", label: "Choose" },
                  ...DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(d) })),
                ]}
                {...register(`seats.${i}.discipline`)}
              />
            </div>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                value={values.seats?.[i]?.userId ?? ""}
                disabled={!values.seats?.[i]?.userId}
                className="size-4 accent-blue-700"
                {...register("chair")}
              />
              Chair<span className="sr-only"> (seat {i + 1})</span>
            </label>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                followChair(i, true);
                remove(i);
              }}
            >
              Remove<span className="sr-only"> seat {i + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      {conflicts.length > 0 ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {conflicts.map((c, i) => (
            <p key={i}>{c.message}</p>
          ))}
        </div>
      ) : null}
      <p
        role="status"
        className={
          chairNote ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"
        }
      >
        {chairNote ?? ""}
      </p>
      <InlineReasons id="panel-reasons" reasons={shown} />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={() => append({ userId: "", discipline: required.find((d) => missing(d)) ?? "" })}
        >
          Add a seat
        </Button>
        <Button variant="secondary" onClick={onSave} disabled={saving}>
          {saving ? "Saving the panel…" : "Save panel"}
        </Button>
      </div>
    </section>
  );
}
