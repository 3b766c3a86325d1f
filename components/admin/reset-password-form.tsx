"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { resetUserPasswordAction } from "@/lib/actions/user-actions";
import { MIN_PASSWORD_LENGTH, resetPasswordSchema, type ResetPasswordInput } from "@/lib/schemas/user";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

export function ResetPasswordForm({ userId, email }: { userId: string; email: string }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId, password: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const id = `password-${userId}`;

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => resetUserPasswordAction(values), {
      success: (data) =>
        data?.signedOutSelf
          ? "Password changed. Sign in again with the new password."
          : `Password of ${email} changed; their open sessions were signed out.`,
    });
    if (result.ok) {
      reset({ userId, password: "" });
      // The admin changed their own password: this session is revoked too; clear its cookie.
      if (result.data?.signedOutSelf) void signOut({ callbackUrl: "/sign-in" });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Reset password">
      <div>
        <Label htmlFor={id}>New password</Label>
        <Input
          id={id}
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={`${id}-hint${errors.password ? ` ${id}-error` : ""}`}
          {...register("password")}
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          At least {MIN_PASSWORD_LENGTH} characters. Signs the user out everywhere.
        </p>
        <FieldError id={`${id}-error`} message={errors.password?.message} />
      </div>
      <ActionMessage message={message} />
      <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Resetting…" : "Reset password"}
      </Button>
    </form>
  );
}
