"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { bumpComponentVersionAction } from "@/lib/actions/component-actions";
import { bumpFormSchema, type BumpFormInput } from "@/lib/schemas/component-import";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { versionPath } from "./version-fields";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * New code/model/data versions with a changelog line, through the gate engine's action (which
 * checks that each version increases, and moves a deployed L9 component back to L7).
 */
export function BumpVersionForm({
  componentId,
  name,
  level,
  versions,
}: {
  componentId: string;
  name: string;
  level: number;
  versions: { code: string; model: string; data: string };
}) {
  const router = useRouter();
  const defaults: BumpFormInput = { ...versions, changelog: "" };
  const { register, handleSubmit, reset, setError, getValues, formState } = useForm<BumpFormInput>({
    resolver: zodResolver(bumpFormSchema),
    defaultValues: defaults,
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const e = formState.errors;
  const id = `bump-${componentId}`;

  const onSubmit = handleSubmit(async (v) => {
    const changed = Object.fromEntries(
      (["code", "model", "data"] as const).filter((k) => v[k] !== versions[k]).map((k) => [k, v[k]]),
    );
    const result = await run(
      () => bumpComponentVersionAction({ componentId, versions: changed, changelog: v.changelog }),
      {
        path: versionPath,
        success: (d) =>
          d && d.level !== level ? `Saved. ${name} moved to level ${d.level}.` : `Saved the new versions of ${name}.`,
      },
    );
    if (result.ok) {
      reset({ ...v, changelog: "" });
      router.refresh();
    }
  });
  const aria = (k: keyof BumpFormInput) => ({
    id: `${id}-${k}`,
    "aria-invalid": e[k] ? true : undefined,
    "aria-describedby": e[k] ? `${id}-${k}-error` : undefined,
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={`New versions of ${name}`}>
      {level === 9 ? (
        <p className="text-sm text-amber-900">
          This component is deployed (L9): a new version moves it back to L7 (integrations).
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {(["code", "model", "data"] as const).map((k) => (
          <div key={k}>
            <Label htmlFor={`${id}-${k}`}>{k[0]!.toUpperCase() + k.slice(1)} version</Label>
            <Input {...aria(k)} {...register(k)} />
            <FieldError id={`${id}-${k}-error`} message={e[k]?.message} />
          </div>
        ))}
      </div>
      <div>
        <Label htmlFor={`${id}-changelog`}>Changelog line</Label>
        <Input {...aria("changelog")} {...register("changelog")} />
        <FieldError id={`${id}-changelog-error`} message={e.changelog?.message} />
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" size="sm" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save new versions"}
        </Button>
      </div>
    </form>
  );
}
