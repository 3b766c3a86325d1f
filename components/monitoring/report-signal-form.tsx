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
import { reportMonitoringSignalAction } from "@/lib/actions/monitoring-actions";
import { ALERT_KIND_LABELS, ALERT_KINDS, ALERT_SEVERITIES } from "@/lib/domain/monitoring";
import {
  reportMonitoringSignalSchema,
  type ReportMonitoringSignalData,
  type ReportMonitoringSignalInput,
} from "@/lib/schemas/monitoring";

type Field = "componentId" | "kind" | "severity" | "metric" | "value" | "threshold" | "link" | "source";
const asNumber = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v));
const asOptionalNumber = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/** Reporting a signal by hand (monitoring tools use the API, which runs the same command). */
export function ReportSignalForm({ components }: { components: { id: string; name: string }[] }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ReportMonitoringSignalInput, unknown, ReportMonitoringSignalData>({
    resolver: zodResolver(reportMonitoringSignalSchema),
    defaultValues: {
      componentId: components[0]?.id ?? "",
      kind: "drift",
      severity: "warning",
      metric: "",
      link: "",
      source: "manual report",
    },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const submit = handleSubmit(async (data) => {
    const result = await run(() => reportMonitoringSignalAction(data), { success: () => "Signal reported." });
    if (result.ok) {
      reset();
      router.refresh();
    }
  });
  const field = (name: Field) => ({
    id: `signal-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `signal-${name}-error` : undefined,
  });
  const error = (name: Field) => <FieldError id={`signal-${name}-error`} message={errors[name]?.message} />;

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-medium text-slate-900">Report a signal by hand</summary>
      <form noValidate onSubmit={submit} aria-label="Report a monitoring signal" className="mt-4 flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <Label htmlFor="signal-componentId">Component</Label>
            <Select
              {...field("componentId")}
              options={components.map((c) => ({ value: c.id, label: c.name }))}
              {...register("componentId")}
            />
            {error("componentId")}
          </div>
          <div>
            <Label htmlFor="signal-kind">Kind</Label>
            <Select
              {...field("kind")}
              options={ALERT_KINDS.map((k) => ({ value: k, label: ALERT_KIND_LABELS[k] }))}
              {...register("kind")}
            />
            {error("kind")}
          </div>
          <div>
            <Label htmlFor="signal-severity">Severity</Label>
            <Select
              {...field("severity")}
              options={ALERT_SEVERITIES.map((s) => ({ value: s, label: s }))}
              {...register("severity")}
            />
            {error("severity")}
          </div>
          <div>
            <Label htmlFor="signal-metric">Metric</Label>
            <Input {...field("metric")} {...register("metric")} />
            {error("metric")}
          </div>
          <div>
            <Label htmlFor="signal-value">Value</Label>
            <Input {...field("value")} inputMode="decimal" {...register("value", { setValueAs: asNumber })} />
            {error("value")}
          </div>
          <div>
            <Label htmlFor="signal-threshold">Threshold (optional)</Label>
            <Input
              {...field("threshold")}
              inputMode="decimal"
              {...register("threshold", { setValueAs: asOptionalNumber })}
            />
            {error("threshold")}
          </div>
          <div className="sm:col-span-2">
            <Label htmlFor="signal-link">Link (optional)</Label>
            <Input {...field("link")} type="url" {...register("link")} />
            {error("link")}
          </div>
          <div>
            <Label htmlFor="signal-source">Source</Label>
            <Input {...field("source")} {...register("source")} />
            {error("source")}
          </div>
        </div>
        <ActionMessage message={message} />
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Reporting…" : "Report signal"}
          </Button>
        </div>
      </form>
    </details>
  );
}
