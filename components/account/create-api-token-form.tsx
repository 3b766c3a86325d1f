"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { createApiTokenAction } from "@/lib/actions/api-token-actions";
import { API_SCOPES, API_SCOPE_LABELS, API_TOKEN_LIFETIMES } from "@/lib/domain/api-tokens";
import { createApiTokenSchema, type CreateApiTokenInput } from "@/lib/schemas/api-token";

type FormValues = Omit<CreateApiTokenInput, "expiresInDays" | "projectId"> & {
  expiresInDays: string;
  projectId: string;
};

/** Creates a personal token, or a service token of a project the user owns; the secret is shown once. */
export function CreateApiTokenForm({ projects }: { projects: { id: string; name: string }[] }) {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: { name: "", scopes: ["read"], expiresInDays: "30", projectId: "" } });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });

  const onSubmit = handleSubmit(async (values) => {
    const input = {
      name: values.name,
      scopes: values.scopes,
      expiresInDays: Number(values.expiresInDays),
      ...(values.projectId ? { projectId: values.projectId } : {}),
    };
    const parsed = createApiTokenSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        setError(String(issue.path[0] ?? "root") as keyof FormValues, { message: issue.message });
      return;
    }
    const result = await run(() => createApiTokenAction(input), {
      success: (t) => `Token "${t?.name ?? ""}" created. Copy it now: it is not shown again.`,
    });
    if (result.ok && result.data) {
      setCreated({ name: result.data.name, token: result.data.token });
      reset({ name: "", scopes: ["read"], expiresInDays: "30", projectId: "" });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4" aria-label="Create an API token">
      <div>
        <Label htmlFor="token-name">Name</Label>
        <Input
          id="token-name"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "token-name-error" : undefined}
          {...register("name")}
        />
        <FieldError id="token-name-error" message={errors.name?.message} />
      </div>
      <CheckboxGroup
        legend="Scopes"
        name="scopes"
        list
        options={API_SCOPES.map((s) => ({ value: s, label: `${s}: ${API_SCOPE_LABELS[s]}` }))}
        inputProps={() => register("scopes")}
        error={errors.scopes?.message}
        hint="Voting is not a scope: votes are cast in the browser."
      />
      {/* The expiry is short; "Acts on" takes the rest, so "Everything I can do (personal)" is never cut. */}
      <div className="grid gap-4 sm:grid-cols-[auto_minmax(0,1fr)]">
        <div>
          <Label htmlFor="token-expiry">Expires after</Label>
          <Select
            id="token-expiry"
            options={API_TOKEN_LIFETIMES.map((d) => ({ value: String(d), label: `${d} days` }))}
            {...register("expiresInDays")}
          />
        </div>
        <div>
          <Label htmlFor="token-project">Acts on</Label>
          <Select
            id="token-project"
            options={[
              { value: "", label: "Everything I can do (personal)" },
              ...projects.map((p) => ({ value: p.id, label: `Only ${p.name} (service token)` })),
            ]}
            {...register("projectId")}
          />
        </div>
      </div>
      <ActionMessage message={message} />
      {created ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3">
          <Label htmlFor="new-token">Your new token “{created.name}” (shown once)</Label>
          <Input id="new-token" readOnly value={created.token} className="font-mono" />
        </div>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}
