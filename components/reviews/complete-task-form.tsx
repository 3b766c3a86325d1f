"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { completeReviewTaskAction } from "@/lib/actions/review-task-actions";
import { completeTaskSchema, type CompleteTaskInput } from "@/lib/schemas/review-task";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";

export function CompleteTaskForm({ taskId, position }: { taskId: string; position: number }) {
  const router = useRouter();
  const msgId = `task-${taskId}-message`;
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<CompleteTaskInput>({
    resolver: zodResolver(completeTaskSchema),
    defaultValues: { taskId, evidence: "" },
  });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const id = `task-${taskId}-evidence`;
  const onSubmit = handleSubmit(async (values) => {
    const r = await run(() => completeReviewTaskAction(values), {
      success: () => `Task ${position} is ticked off.`,
    });
    focusById(msgId);
    if (r.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-2">
      <div>
        <Label htmlFor={id}>Evidence that task {position} is done (link or note)</Label>
        <Textarea
          id={id}
          rows={2}
          aria-invalid={errors.evidence ? true : undefined}
          aria-describedby={errors.evidence ? `${id}-error` : undefined}
          {...register("evidence")}
        />
        <FieldError id={`${id}-error`} message={errors.evidence?.message} />
      </div>
      <ActionMessage id={msgId} message={message} />
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : `Mark task ${position} done`}
        </Button>
      </div>
    </form>
  );
}
