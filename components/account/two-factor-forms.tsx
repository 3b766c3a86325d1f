"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from "@/lib/actions/account-actions";
import {
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  regenerateRecoveryCodesSchema,
  type ConfirmTwoFactorInput,
  type DisableTwoFactorInput,
  type RegenerateRecoveryCodesInput,
} from "@/lib/schemas/account";

function CodeField({
  id,
  label,
  hint,
  error,
  registration,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  registration: object;
}) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="text"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        className="max-w-48"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        {...registration}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Step 2 of the set-up: proves the app produces the codes; returns the recovery codes. */
export function ConfirmTwoFactorForm({
  enrolment,
  onEnabled,
}: {
  enrolment: string;
  onEnabled: (codes: string[]) => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ConfirmTwoFactorInput>({
    resolver: zodResolver(confirmTwoFactorSchema),
    defaultValues: { enrolment, code: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => confirmTwoFactorAction({ ...values, enrolment }), {
      success: () => "Two-factor authentication is on.",
    });
    if (result.ok && result.data) onEnabled(result.data.recoveryCodes);
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Turn on two-factor authentication">
      <CodeField
        id="enrol-code"
        label="Code from the app"
        hint="Enter the 6-digit code your app shows for MLTRL."
        error={errors.code?.message ?? errors.enrolment?.message}
        registration={register("code")}
      />
      <ActionMessage message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Checking…" : "Turn on two-factor authentication"}
      </Button>
    </form>
  );
}

export function RegenerateRecoveryCodesForm({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<RegenerateRecoveryCodesInput>({
    resolver: zodResolver(regenerateRecoveryCodesSchema),
    defaultValues: { code: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => regenerateRecoveryCodesAction(values), {
      success: () => "New recovery codes made; the old ones no longer work.",
    });
    if (result.ok && result.data) {
      reset({ code: "" });
      onCodes(result.data.recoveryCodes);
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="New recovery codes">
      <CodeField
        id="regenerate-code"
        label="Code from the app"
        hint="Makes ten new codes; the old ones stop working."
        error={errors.code?.message}
        registration={register("code")}
      />
      <ActionMessage message={message} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Making codes…" : "Make new recovery codes"}
      </Button>
    </form>
  );
}

export function DisableTwoFactorForm() {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<DisableTwoFactorInput>({
    resolver: zodResolver(disableTwoFactorSchema),
    defaultValues: { password: "", code: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => disableTwoFactorAction(values), {
      success: () => "Two-factor authentication is off.",
    });
    if (result.ok) reset({ password: "", code: "" });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Turn off two-factor authentication">
      <div>
        <Label htmlFor="disable-password">Password</Label>
        <Input
          id="disable-password"
          type="password"
          autoComplete="current-password"
          className="max-w-md"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "disable-password-error" : undefined}
          {...register("password")}
        />
        <FieldError id="disable-password-error" message={errors.password?.message} />
      </div>
      <CodeField
        id="disable-code"
        label="Code from the app or a recovery code"
        hint="A recovery code works too if you lost your phone."
        error={errors.code?.message}
        registration={register("code")}
      />
      <ActionMessage message={message} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? "Turning off…" : "Turn off two-factor authentication"}
      </Button>
    </form>
  );
}
