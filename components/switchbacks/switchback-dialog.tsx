"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { discoverySwitchbackAction, embeddedSwitchbackAction } from "@/lib/actions/component-actions";
import { MANUAL_EMBEDDED_PATHS } from "@/lib/domain/switchbacks";
import { systemLevel } from "@/lib/domain/system-level";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import type { WorkflowComponent } from "./types";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

type Kind = "discovery" | "embedded";

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
  const [to, setTo] = useState("");
  const [reason, setReason] = useState("");
  const [step, setStep] = useState<"form" | "confirm">("form");
  const ref = useRef<HTMLDivElement>(null);
  const { message, setMessage, pending, run } = useServerAction();
  if (kinds.length === 0 || component.level === 0) return null;

  const targets = kind === "embedded" ? embeddedTargets : Array.from({ length: component.level }, (_, l) => l);
  const missing = to === "" ? "Choose a level" : !reason.trim() ? "Give a reason" : null;
  const toLevel = Number(to);
  const before = systemLevel(all);
  const after = systemLevel(all.map((c) => (c.id === component.id ? { ...c, level: toLevel } : c)));
  // The form starts from the component as it is when the dialog opens: after a switchback the
  // page refreshes with the new level, where another kind (or none) may apply.
  const openDialog = () => {
    const first = kinds[0] ?? "discovery";
    setKind(first);
    setTo(first === "embedded" && embeddedTargets.length === 1 ? String(embeddedTargets[0]) : "");
    setReason("");
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
          <form
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (to !== "" && reason.trim()) setStep("confirm");
            }}
          >
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
                value={to}
                onChange={(e) => setTo(e.target.value)}
                options={[
                  { value: "", label: "Choose a level" },
                  ...targets.map((l) => ({ value: String(l), label: `Level ${l}` })),
                ]}
              />
            </div>
            <div>
              <Label htmlFor={`sb-reason-${component.id}`}>Reason</Label>
              <Textarea
                id={`sb-reason-${component.id}`}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
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
                  const input = { componentId: component.id, toLevel, reason };
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
