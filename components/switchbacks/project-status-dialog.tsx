"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { pauseProjectAction, resumeProjectAction } from "@/lib/actions/project-actions";
import { projectStatusSchema, type ProjectStatusInput } from "@/lib/schemas/project";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

/** Pause (no review can open) or resume a project, with a reason, confirmed first. */
export function ProjectStatusDialog({
  projectId,
  name,
  to,
}: {
  projectId: string;
  name: string;
  to: "paused" | "active";
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const msgId = `status-message-${projectId}`;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    control,
    formState: { errors },
  } = useForm<ProjectStatusInput>({
    resolver: zodResolver(projectStatusSchema),
    defaultValues: { projectId, reason: "" },
  });
  const reason = useWatch({ control, name: "reason" });
  const { message, setMessage, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const label = to === "paused" ? "Pause the project" : "Resume the project";
  const close = () => {
    setOpen(false);
    reset({ projectId, reason: "" });
    setMessage(null);
  };
  const onSubmit = handleSubmit(
    async (input) => {
      const r = await run(() => (to === "paused" ? pauseProjectAction(input) : resumeProjectAction(input)));
      if (r.ok) {
        close();
        router.refresh();
      } else focusById(msgId);
    },
    () => focusById(msgId),
  );
  const fieldId = `status-reason-${projectId}`;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}…
      </Button>
      <Dialog open={open} onClose={close} title={`${label}: ${name}`}>
        <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
          <WhatWillHappen>
            <p>
              {to === "paused"
                ? `${name} is paused: no review can open until an owner or admin resumes it. Open reviews stay as they are.`
                : `${name} is active again: reviews can be requested.`}
            </p>
          </WhatWillHappen>
          <div>
            <Label htmlFor={fieldId}>Reason</Label>
            <Textarea
              id={fieldId}
              rows={2}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? `${fieldId}-error` : undefined}
              {...register("reason")}
            />
            <FieldError id={`${fieldId}-error`} message={errors.reason?.message} />
          </div>
          <ActionMessage id={msgId} message={message} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending || !reason?.trim()}>
              {pending ? "Saving…" : `Confirm: ${label.toLowerCase()}`}
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
