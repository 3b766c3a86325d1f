"use client";

import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks";

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }));

/** URL, description and events: the fields the create and edit forms share. */
export function WebhookFields<T extends FieldValues & { url: string; description: string; events: string[] }>({
  register,
  errors,
  idPrefix,
}: {
  register: UseFormRegister<T>;
  errors: { url?: { message?: string }; description?: { message?: string }; events?: { message?: string } };
  idPrefix: string;
}) {
  const urlId = `${idPrefix}-url`;
  const descriptionId = `${idPrefix}-description`;
  return (
    <>
      <div className="space-y-1">
        <Label htmlFor={urlId}>URL</Label>
        <Input
          id={urlId}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://hooks.example.com/mltrl"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={errors.url ? `${urlId}-error` : undefined}
          {...register("url" as Path<T>)}
        />
        <FieldError id={`${urlId}-error`} message={errors.url?.message} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={descriptionId}>Description (optional)</Label>
        <Input
          id={descriptionId}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${descriptionId}-error` : undefined}
          {...register("description" as Path<T>)}
        />
        <FieldError id={`${descriptionId}-error`} message={errors.description?.message} />
      </div>
      <CheckboxGroup
        legend="Events"
        name={`${idPrefix}-events`}
        options={EVENT_OPTIONS}
        inputProps={() => register("events" as Path<T>)}
        error={errors.events?.message}
      />
    </>
  );
}

/** A secret shown once, right after it is made. */
export function SecretOnce({ secret }: { secret: string }) {
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
      <p className="font-semibold">Signing secret — copy it now, it is shown only once:</p>
      <code data-testid="webhook-secret" className="block break-all font-mono text-sm">
        {secret}
      </code>
    </div>
  );
}
