"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { setTwoFactorPolicyAction } from "@/lib/actions/org-settings-actions";
import { twoFactorPolicySchema, type TwoFactorPolicyInput } from "@/lib/schemas/account";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

export function TwoFactorPolicyForm({ requireForAdminsAndManagers }: { requireForAdminsAndManagers: boolean }) {
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<TwoFactorPolicyInput>({
    resolver: zodResolver(twoFactorPolicySchema),
    defaultValues: { requireForAdminsAndManagers },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    await run(() => setTwoFactorPolicyAction(values), {
      success: (data) =>
        data?.changed === false
          ? "Nothing changed."
          : values.requireForAdminsAndManagers
            ? "Two-factor authentication is now required for admins and managers."
            : "Two-factor authentication is now optional for everyone.",
    });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Two-factor policy">
      <div className="flex items-start gap-2">
        <input
          id="require-2fa"
          type="checkbox"
          className="mt-1 h-4 w-4"
          aria-describedby="require-2fa-hint"
          {...register("requireForAdminsAndManagers")}
        />
        <div>
          <label htmlFor="require-2fa" className="font-medium text-slate-900">
            Require two-factor authentication for admins and managers
          </label>
          <p id="require-2fa-hint" className="text-sm text-slate-600">
            Those who sign in with a password and have not set it up are sent to their account page after sign-in and
            can do nothing else until they have. Single sign-on accounts are not affected.
          </p>
          <FieldError id="require-2fa-error" message={errors.requireForAdminsAndManagers?.message} />
        </div>
      </div>
      <ActionMessage message={message} />
      <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save policy"}
      </Button>
    </form>
  );
}
