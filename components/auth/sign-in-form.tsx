"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { asksForSecondFactor, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInSchema, type SignInInput } from "@/lib/schemas/user";

export function SignInForm({
  callbackUrl,
  initialError,
  sso,
}: {
  callbackUrl: string;
  initialError: string | null;
  sso: { id: string; name: string } | null;
}) {
  const [formError, setFormError] = useState<string | null>(initialError);
  const [redirecting, setRedirecting] = useState(false);
  /** Shown once the server said this account has two-factor on (the password was right). */
  const [needsCode, setNeedsCode] = useState(false);
  const {
    register,
    handleSubmit,
    resetField,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", code: "" },
  });

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    let error: string | null = "SignInUnavailable";
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: values.email,
        password: values.password,
        code: values.code ?? "",
        callbackUrl,
      });
      error = result?.ok && !result.error ? null : (result?.error ?? "CredentialsSignin");
    } catch {
      // network failure: keep "unavailable"
    }
    if (error) {
      setFormError(signInErrorMessage(error));
      if (asksForSecondFactor(error)) {
        // Keep the password: the next submit sends it again together with the code.
        setNeedsCode(true);
        resetField("code");
        setTimeout(() => setFocus("code"), 0);
        return;
      }
      setNeedsCode(false);
      resetField("password");
      resetField("code");
      setFocus("password");
      return;
    }
    setRedirecting(true);
    // A full navigation so the layout renders with the new session.
    window.location.assign(callbackUrl);
  }

  const busy = isSubmitting || redirecting;
  return (
    <div className="space-y-5">
      {/* Always mounted so screen readers announce a message that appears later. */}
      <div role="alert" aria-live="assertive">
        {formError ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{formError}</p>
        ) : null}
      </div>
      <form noValidate onSubmit={handleSubmit(onSubmit, () => setFormError(null))} className="space-y-4">
        <div>
          <Label htmlFor="email">Email</Label>
          <Input
            id="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
            {...register("email")}
          />
          <FieldError id="email-error" message={errors.email?.message} />
        </div>
        <div>
          <Label htmlFor="password">Password</Label>
          <Input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "password-error" : undefined}
            {...register("password")}
          />
          <FieldError id="password-error" message={errors.password?.message} />
        </div>
        {needsCode ? (
          <div>
            <Label htmlFor="code">One-time code</Label>
            <Input
              id="code"
              type="text"
              autoComplete="one-time-code"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={`code-hint${errors.code ? " code-error" : ""}`}
              {...register("code")}
            />
            <p id="code-hint" className="mt-1 text-sm text-slate-600">
              The 6-digit code from your authenticator app, or one of your recovery codes.
            </p>
            <FieldError id="code-error" message={errors.code?.message} />
          </div>
        ) : null}
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {sso ? (
        <>
          <div className="flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" />
            or
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <Button
            variant="secondary"
            className="w-full"
            disabled={busy}
            onClick={() => {
              setRedirecting(true);
              void signIn(sso.id, { callbackUrl });
            }}
          >
            {sso.name}
          </Button>
        </>
      ) : null}
    </div>
  );
}
