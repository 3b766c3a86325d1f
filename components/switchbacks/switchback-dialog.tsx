"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { discoverySwitchbackAction, embeddedSwitchbackAction } from "@/lib/actions/component-actions";
import { MANUAL_EMBEDDED_PATHS } from "@/lib/domain/switchbacks";
import { systemLevel } from "@/lib/domain/system-level";
import { switchbackSchema, type SwitchbackData } from "@/lib/schemas/component";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import type { WorkflowComponent } from "./types";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

type Kind = "discovery" | "embedded";
type Values = { componentId: string; toLevel: string; reason: string };

/** The level select holds text; "" (nothing chosen) is no level at all. */
const resolver = schemaResolver(switchbackSchema, (v: Values) => ({
  ...v,
  toLevel: v.toLevel === "" ? undefined : Number(v.toLevel),
}));

/**
 * Discovery (any lower level, owners and contributors) and embedded (4 → 2, 9 → 4, owners)
 * switchbacks of one component: a form, then a confirmation that says exactly what will move.
 */
export function SwitchbackDialog({
  component,
  all,
  canDiscovery,
  canEmbedded,
}: {
  component: WorkflowComponent;
  all: WorkflowComponent[];
  canDiscovery: boolean;
  canEmbedded: boolean;
}) {
  const router = useRouter();
  const embeddedTargets = MANUAL_EMBEDDED_PATHS.filter(([f]) => f === component.level).map(([, t]) => t);
  const kinds: Kind[] = [
    ...(canDiscovery ? (["discovery"] as const) : []),
    ...(canEmbedded && embeddedTargets.length ? (["embedded"] as const) : []),
  ];
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>(kinds[0] ?? "discovery");
  const [step, setStep] = useState<"form" | "confirm">("form");
  const ref = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    setValue,
    getValues,
    control,
    formState: { errors },
  } = useForm<Values, unknown, SwitchbackData>({
    resolver,
    defaultValues: { componentId: component.id, toLevel: "", reason: "" },
  });
  const [to, reason] = useWatch({ control, name: ["toLevel", "reason"] });
  const setTo = (v: string) => setValue("toLevel", v);
  // The confirm step has no fields: the server's field messages are its message there.
  const { message, setMessage, pending, run } = useServerAction();
  if (kinds.length === 0 || component.level === 0) return null;

  const targets = kind === "embedded" ? embeddedTargets : Array.from({ length: component.level }, (_, l) => l);
  const missing = !to ? "Choose a level" : !reason?.trim() ? "Give a reason" : null;
  const toLevel = Number(to);
  const before = systemLevel(all);
  const after = systemLevel(all.map((c) => (c.id === component.id ? { ...c, level: toLevel } : c)));
  // The form starts from the component as it is when the dialog opens: after a switchback the
  // page refreshes with the new level, where another kind (or none) may apply.
  const openDialog = () => {
    const first = kinds[0] ?? "discovery";
    setKind(first);
    reset({
      componentId: component.id,
      toLevel: first === "embedded" && embeddedTargets.length === 1 ? String(embeddedTargets[0]) : "",
      reason: "",
    });
    setStep("form");
    setMessage(null);
    setOpen(true);
  };
  const close = () => setOpen(false);

  return (
    <>
      <Button variant="secondary" size="sm" onClick={openDialog}>
        Switchback…<span className="sr-only"> {component.name}</span>
      </Button>
      <Dialog open={open} onClose={close} title={`Move ${component.name} down from level ${component.level}`}>
        {component.liveReviewId ? (
          <p className="text-sm text-slate-800">
            This component is under a draft or open review. Withdraw or finish that review first: the panel must not
            judge a moving target.
          </p>
        ) : step === "form" ? (
          <form className="flex flex-col gap-3" noValidate onSubmit={handleSubmit(() => setStep("confirm"))}>
            {kinds.length > 1 ? (
              <fieldset>
                <legend className="mb-1 text-sm font-medium text-slate-800">Kind of switchback</legend>
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="sb-kind"
                    checked={kind === "discovery"}
                    onChange={() => {
                      setKind("discovery");
                      setTo("");
                    }}
                    className="size-4 accent-blue-700"
                  />
                  Discovery: a finding sends it back to any lower level
                </label>
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="sb-kind"
                    checked={kind === "embedded"}
                    onChange={() => {
                      setKind("embedded");
                      setTo(String(embeddedTargets[0]));
                    }}
                    className="size-4 accent-blue-700"
                  />
                  Embedded: the predefined path {component.level} → {embeddedTargets.join(" or ")}
                </label>
              </fieldset>
            ) : (
              <p className="text-sm text-slate-700">
                {kind === "embedded"
                  ? `Embedded switchback: the predefined path ${component.level} → ${embeddedTargets.join(" or ")}.`
                  : "Discovery switchback: a finding sends the component back to a lower level."}
              </p>
            )}
            <div>
              <Label htmlFor={`sb-to-${component.id}`}>Move to level</Label>
              <Select
                id={`sb-to-${component.id}`}
                aria-invalid={errors.toLevel ? true : undefined}
                aria-describedby={errors.toLevel ? `sb-to-${component.id}-error` : undefined}
                {...register("toLevel")}
                options={[
                  { value: "", label: "Choose a level" },
                  ...targets.map((l) => ({ value: String(l), label: `Level ${l}` })),
                ]}
              />
              <FieldError id={`sb-to-${component.id}-error`} message={errors.toLevel?.message} />
            </div>
            <div>
              <Label htmlFor={`sb-reason-${component.id}`}>Reason</Label>
              <Textarea
                id={`sb-reason-${component.id}`}
                rows={3}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={errors.reason ? `sb-reason-${component.id}-error` : undefined}
                {...register("reason")}
              />
              <FieldError id={`sb-reason-${component.id}-error`} message={errors.reason?.message} />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button
                type="submit"
                disabled={missing !== null}
                aria-describedby={missing ? `sb-missing-${component.id}` : undefined}
              >
                Review the change
              </Button>
              <Button variant="ghost" onClick={close}>
                Cancel
              </Button>
              {missing ? (
                <p id={`sb-missing-${component.id}`} className="text-sm text-slate-700">
                  {missing} to continue.
                </p>
              ) : null}
            </div>
          </form>
        ) : (
          <div className="flex flex-col gap-3">
            <WhatWillHappen>
              <ul className="list-disc pl-5">
                <li>
                  {component.name} moves from level {component.level} to level {toLevel} ({kind} switchback), recorded
                  with your reason.
                </li>
                <li>
                  {before === after
                    ? `The project's system level stays at ${after ?? "—"}.`
                    : `The project's system level goes from ${before ?? "—"} to ${after ?? "—"}.`}
                </li>
                <li>From level {toLevel} it climbs again only through gated reviews, one level at a time.</li>
              </ul>
            </WhatWillHappen>
            <ActionMessage ref={ref} message={message} />
            <div className="flex flex-wrap gap-3">
              <Button
                variant="danger"
                disabled={pending}
                onClick={async () => {
                  const input = { componentId: component.id, toLevel, reason: getValues("reason") };
                  const r = await run(() =>
                    kind === "embedded" ? embeddedSwitchbackAction(input) : discoverySwitchbackAction(input),
                  );
                  if (r.ok) {
                    close();
                    router.refresh();
                  } else ref.current?.focus();
                }}
              >
                {pending ? "Moving…" : `Confirm: move to level ${toLevel}`}
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
