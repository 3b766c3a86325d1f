"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createComponentAction } from "@/lib/actions/component-actions";
import { COMPONENT_KINDS } from "@/lib/domain/vocabulary";
import { componentFormSchema, type ComponentFormInput } from "@/lib/schemas/component-import";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { versionPath } from "./version-fields";
import { COMPONENT_KIND_LABELS, levelName } from "@/components/shared/labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const EMPTY: ComponentFormInput = {
  name: "",
  kind: "model",
  claimedLevel: 0,
  description: "",
  code: "",
  model: "",
  data: "",
};
const LEVELS = Array.from({ length: 10 }, (_, l) => ({
  value: String(l),
  label: l === 0 ? "None (L0)" : `L${l} · ${levelName(l)}`,
}));
const KINDS = COMPONENT_KINDS.map((k) => ({ value: k, label: COMPONENT_KIND_LABELS[k] }));

/**
 * A new component: always at level 0 (a `start` transition). An off-the-shelf or reused part may
 * claim a higher level, which counts as 0 until an entry review at that level confirms it.
 */
export function AddComponentForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { register, handleSubmit, reset, setError, getValues, formState } = useForm<ComponentFormInput>({
    resolver: zodResolver(componentFormSchema),
    defaultValues: EMPTY,
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const e = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    const versions = Object.fromEntries((["code", "model", "data"] as const).filter((k) => v[k]).map((k) => [k, v[k]]));
    const result = await run(
      () =>
        createComponentAction({
          projectId,
          name: v.name,
          kind: v.kind,
          claimedLevel: v.claimedLevel,
          description: v.description,
          versions,
        }),
      {
        path: versionPath,
        success: () =>
          v.claimedLevel > 0
            ? `Added ${v.name} at level 0, claimed L${v.claimedLevel}, unconfirmed: open an entry review at level ${v.claimedLevel} to confirm it.`
            : `Added ${v.name} at level 0.`,
      },
    );
    if (result.ok) {
      reset(EMPTY);
      router.refresh();
    }
  });

  const aria = (name: keyof ComponentFormInput) => ({
    id: `add-${name}`,
    "aria-invalid": e[name] ? true : undefined,
    "aria-describedby": e[name] ? `add-${name}-error` : undefined,
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Add a component">
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <Label htmlFor="add-name">Name</Label>
          <Input {...aria("name")} {...register("name")} />
          <FieldError id="add-name-error" message={e.name?.message} />
        </div>
        <div>
          <Label htmlFor="add-kind">Kind</Label>
          <Select options={KINDS} {...aria("kind")} {...register("kind")} />
          <FieldError id="add-kind-error" message={e.kind?.message} />
        </div>
        <div>
          <Label htmlFor="add-claimedLevel">Claimed level (off-the-shelf or reused part)</Label>
          <Select options={LEVELS} {...aria("claimedLevel")} {...register("claimedLevel", { valueAsNumber: true })} />
          <FieldError id="add-claimedLevel-error" message={e.claimedLevel?.message} />
        </div>
      </div>
      <div>
        <Label htmlFor="add-description">Description (optional)</Label>
        <Textarea rows={2} {...aria("description")} {...register("description")} />
        <FieldError id="add-description-error" message={e.description?.message} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-slate-800">
          Starting versions (x.y.z; empty means 0.1.0)
        </legend>
        {(["code", "model", "data"] as const).map((k) => (
          <div key={k}>
            <Label htmlFor={`add-${k}`}>{k[0]!.toUpperCase() + k.slice(1)} version</Label>
            <Input placeholder="0.1.0" {...aria(k)} {...register(k)} />
            <FieldError id={`add-${k}-error`} message={e[k]?.message} />
          </div>
        ))}
      </fieldset>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Adding…" : "Add component"}
        </Button>
      </div>
    </form>
  );
}
