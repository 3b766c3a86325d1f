"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { importComponentAction } from "@/lib/actions/component-import-actions";
import type { ComponentKind } from "@/lib/domain/vocabulary";
import { importComponentSchema, type ImportComponentData } from "@/lib/schemas/component-import";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { fieldClasses, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type ImportableComponent = {
  id: string;
  name: string;
  kind: ComponentKind;
  level: number;
  projectName: string;
  projectId: string;
};

type Values = { projectId: string; sourceComponentId: string; name: string };

/** An empty name means "keep the source's name": it is left out. */
const resolver = schemaResolver(importComponentSchema, ({ name, ...v }: Values) => ({
  ...v,
  ...(name.trim() ? { name } : {}),
}));

/**
 * Import a component of another project: it keeps its versions and provenance, starts at level 0
 * and claims the level it earned there, which an entry review of this project confirms.
 */
export function ImportComponentForm({
  projectId,
  importable,
}: {
  projectId: string;
  importable: ImportableComponent[];
}) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors },
  } = useForm<Values, unknown, ImportComponentData>({
    resolver,
    defaultValues: { projectId, sourceComponentId: "", name: "" },
  });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const groups = [...new Set(importable.map((c) => `${c.projectName} (${c.projectId})`))];

  const onSubmit = handleSubmit(async (input) => {
    const picked = importable.find((c) => c.id === input.sourceComponentId);
    const shown = input.name ?? picked?.name;
    const result = await run(() => importComponentAction(input), {
      success: () =>
        picked && picked.level > 0
          ? `Imported ${shown} at level 0, claimed L${picked.level}, unconfirmed: an entry review at level ${picked.level} confirms it.`
          : `Imported ${shown} at level 0.`,
    });
    if (result.ok) {
      reset({ projectId, sourceComponentId: "", name: "" });
      router.refresh();
    }
  });

  if (importable.length === 0)
    return <p className="text-sm italic text-slate-700">No other project has active components to import.</p>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Import a component from another project"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="import-source">Component</Label>
          <select
            id="import-source"
            className={fieldClasses}
            aria-invalid={errors.sourceComponentId ? true : undefined}
            aria-describedby={errors.sourceComponentId ? "import-source-error" : undefined}
            {...register("sourceComponentId")}
          >
            <option value="">Choose a component…</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {importable
                  .filter((c) => `${c.projectName} (${c.projectId})` === g)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} — {COMPONENT_KIND_LABELS[c.kind]}, L{c.level}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="import-source-error" message={errors.sourceComponentId?.message} />
        </div>
        <div>
          <Label htmlFor="import-name">Name in this project (optional)</Label>
          <Input
            id="import-name"
            {...register("name")}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "import-name-error" : undefined}
          />
          <FieldError id="import-name-error" message={errors.name?.message} />
        </div>
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import component"}
        </Button>
      </div>
    </form>
  );
}
