"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { bumpComponentVersionAction } from "@/lib/actions/component-actions";
import { systemLevel } from "@/lib/domain/system-level";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import type { WorkflowComponent } from "./types";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

const KINDS = ["code", "model", "data"] as const;
type Versions = WorkflowComponent["versions"];
type Values = { componentId: string; versions: Versions; changelog: string; was: Versions };

/**
 * The form step only checks that something changed and says what (no resolver): the server's schema
 * judges the versions on confirm, where its refusal is shown. Only the changed versions are sent,
 * trimmed; `was` is what the dialog opened with.
 */
function changedVersions(v: Pick<Values, "versions" | "was">): Partial<Versions> {
  return Object.fromEntries(
    KINDS.filter((k) => v.versions[k].trim() !== v.was[k]).map((k) => [k, v.versions[k].trim()]),
  );
}

/**
 * New code/model/data versions. The confirmation says what follows: open reviews covering the
 * component re-pin (their votes go stale), and a deployed (L9) component moves back to L7.
 */
export function VersionBumpDialog({ component, all }: { component: WorkflowComponent; all: WorkflowComponent[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<"form" | "confirm">("form");
  const ref = useRef<HTMLDivElement>(null);
  const fresh = (): Values => ({
    componentId: component.id,
    versions: component.versions,
    changelog: "",
    was: component.versions,
  });
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    control,
    formState: { errors },
  } = useForm<Values>({ defaultValues: fresh() });
  const [versions, changelog, was] = useWatch({ control, name: ["versions", "changelog", "was"] });
  // The confirm step has no fields: the server's field messages are its message there.
  const { message, setMessage, pending, run } = useServerAction();
  const changed = KINDS.filter((k) => versions[k].trim() !== was[k]);
  const deployed = component.level === 9;
  const before = systemLevel(all);
  const after = systemLevel(all.map((c) => (c.id === component.id && deployed ? { ...c, level: 7 } : c)));
  // The form starts from the component as it is when the dialog opens (after a save the page
  // refreshes; resetting on close raced that refresh and could show the old versions).
  const openDialog = () => {
    reset(fresh());
    setStep("form");
    setMessage(null);
    setOpen(true);
  };
  const close = () => setOpen(false);
  const missing = changed.length === 0 ? "Change at least one version" : !changelog?.trim() ? "Say what changed" : null;

  return (
    <>
      <Button variant="secondary" size="sm" onClick={openDialog}>
        New version…<span className="sr-only"> of {component.name}</span>
      </Button>
      <Dialog open={open} onClose={close} title={`New version of ${component.name}`}>
        {step === "form" ? (
          <form className="flex flex-col gap-3" noValidate onSubmit={handleSubmit(() => setStep("confirm"))}>
            <div className="grid gap-3 sm:grid-cols-3">
              {KINDS.map((k) => (
                <div key={k}>
                  <Label htmlFor={`v-${k}-${component.id}`}>{k[0]!.toUpperCase() + k.slice(1)} version</Label>
                  <Input
                    id={`v-${k}-${component.id}`}
                    inputMode="decimal"
                    aria-invalid={errors.versions?.[k] ? true : undefined}
                    aria-describedby={errors.versions?.[k] ? `v-${k}-${component.id}-error` : undefined}
                    {...register(`versions.${k}`)}
                  />
                  <FieldError id={`v-${k}-${component.id}-error`} message={errors.versions?.[k]?.message} />
                </div>
              ))}
            </div>
            <div>
              <Label htmlFor={`v-log-${component.id}`}>What changed</Label>
              <Textarea
                id={`v-log-${component.id}`}
                rows={3}
                aria-invalid={errors.changelog ? true : undefined}
                aria-describedby={errors.changelog ? `v-log-${component.id}-error` : undefined}
                {...register("changelog")}
              />
              <FieldError id={`v-log-${component.id}-error`} message={errors.changelog?.message} />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button
                type="submit"
                disabled={missing !== null}
                aria-describedby={missing ? `v-missing-${component.id}` : undefined}
              >
                Review the change
              </Button>
              <Button variant="ghost" onClick={close}>
                Cancel
              </Button>
              {missing ? (
                <p id={`v-missing-${component.id}`} className="text-sm text-slate-700">
                  {missing} to continue.
                </p>
              ) : null}
            </div>
          </form>
        ) : (
          <div className="flex flex-col gap-3">
            <WhatWillHappen>
              <ul className="list-disc pl-5">
                {changed.map((k) => (
                  <li key={k}>
                    The {k} version goes from {was[k]} to {versions[k].trim()}.
                  </li>
                ))}
                {deployed ? (
                  <li>
                    <strong>{component.name} is deployed (level 9), so it moves back to level 7</strong> (embedded
                    switchback): changes to a deployed version cycle back through integration.
                    {before !== after ? ` The project's system level goes from ${before} to ${after}.` : ""}
                  </li>
                ) : null}
                {component.liveReviewId ? (
                  <li>
                    The open review of this component re-pins to the new versions: votes already cast go stale and must
                    be cast again.
                  </li>
                ) : null}
              </ul>
            </WhatWillHappen>
            <ActionMessage ref={ref} message={message} />
            <div className="flex flex-wrap gap-3">
              <Button
                disabled={pending}
                onClick={async () => {
                  const v = getValues();
                  const input = { componentId: v.componentId, versions: changedVersions(v), changelog: v.changelog };
                  const r = await run(() => bumpComponentVersionAction(input));
                  if (r.ok) {
                    close();
                    router.refresh();
                  } else ref.current?.focus();
                }}
              >
                {pending ? "Saving…" : "Confirm the new version"}
              </Button>
              <Button variant="ghost" onClick={() => setStep("form")}>
                Back
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
