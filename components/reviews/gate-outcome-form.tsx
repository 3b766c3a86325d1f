"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { holdProjectAtGateAction, stopProjectAtGateAction } from "@/lib/actions/gate-outcome-actions";
import { gateOutcomeSchema, type GateOutcomeInput } from "@/lib/schemas/gate-outcome";
import type { GateOutcomeKind } from "@/lib/domain/gate-outcome";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";
import { Dialog, WhatWillHappen } from "@/components/switchbacks/confirm-dialog";

const LABELS: Record<GateOutcomeKind, string> = { hold: "Hold the project", stop: "Stop the project" };

/** Stage-Gate's hold and kill at this review's gate, by a manager or an admin, with a reason, confirmed first. */
export function GateOutcomeForm({
  projectId,
  reviewId,
  name,
  level,
  paused,
}: {
  projectId: string;
  reviewId: string;
  name: string;
  level: number;
  /** Already paused: only a stop is left to decide. */
  paused: boolean;
}) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<GateOutcomeKind | null>(null);
  const msgId = `gate-message-${reviewId}`;
  const fieldId = `gate-reason-${reviewId}`;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    control,
    formState: { errors },
  } = useForm<GateOutcomeInput>({
    resolver: zodResolver(gateOutcomeSchema),
    defaultValues: { projectId, reviewId, reason: "" },
  });
  const reason = useWatch({ control, name: "reason" });
  const { message, setMessage, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const close = () => {
    setOutcome(null);
    reset({ projectId, reviewId, reason: "" });
    setMessage(null);
  };
  const onSubmit = handleSubmit(
    async (input) => {
      const r = await run(() => (outcome === "stop" ? stopProjectAtGateAction(input) : holdProjectAtGateAction(input)));
      if (r.ok) {
        close();
        router.refresh();
      } else focusById(msgId);
    },
    () => focusById(msgId),
  );
  return (
    <section aria-labelledby={`gate-title-${reviewId}`} className="flex flex-col gap-2">
      <h3 id={`gate-title-${reviewId}`} className="text-base font-semibold text-slate-900">
        Gate outcome (managers)
      </h3>
      <p className="text-sm text-slate-700">
        Besides graduate and return, the portfolio can put {name} on hold at this L{level} gate or stop it.
      </p>
      <div className="flex flex-wrap gap-3">
        {paused ? null : (
          <Button variant="secondary" onClick={() => setOutcome("hold")}>
            {LABELS.hold}…
          </Button>
        )}
        <Button variant="danger" onClick={() => setOutcome("stop")}>
          {LABELS.stop}…
        </Button>
      </div>
      <Dialog
        open={outcome !== null}
        onClose={close}
        title={`${LABELS[outcome ?? "hold"]} at the L${level} gate: ${name}`}
      >
        <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
          <WhatWillHappen>
            <p>
              {outcome === "stop"
                ? `${name} is stopped for good: its draft and open reviews are withdrawn, nothing in it can change any more, and it leaves the portfolio. Its history stays readable. Owners and the panel are told.`
                : `${name} is on hold: no review can open until a manager or an admin resumes it. Owners and the panel are told.`}
            </p>
          </WhatWillHappen>
          <div>
            <Label htmlFor={fieldId}>Reason</Label>
            <Textarea
              id={fieldId}
              rows={3}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? `${fieldId}-error` : undefined}
              {...register("reason")}
            />
            <FieldError id={`${fieldId}-error`} message={errors.reason?.message} />
          </div>
          <ActionMessage id={msgId} message={message} />
          <div className="flex flex-wrap gap-3">
            <Button
              type="submit"
              variant={outcome === "stop" ? "danger" : "primary"}
              disabled={pending || !reason?.trim()}
            >
              {pending ? "Saving…" : `Confirm: ${LABELS[outcome ?? "hold"].toLowerCase()}`}
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
