"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { setProjectTargetAction } from "@/lib/actions/target-actions";
import { setTargetSchema, type SetTargetData, type SetTargetInput } from "@/lib/schemas/target";

type Props = { projectId: string; currentLevel: number | null; targetLevel: number | null; targetDate: string | null };

/** Level and day of the project's target; the same schema checks it here and in the action. */
export function TargetForm({ projectId, currentLevel, targetLevel, targetDate }: Props) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<SetTargetInput, unknown, SetTargetData>({
    resolver: zodResolver(setTargetSchema),
    defaultValues: {
      projectId,
      targetLevel: targetLevel === null ? "" : String(targetLevel),
      targetDate: targetDate ?? "",
    },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const first = currentLevel === null ? 0 : currentLevel + 1;
  const levels = [
    { value: "", label: "Choose a level" },
    ...Array.from({ length: Math.max(0, 10 - first) }, (_, i) => ({
      value: String(first + i),
      label: `L${first + i}`,
    })),
  ];
  if (targetLevel !== null && targetLevel < first)
    levels.push({ value: String(targetLevel), label: `L${targetLevel} (reached)` });

  // The action takes the form's own (string) values and parses them with the same schema.
  const submit = handleSubmit(async () => {
    const values = getValues();
    const result = await run(() => setProjectTargetAction(values), {
      success: (d) =>
        d?.targetLevel == null ? "Target cleared." : `Target saved: L${d.targetLevel} by ${d.targetDate}.`,
    });
    if (result.ok) router.refresh();
  });

  const clear = async () => {
    setValue("targetLevel", "");
    setValue("targetDate", "");
    const result = await run(() => setProjectTargetAction({ projectId, targetLevel: "", targetDate: "" }), {
      success: () => "Target cleared.",
    });
    if (result.ok) router.refresh();
  };

  const described = (name: "targetLevel" | "targetDate") => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${name}-error` : undefined,
  });

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label="Target"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <input type="hidden" {...register("projectId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="targetLevel">Level to reach</Label>
          <Select id="targetLevel" options={levels} {...described("targetLevel")} {...register("targetLevel")} />
          <FieldError id="targetLevel-error" message={errors.targetLevel?.message} />
        </div>
        <div>
          <Label htmlFor="targetDate">By (day)</Label>
          <Input id="targetDate" type="date" {...described("targetDate")} {...register("targetDate")} />
          <FieldError id="targetDate-error" message={errors.targetDate?.message} />
        </div>
      </div>
      <ActionMessage message={message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save target"}
        </Button>
        {targetLevel !== null ? (
          <Button variant="secondary" disabled={isSubmitting} onClick={() => void clear()}>
            Clear target
          </Button>
        ) : null}
      </div>
    </form>
  );
}
