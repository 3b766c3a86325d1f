"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createUserAction } from "@/lib/actions/user-actions";
import { MIN_PASSWORD_LENGTH, createUserSchema, type CreateUserInput } from "@/lib/schemas/user";
import { ActionMessage } from "@/components/forms/action-message";
import { DISCIPLINE_OPTIONS, ROLE_OPTIONS } from "./options";
import { useServerAction } from "@/components/forms/use-server-action";

const EMPTY: CreateUserInput = { email: "", name: "", password: "", roles: [], disciplines: [] };

export function CreateUserForm() {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: EMPTY });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => createUserAction(values), {
      success: () => `Created ${values.email}. Give them the initial password through a safe channel.`,
    });
    if (result.ok) {
      reset(EMPTY);
      router.refresh();
    }
  });

  const field = (name: "email" | "name" | "password") => ({
    id: `new-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `new-${name}-error` : undefined,
    ...register(name),
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Create a user">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="new-email">Email</Label>
          <Input type="email" autoComplete="off" autoCapitalize="none" spellCheck={false} {...field("email")} />
          <FieldError id="new-email-error" message={errors.email?.message} />
        </div>
        <div>
          <Label htmlFor="new-name">Name</Label>
          <Input type="text" autoComplete="off" {...field("name")} />
          <FieldError id="new-name-error" message={errors.name?.message} />
        </div>
        <div className="sm:col-span-2">
          <Label htmlFor="new-password">Initial password</Label>
          <Input
            type="password"
            autoComplete="new-password"
            {...field("password")}
            aria-describedby={`new-password-hint${errors.password ? " new-password-error" : ""}`}
          />
          <p id="new-password-hint" className="mt-1 text-sm text-slate-600">
            At least {MIN_PASSWORD_LENGTH} characters. Share it with the user through a safe channel.
          </p>
          <FieldError id="new-password-error" message={errors.password?.message} />
        </div>
      </div>
      <CheckboxGroup
        legend="Roles"
        name="new-roles"
        options={ROLE_OPTIONS}
        inputProps={() => register("roles")}
        error={errors.roles?.message}
        hint="No role: may read everything, change nothing."
      />
      <CheckboxGroup
        legend="Disciplines (for review panels)"
        name="new-disciplines"
        options={DISCIPLINE_OPTIONS}
        inputProps={() => register("disciplines")}
        error={errors.disciplines?.message}
      />
      <ActionMessage message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
