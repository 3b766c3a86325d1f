"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { COMPONENT_KINDS } from "@/lib/domain/vocabulary";
import type { CreateProjectData } from "@/lib/schemas/project";
import { COMPONENT_KIND_LABELS, levelName } from "@/components/shared/labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { EMPTY_COMPONENT, type NewProjectValues } from "./form-values";

const KINDS = COMPONENT_KINDS.map((k) => ({ value: k, label: COMPONENT_KIND_LABELS[k] }));
const LEVELS = Array.from({ length: 10 }, (_, l) => ({
  value: String(l),
  label: l === 0 ? "None (starts at L0)" : `L${l} · ${levelName(l)}`,
}));

/** The project's first components: each starts at level 0; a claimed level waits for an entry review. */
export function ComponentRows({ form }: { form: UseFormReturn<NewProjectValues, unknown, CreateProjectData> }) {
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "components" });
  const errors = formState.errors.components;

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold text-slate-900">Components</legend>
      <p className="text-sm text-slate-700">
        Every component starts at level 0. An off-the-shelf or reused part may claim a higher level: it counts at 0
        until an entry review at that level confirms it. You can add more later on the components page.
      </p>
      {errors?.message ? <FieldError id="components-error" message={errors.message} /> : null}
      <ol className="flex flex-col gap-4">
        {fields.map((field, i) => {
          const e = errors?.[i];
          const id = (k: string) => `components-${i}-${k}`;
          const aria = (k: "name" | "kind" | "claimedLevel" | "description") => ({
            id: id(k),
            "aria-invalid": e?.[k] ? true : undefined,
            "aria-describedby": e?.[k] ? `${id(k)}-error` : undefined,
          });
          return (
            <li key={field.id} className="rounded-lg border border-slate-300 p-3">
              <fieldset className="flex flex-col gap-3">
                <legend className="text-sm font-semibold text-slate-900">Component {i + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-3">
                  <div>
                    <Label htmlFor={id("name")}>Component {i + 1} name</Label>
                    <Input {...aria("name")} {...register(`components.${i}.name`)} />
                    <FieldError id={`${id("name")}-error`} message={e?.name?.message} />
                  </div>
                  <div>
                    <Label htmlFor={id("kind")}>Kind</Label>
                    <Select options={KINDS} {...aria("kind")} {...register(`components.${i}.kind`)} />
                    <FieldError id={`${id("kind")}-error`} message={e?.kind?.message} />
                  </div>
                  <div>
                    <Label htmlFor={id("claimedLevel")}>Claimed level</Label>
                    <Select
                      options={LEVELS}
                      {...aria("claimedLevel")}
                      {...register(`components.${i}.claimedLevel`, { valueAsNumber: true })}
                    />
                    <FieldError id={`${id("claimedLevel")}-error`} message={e?.claimedLevel?.message} />
                  </div>
                </div>
                <div>
                  <Label htmlFor={id("description")}>Description (optional)</Label>
                  <Input {...aria("description")} {...register(`components.${i}.description`)} />
                  <FieldError id={`${id("description")}-error`} message={e?.description?.message} />
                </div>
                <div>
                  <Button variant="secondary" size="sm" onClick={() => remove(i)}>
                    Remove component {i + 1}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button variant="secondary" onClick={() => append(EMPTY_COMPONENT, { shouldFocus: true })}>
          Add a component
        </Button>
      </div>
    </fieldset>
  );
}
