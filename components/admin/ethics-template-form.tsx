"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { publishEthicsTemplateAction } from "@/lib/actions/ethics-actions";
import type { EthicsItem } from "@/lib/domain/ethics";
import { keyFromLabel } from "@/lib/domain/item-keys";
import { publishEthicsTemplateSchema, type PublishEthicsTemplateInput } from "@/lib/schemas/ethics";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Edits the newest checklist and publishes it as the next version. Keys identify an item across
 * versions (answers are stored by key), so keep a key when only rewording its question.
 */
export function EthicsTemplateForm({ version, items }: { version: number; items: EthicsItem[] }) {
  const router = useRouter();
  const { control, register, handleSubmit, setError, getValues, setValue, formState } =
    useForm<PublishEthicsTemplateInput>({
      resolver: zodResolver(publishEthicsTemplateSchema),
      defaultValues: { baseVersion: version, items },
    });
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const e = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => publishEthicsTemplateAction(values), {
      success: (d) => `Published version ${d?.version}. New reviews answer it; open reviews keep their version.`,
    });
    if (result.ok) router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Edit the ethics checklist">
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => {
          const ke = e.items?.[i]?.key?.message;
          const le = e.items?.[i]?.label?.message;
          return (
            <li key={f.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
              <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                <div>
                  <Label htmlFor={`item-${i}-label`}>Item {i + 1}: question</Label>
                  <Textarea
                    id={`item-${i}-label`}
                    rows={2}
                    aria-invalid={le ? true : undefined}
                    aria-describedby={le ? `item-${i}-label-error` : undefined}
                    {...register(`items.${i}.label`, {
                      onBlur: () => {
                        // Generated keys always fit the key rules (cut to 60, unique), so no error
                        // appears on a field the admin never typed in.
                        if (!getValues(`items.${i}.key`) && getValues(`items.${i}.label`).trim()) {
                          const taken = getValues("items").flatMap((it, j) => (j === i ? [] : [it.key]));
                          setValue(`items.${i}.key`, keyFromLabel(getValues(`items.${i}.label`), taken), {
                            shouldValidate: true,
                          });
                        }
                      },
                    })}
                  />
                  <FieldError id={`item-${i}-label-error`} message={le} />
                </div>
                <div>
                  <Label htmlFor={`item-${i}-key`}>
                    Key <span className="sr-only">of item {i + 1}</span>
                  </Label>
                  <Input
                    id={`item-${i}-key`}
                    className="font-mono text-sm"
                    aria-invalid={ke ? true : undefined}
                    aria-describedby={ke ? `item-${i}-key-error` : undefined}
                    {...register(`items.${i}.key`)}
                  />
                  <FieldError id={`item-${i}-key-error`} message={ke} />
                </div>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button size="sm" variant="secondary" onClick={() => move(i, i - 1)} disabled={i === 0}>
                  Move up<span className="sr-only"> item {i + 1}</span>
                </Button>
                <Button size="sm" variant="secondary" onClick={() => move(i, i + 1)} disabled={i === fields.length - 1}>
                  Move down<span className="sr-only"> item {i + 1}</span>
                </Button>
                <Button size="sm" variant="ghost" onClick={() => remove(i)}>
                  Remove<span className="sr-only"> item {i + 1}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError id="items-error" message={e.items?.message ?? e.items?.root?.message} />
      <div>
        <Button variant="secondary" onClick={() => append({ key: "", label: "" })}>
          Add an item
        </Button>
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Publishing…" : `Publish as version ${version + 1}`}
        </Button>
      </div>
    </form>
  );
}
