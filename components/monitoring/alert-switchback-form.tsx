"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import { switchbackFromAlertAction } from "@/lib/actions/monitoring-actions";
import { ALERT_SWITCHBACK_TARGETS, type AlertSwitchbackTarget } from "@/lib/domain/monitoring";
import { alertSwitchbackSchema, type AlertSwitchbackData, type AlertSwitchbackInput } from "@/lib/schemas/monitoring";

const TARGET_HINTS: Record<AlertSwitchbackTarget, string> = {
  4: "back to proof of concept: the technology no longer holds in its setting (drift)",
  7: "back through integration: a change to the deployed version fixes it",
};

/** The offer to the chair of the review that graduated the component to 9, with the alert as the reason. */
export function AlertSwitchbackForm({
  alertId,
  suggested,
  reason,
}: {
  alertId: string;
  suggested: AlertSwitchbackTarget;
  reason: string;
}) {
  const router = useRouter();
  const {
    register,
    control,
    setValue,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<AlertSwitchbackInput, unknown, AlertSwitchbackData>({
    resolver: zodResolver(alertSwitchbackSchema),
    defaultValues: { alertId, toLevel: suggested, note: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const noteId = `switchback-note-${alertId}`;
  // Controlled radios: the level stays a number (the schema's literal), the suggested one checked.
  const toLevel = useWatch({ control, name: "toLevel" });
  const submit = handleSubmit(async (data) => {
    const result = await run(() => switchbackFromAlertAction(data), {
      success: (d) => `Switchback recorded: the component is now at level ${d?.level}.`,
    });
    if (result.ok) router.refresh();
  });
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label="Record a switchback from this alert"
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium text-slate-900">Record a switchback (9 → 4 / 9 → 7)</legend>
        <p className="text-sm text-slate-700">
          You chaired the review that deployed this component. Reason: <span className="italic">{reason}</span>
        </p>
        {ALERT_SWITCHBACK_TARGETS.map((level) => (
          <label key={level} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={`toLevel-${alertId}`}
              value={level}
              className="mt-1"
              checked={toLevel === level}
              onChange={() => setValue("toLevel", level)}
            />
            <span>
              9 → {level}: {TARGET_HINTS[level]}
              {level === suggested ? " (suggested for this alert)" : ""}
            </span>
          </label>
        ))}
        <FieldError id={`switchback-level-${alertId}-error`} message={errors.toLevel?.message} />
      </fieldset>
      <div>
        <Label htmlFor={noteId}>Note for the timeline (optional)</Label>
        <Textarea id={noteId} rows={2} {...register("note")} />
        <FieldError id={`${noteId}-error`} message={errors.note?.message} />
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" size="sm" variant="danger" disabled={isSubmitting}>
          {isSubmitting ? "Recording…" : "Record switchback"}
        </Button>
      </div>
    </form>
  );
}
