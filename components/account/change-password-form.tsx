"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { changePasswordAction } from "@/lib/actions/account-actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/schemas/account";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/user";

export function ChangePasswordForm({ email }: { email: string }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => changePasswordAction(values), {
      success: () => "Password changed. You stay signed in here; every other session was signed out.",
    });
    if (result.ok) reset({ currentPassword: "", newPassword: "" });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md space-y-4" aria-label="Change password">
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div>
        <Label htmlFor="current-password">Current password</Label>
        <Input
          id="current-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.currentPassword ? true : undefined}
          aria-describedby={errors.currentPassword ? "current-password-error" : undefined}
          {...register("currentPassword")}
        />
        <FieldError id="current-password-error" message={errors.currentPassword?.message} />
      </div>
      <div>
        <Label htmlFor="new-password">New password</Label>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.newPassword ? true : undefined}
          aria-describedby={`new-password-hint${errors.newPassword ? " new-password-error" : ""}`}
          {...register("newPassword")}
        />
        <p id="new-password-hint" className="mt-1 text-sm text-slate-600">
          At least {MIN_PASSWORD_LENGTH} characters and hard to guess: a few unrelated words work well. Common passwords
          and ones made of your name or e-mail are refused.
        </p>
        <FieldError id="new-password-error" message={errors.newPassword?.message} />
      </div>
      <ActionMessage message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
