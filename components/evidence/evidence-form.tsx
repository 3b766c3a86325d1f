"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { reportEvidenceAction } from "@/lib/actions/evidence-actions";
import {
  evidenceFormSchema,
  toReportEvidenceInput,
  type EvidenceFormData,
  type EvidenceFormInput,
  type ReportEvidenceInput,
} from "@/lib/schemas/evidence";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const STATUS_WORDS = { verified: "verified", regressed: "regressed", unverified: "not verified" } as const;

/** Server paths of the command that belong to a field of this form. */
const fieldOf = (path: string) => (path === "passed" ? "verdict" : path.startsWith("metrics") ? "value" : path);

/**
 * Add evidence by hand (for people without CI): a run's outcome, or the measured value of the
 * requirement's metric, with a link, the commit and a note. Sent as the REST body would be.
 */
export function EvidenceForm({
  slug,
  target,
  metricName,
  label,
}: {
  slug: string;
  target: ReportEvidenceInput["target"];
  metricName: string | null;
  /** "R3" or the criterion's label, for the form's name. */
  label: string;
}) {
  const router = useRouter();
  const id = useId();
  const { register, handleSubmit, getValues, setError, control, formState, reset } = useForm<
    EvidenceFormInput,
    unknown,
    EvidenceFormData
  >({
    resolver: zodResolver(evidenceFormSchema),
    defaultValues: { verdict: metricName ? "metric" : "passed", value: "", url: "", commit: "", summary: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const verdict = useWatch({ control, name: "verdict" });
  const errors = formState.errors;

  const options = [
    ...(metricName ? [{ value: "metric", label: `Measured ${metricName}` }] : []),
    { value: "passed", label: "Passed" },
    { value: "failed", label: "Failed" },
  ];

  const onSubmit = handleSubmit(async () => {
    const input = toReportEvidenceInput(getValues(), { projectSlug: slug, target, metricName });
    const result = await run(() => reportEvidenceAction(input), {
      path: fieldOf,
      success: (data) =>
        data?.requirementStatus
          ? `Evidence recorded: ${label} is ${STATUS_WORDS[data.requirementStatus]}.`
          : "Evidence recorded.",
    });
    if (result.ok) {
      reset();
      router.refresh();
    }
  });

  const described = (name: keyof EvidenceFormInput) =>
    errors[name]?.message ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {};

  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Add evidence for ${label}`} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Label htmlFor={`${id}-verdict`}>Result</Label>
          <Select id={`${id}-verdict`} options={options} {...described("verdict")} {...register("verdict")} />
          <FieldError id={`${id}-verdict-error`} message={errors.verdict?.message} />
        </div>
        {verdict === "metric" && metricName ? (
          <div>
            <Label htmlFor={`${id}-value`}>Measured {metricName}</Label>
            <Input
              id={`${id}-value`}
              inputMode="decimal"
              autoComplete="off"
              {...described("value")}
              {...register("value")}
            />
            <FieldError id={`${id}-value-error`} message={errors.value?.message} />
          </div>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Label htmlFor={`${id}-url`}>Link to the run (optional)</Label>
          <Input id={`${id}-url`} type="url" {...described("url")} {...register("url")} />
          <FieldError id={`${id}-url-error`} message={errors.url?.message} />
        </div>
        <div>
          <Label htmlFor={`${id}-commit`}>Commit (optional)</Label>
          <Input id={`${id}-commit`} autoComplete="off" {...described("commit")} {...register("commit")} />
          <FieldError id={`${id}-commit-error`} message={errors.commit?.message} />
        </div>
      </div>
      <div>
        <Label htmlFor={`${id}-summary`}>Summary (optional)</Label>
        <Textarea id={`${id}-summary`} rows={2} {...described("summary")} {...register("summary")} />
        <FieldError id={`${id}-summary-error`} message={errors.summary?.message} />
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Recording…" : "Record evidence"}
        </Button>
      </div>
    </form>
  );
}
