"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Path } from "react-hook-form";
import { createRequirementAction, updateRequirementAction } from "@/lib/actions/requirement-actions";
import { REQUIREMENT_KIND_FIRST_LEVEL, riskBand, riskOf } from "@/lib/domain/requirements";
import { REQUIREMENT_KINDS, REQUIREMENT_STATUSES } from "@/lib/domain/vocabulary";
import { requirementFormSchema, type RequirementFormData, type RequirementFormInput } from "@/lib/schemas/requirement";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { VoteResetConfirm } from "@/components/forms/vote-reset-confirm";
import type { VoteReset } from "@/lib/domain/vote-resets";
import { useState } from "react";
import { REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { RISK_BAND_LABELS, formatRisk } from "./format";

export type RequirementFormTarget =
  { mode: "create"; projectId: string } | { mode: "edit"; requirementId: string; version: number; number: number };

const KIND_OPTIONS = REQUIREMENT_KINDS.map((k) => ({
  value: k,
  label: `${REQUIREMENT_KIND_LABELS[k]} (expected from L${REQUIREMENT_KIND_FIRST_LEVEL[k]})`,
}));
const STATUS_OPTIONS = REQUIREMENT_STATUSES.map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABELS[s] }));
const COMPARATOR_OPTIONS = [
  { value: "", label: "No metric" },
  { value: "at_least", label: "at least (≥)" },
  { value: "at_most", label: "at most (≤)" },
];
const VALUE_OPTIONS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

/** Live risk: the domain's riskOf on what is typed, or a hint while the inputs are incomplete. */
function RiskPreview({ pFailure, value }: { pFailure: unknown; value: unknown }) {
  const d = riskOf(Number(pFailure), Number(value));
  return (
    <p className="text-sm text-slate-800" aria-live="polite">
      {d.ok ? (
        <>
          Risk (probability of failure × value): <strong className="tabular-nums">{formatRisk(d.value)}</strong> —{" "}
          {RISK_BAND_LABELS[riskBand(d.value)]}
        </>
      ) : (
        "Risk appears once the probability (0–1) and the value (1–10) are filled in."
      )}
    </p>
  );
}

/**
 * Create or edit one requirement: react-hook-form with the zod schema the actions use. The
 * server adds the rules across fields (waived needs a reason, verified/validated need V&V text).
 */
export function RequirementForm({
  target,
  slug,
  defaults,
  ownerOptions,
  voteResets = [],
}: {
  target: RequirementFormTarget;
  slug: string;
  defaults: RequirementFormInput;
  ownerOptions: { id: string; name: string }[];
  /** The current votes a save resets (requirements are part of the card an open review pinned). */
  voteResets?: readonly VoteReset[];
}) {
  const router = useRouter();
  const { register, handleSubmit, getValues, setError, control, formState } = useForm<
    RequirementFormInput,
    unknown,
    RequirementFormData
  >({
    resolver: zodResolver(requirementFormSchema),
    defaultValues: defaults,
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const [status, pFailure, value] = useWatch({ control, name: ["status", "pFailure", "value"] });
  const errors = formState.errors;

  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const onSubmit = handleSubmit(async () => {
    if (voteResets.length > 0) setConfirming(true);
    else await save();
  });

  async function save() {
    // The schema turns the links text into a list; the action parses the same raw input again.
    const raw = { ...getValues(), acknowledgedVoteResets: voteResets.length };
    setSaving(true);
    const result = await run(
      () =>
        target.mode === "create"
          ? createRequirementAction({ projectId: target.projectId, ...raw })
          : updateRequirementAction({ requirementId: target.requirementId, version: target.version, ...raw }),
      { success: (data) => `Saved R${data?.number}.` },
    );
    setSaving(false);
    setConfirming(false);
    // Refused because the panel voted since the page loaded: reload the list of who would vote again.
    if (!result.ok && result.fieldErrors?.acknowledgedVoteResets) router.refresh();
    if (result.ok) {
      router.push(`/projects/${slug}/requirements#R${result.data?.number}`);
      router.refresh();
    }
  }

  const field = (name: Path<RequirementFormInput>, extra: { hint?: boolean } = {}) => {
    const err = errors[name as keyof typeof errors]?.message as string | undefined;
    const describedBy = [extra.hint ? `req-${name}-hint` : "", err ? `req-${name}-error` : ""].join(" ").trim();
    return {
      id: `req-${name}`,
      "aria-invalid": err ? true : undefined,
      "aria-describedby": describedBy || undefined,
      error: err,
    };
  };

  const f = {
    statement: field("statement", { hint: true }),
    kind: field("kind"),
    status: field("status"),
    waiverReason: field("waiverReason"),
    verification: field("verification"),
    validation: field("validation"),
    pFailure: field("pFailure", { hint: true }),
    value: field("value", { hint: true }),
    ownerId: field("ownerId"),
    evidenceLinks: field("evidenceLinks", { hint: true }),
    metricName: field("metricName", { hint: true }),
    metricComparator: field("metricComparator"),
    metricTarget: field("metricTarget"),
  };
  const props = (x: (typeof f)[keyof typeof f]) => ({
    id: x.id,
    "aria-invalid": x["aria-invalid"],
    "aria-describedby": x["aria-describedby"],
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      aria-label={target.mode === "create" ? "New requirement" : `Edit R${target.number}`}
    >
      <div>
        <Label htmlFor={f.statement.id}>Requirement</Label>
        <p id="req-statement-hint" className="mb-1 text-sm text-slate-600">
          A “shall” statement: “The model shall …”.
        </p>
        <Textarea rows={3} {...props(f.statement)} {...register("statement")} />
        <FieldError id="req-statement-error" message={f.statement.error} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor={f.kind.id}>Kind</Label>
          <Select options={KIND_OPTIONS} {...props(f.kind)} {...register("kind")} />
          <FieldError id="req-kind-error" message={f.kind.error} />
        </div>
        <div>
          <Label htmlFor={f.status.id}>Status</Label>
          <Select options={STATUS_OPTIONS} {...props(f.status)} {...register("status")} />
          <FieldError id="req-status-error" message={f.status.error} />
        </div>
      </div>
      {status === "waived" ? (
        <div>
          <Label htmlFor={f.waiverReason.id}>Why it is waived</Label>
          <Textarea rows={2} {...props(f.waiverReason)} {...register("waiverReason")} />
          <FieldError id="req-waiverReason-error" message={f.waiverReason.error} />
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <Label htmlFor={f.verification.id}>Verification: are we building the product right?</Label>
          <Textarea rows={3} {...props(f.verification)} {...register("verification")} />
          <FieldError id="req-verification-error" message={f.verification.error} />
        </div>
        <div>
          <Label htmlFor={f.validation.id}>Validation: are we building the right product?</Label>
          <Textarea rows={3} {...props(f.validation)} {...register("validation")} />
          <FieldError id="req-validation-error" message={f.validation.error} />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <Label htmlFor={f.pFailure.id}>Probability of failure</Label>
          <p id="req-pFailure-hint" className="mb-1 text-sm text-slate-600">
            From 0 to 1, e.g. 0.3.
          </p>
          <Input
            type="number"
            inputMode="decimal"
            step="0.01"
            min={0}
            max={1}
            {...props(f.pFailure)}
            {...register("pFailure", { valueAsNumber: true })}
          />
          <FieldError id="req-pFailure-error" message={f.pFailure.error} />
        </div>
        <div>
          <Label htmlFor={f.value.id}>Value</Label>
          <p id="req-value-hint" className="mb-1 text-sm text-slate-600">
            1 (little) to 10 (critical).
          </p>
          <Select options={VALUE_OPTIONS} {...props(f.value)} {...register("value", { valueAsNumber: true })} />
          <FieldError id="req-value-error" message={f.value.error} />
        </div>
        <div>
          <Label htmlFor={f.ownerId.id}>Owner</Label>
          <Select
            options={[{ value: "", label: "Nobody yet" }, ...ownerOptions.map((o) => ({ value: o.id, label: o.name }))]}
            {...props(f.ownerId)}
            {...register("ownerId")}
          />
          <FieldError id="req-ownerId-error" message={f.ownerId.error} />
        </div>
      </div>
      <RiskPreview pFailure={pFailure} value={value} />
      <div>
        <Label htmlFor={f.evidenceLinks.id}>Evidence links</Label>
        <p id="req-evidenceLinks-hint" className="mb-1 text-sm text-slate-600">
          One web address per line (http:// or https://).
        </p>
        <Textarea rows={3} className="font-mono text-sm" {...props(f.evidenceLinks)} {...register("evidenceLinks")} />
        <FieldError id="req-evidenceLinks-error" message={f.evidenceLinks.error} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-slate-800">Metric and target (optional)</legend>
        <div>
          <Label htmlFor={f.metricName.id}>Metric</Label>
          <p id="req-metricName-hint" className="mb-1 text-sm text-slate-600">
            As CI reports it, e.g. accuracy.
          </p>
          <Input autoComplete="off" {...props(f.metricName)} {...register("metricName")} />
          <FieldError id="req-metricName-error" message={f.metricName.error} />
        </div>
        <div className="sm:self-end">
          <Label htmlFor={f.metricComparator.id}>Must be</Label>
          <Select options={COMPARATOR_OPTIONS} {...props(f.metricComparator)} {...register("metricComparator")} />
          <FieldError id="req-metricComparator-error" message={f.metricComparator.error} />
        </div>
        <div className="sm:self-end">
          <Label htmlFor={f.metricTarget.id}>Target</Label>
          <Input type="text" inputMode="decimal" {...props(f.metricTarget)} {...register("metricTarget")} />
          <FieldError id="req-metricTarget-error" message={f.metricTarget.error} />
        </div>
      </fieldset>
      <ActionMessage message={message} />
      {confirming ? (
        <VoteResetConfirm
          resets={voteResets}
          pending={saving}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <div className={confirming ? "hidden" : "flex flex-wrap gap-2"}>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : target.mode === "create" ? "Add requirement" : `Save R${target.number}`}
        </Button>
        <Button variant="secondary" onClick={() => router.push(`/projects/${slug}/requirements`)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
