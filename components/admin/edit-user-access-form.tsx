"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FieldError } from "@/components/ui/field-error";
import { updateUserAccessAction } from "@/lib/actions/user-actions";
import type { Discipline, Role } from "@/lib/domain/vocabulary";
import { updateUserAccessSchema, type UpdateUserAccessInput } from "@/lib/schemas/user";
import { ActionMessage } from "@/components/forms/action-message";
import { DISCIPLINE_OPTIONS, ROLE_OPTIONS } from "./options";
import { useServerAction } from "@/components/forms/use-server-action";

export function EditUserAccessForm({
  user,
  isSelf,
}: {
  user: { id: string; roles: Role[]; disciplines: Discipline[]; active: boolean };
  isSelf: boolean;
}) {
  const router = useRouter();
  const defaults: UpdateUserAccessInput = {
    userId: user.id,
    roles: user.roles,
    disciplines: user.disciplines,
    active: user.active,
  };
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<UpdateUserAccessInput>({ resolver: zodResolver(updateUserAccessSchema), defaultValues: defaults });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const prefix = `access-${user.id}`;

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => updateUserAccessAction(values), {
      success: (data) =>
        !data?.changed ? "Nothing changed." : isSelf ? "Saved." : "Saved. The user's open sessions were signed out.",
    });
    if (result.ok) router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Roles, disciplines and status">
      {isSelf ? (
        <p className="text-sm text-slate-600">
          This is you. You cannot remove your own admin role or deactivate yourself: another admin must do it, so the
          site is never left without an admin.
        </p>
      ) : null}
      <CheckboxGroup
        legend="Roles"
        name={`${prefix}-roles`}
        options={ROLE_OPTIONS}
        inputProps={() => register("roles")}
        error={errors.roles?.message}
      />
      <CheckboxGroup
        legend="Disciplines"
        name={`${prefix}-disciplines`}
        options={DISCIPLINE_OPTIONS}
        inputProps={() => register("disciplines")}
        error={errors.disciplines?.message}
      />
      <div>
        <label
          htmlFor={`${prefix}-active`}
          className="flex min-h-9 items-center gap-2 text-sm font-medium text-slate-900"
        >
          <input
            id={`${prefix}-active`}
            type="checkbox"
            className="size-4 accent-blue-700"
            aria-invalid={errors.active ? true : undefined}
            aria-describedby={errors.active ? `${prefix}-active-error` : undefined}
            {...register("active")}
          />
          Active (may sign in)
        </label>
        <FieldError id={`${prefix}-active-error`} message={errors.active?.message} />
      </div>
      <ActionMessage message={message} />
      <Button type="submit" size="sm" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save access"}
      </Button>
    </form>
  );
}
