"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { reasonSchema } from "@/lib/schemas/common";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

const reasonOnly = z.object({ reason: reasonSchema });
type ReasonValues = z.input<typeof reasonOnly>;

/**
 * The confirmation step of a decision that needs a reason (pause, resume, hold, stop): what will
 * happen, the reason, the server's answer, confirm or cancel. The caller's action gets the reason;
 * on success the dialog closes and the page refreshes.
 */
export function ReasonConfirmDialog({
  open,
  onClose,
  title,
  idPrefix,
  whatWillHappen,
  confirmLabel,
  danger = false,
  rows = 3,
  action,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Unique on the page: ids of the reason field and the message. */
  idPrefix: string;
  whatWillHappen: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  rows?: number;
  action: (reason: string) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const msgId = `${idPrefix}-message`;
  const fieldId = `${idPrefix}-reason`;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    control,
    formState: { errors },
  } = useForm<ReasonValues>({ resolver: zodResolver(reasonOnly), defaultValues: { reason: "" } });
  const reason = useWatch({ control, name: "reason" });
  const { message, setMessage, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const close = () => {
    reset({ reason: "" });
    setMessage(null);
    onClose();
  };
  const onSubmit = handleSubmit(
    async (input) => {
      const r = await run(() => action(input.reason));
      if (r.ok) {
        close();
        router.refresh();
      } else focusById(msgId);
    },
    () => focusById(msgId),
  );
  return (
    <Dialog open={open} onClose={close} title={title}>
      <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
        <WhatWillHappen>
          <p>{whatWillHappen}</p>
        </WhatWillHappen>
        <div>
          <Label htmlFor={fieldId}>Reason</Label>
          <Textarea
            id={fieldId}
            rows={rows}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${fieldId}-error` : undefined}
            {...register("reason")}
          />
          <FieldError id={`${fieldId}-error`} message={errors.reason?.message} />
        </div>
        <ActionMessage id={msgId} message={message} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending || !reason?.trim()}>
            {pending ? "Saving…" : confirmLabel}
          </Button>
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
