"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import { acknowledgeAlertAction, resolveAlertAction } from "@/lib/actions/monitoring-actions";
import type { AlertStatus, AlertSwitchbackTarget } from "@/lib/domain/monitoring";
import { resolveAlertSchema, type ResolveAlertData, type ResolveAlertInput } from "@/lib/schemas/monitoring";
import { AlertSwitchbackForm } from "./alert-switchback-form";

type Props = {
  alertId: string;
  status: AlertStatus;
  canHandle: boolean;
  offer: { suggested: AlertSwitchbackTarget } | null;
  reason: string;
};

function ResolveForm({ alertId, onDone }: { alertId: string; onDone: () => void }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ResolveAlertInput, unknown, ResolveAlertData>({
    resolver: zodResolver(resolveAlertSchema),
    defaultValues: { alertId, note: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const id = `resolve-note-${alertId}`;
  const submit = handleSubmit(async (data) => {
    const result = await run(() => resolveAlertAction(data), { success: () => "Alert resolved." });
    if (result.ok) {
      onDone();
      router.refresh();
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label="Resolve the alert" className="flex flex-col gap-2">
      <Label htmlFor={id}>What was done</Label>
      <Textarea
        id={id}
        rows={2}
        aria-invalid={errors.note ? true : undefined}
        aria-describedby={errors.note ? `${id}-error` : undefined}
        {...register("note")}
      />
      <FieldError id={`${id}-error`} message={errors.note?.message} />
      <ActionMessage message={message} />
      <div>
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Resolving…" : "Resolve alert"}
        </Button>
      </div>
    </form>
  );
}

/** Acknowledge and resolve (project members), and the chair's switchback offer on a critical alert. */
export function AlertActions({ alertId, status, canHandle, offer, reason }: Props) {
  const router = useRouter();
  const [resolving, setResolving] = useState(false);
  const { message, pending, run } = useServerAction();
  const acknowledge = async () => {
    const result = await run(() => acknowledgeAlertAction({ alertId }), { success: () => "Alert acknowledged." });
    if (result.ok) router.refresh();
  };
  if (!canHandle && !offer) return null;
  return (
    <div className="flex flex-col gap-3 border-t border-slate-100 pt-3">
      {canHandle ? (
        <div className="flex flex-wrap gap-2">
          {status === "open" ? (
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => void acknowledge()}>
              Acknowledge
            </Button>
          ) : null}
          <Button size="sm" variant="secondary" aria-expanded={resolving} onClick={() => setResolving((r) => !r)}>
            Resolve…
          </Button>
        </div>
      ) : null}
      <ActionMessage message={message} />
      {resolving ? <ResolveForm alertId={alertId} onDone={() => setResolving(false)} /> : null}
      {offer ? <AlertSwitchbackForm alertId={alertId} suggested={offer.suggested} reason={reason} /> : null}
    </div>
  );
}
