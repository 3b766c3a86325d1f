"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { archiveComponentSchema } from "@/lib/schemas/component-import";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Values = { componentId: string; reason: string };

/**
 * A component change that only needs a reason (archive, withdraw a claim). Archive and withdraw
 * share one schema shape ({ componentId, reason }); the server parses it again.
 */
export function ReasonForm({
  componentId,
  idPrefix,
  formLabel,
  fieldLabel,
  submitLabel,
  pendingLabel,
  variant,
  success,
  action,
}: {
  componentId: string;
  idPrefix: string;
  formLabel: string;
  fieldLabel: string;
  submitLabel: string;
  pendingLabel: string;
  variant: "danger" | "secondary";
  success: string;
  action: (input: Values) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(archiveComponentSchema),
    defaultValues: { componentId, reason: "" },
  });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const id = `${idPrefix}-${componentId}`;

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => action(values), { success: () => success });
    if (result.ok) router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={formLabel}>
      <div>
        <Label htmlFor={`${id}-reason`}>{fieldLabel}</Label>
        <Input
          id={`${id}-reason`}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          {...register("reason")}
        />
        <FieldError id={`${id}-reason-error`} message={errors.reason?.message} />
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" variant={variant} size="sm" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
