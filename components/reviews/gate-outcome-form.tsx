"use client";

import { useState } from "react";
import { holdProjectAtGateAction, stopProjectAtGateAction } from "@/lib/actions/gate-outcome-actions";
import type { GateOutcomeKind } from "@/lib/domain/gate-outcome";
import { Button } from "@/components/ui/button";
import { ReasonConfirmDialog } from "@/components/switchbacks/reason-confirm-dialog";

const LABELS: Record<GateOutcomeKind, string> = { hold: "Hold the project", stop: "Stop the project" };

/** Stage-Gate's hold and kill at this review's gate, by a manager or an admin, with a reason, confirmed first. */
export function GateOutcomeForm({
  projectId,
  reviewId,
  name,
  level,
  paused,
}: {
  projectId: string;
  reviewId: string;
  name: string;
  level: number;
  /** Already paused: only a stop is left to decide. */
  paused: boolean;
}) {
  const [outcome, setOutcome] = useState<GateOutcomeKind | null>(null);
  const label = LABELS[outcome ?? "hold"];
  return (
    <section aria-labelledby={`gate-title-${reviewId}`} className="flex flex-col gap-2">
      <h3 id={`gate-title-${reviewId}`} className="text-base font-semibold text-slate-900">
        Gate outcome (managers)
      </h3>
      <p className="text-sm text-slate-700">
        Besides graduate and return, the portfolio can put {name} on hold at this L{level} gate or stop it.
      </p>
      <div className="flex flex-wrap gap-3">
        {paused ? null : (
          <Button variant="secondary" onClick={() => setOutcome("hold")}>
            {LABELS.hold}…
          </Button>
        )}
        <Button variant="danger" onClick={() => setOutcome("stop")}>
          {LABELS.stop}…
        </Button>
      </div>
      <ReasonConfirmDialog
        open={outcome !== null}
        onClose={() => setOutcome(null)}
        title={`${label} at the L${level} gate: ${name}`}
        idPrefix={`gate-${reviewId}`}
        danger={outcome === "stop"}
        whatWillHappen={
          outcome === "stop"
            ? `${name} is stopped for good: its draft and open reviews are withdrawn, nothing in it can change any more, and it leaves the portfolio. Its history stays readable. Owners and the panel are told.`
            : `${name} is on hold: no review can open until a manager or an admin resumes it. Owners and the panel are told.`
        }
        confirmLabel={`Confirm: ${label.toLowerCase()}`}
        action={(reason) =>
          outcome === "stop"
            ? stopProjectAtGateAction({ projectId, reviewId, reason })
            : holdProjectAtGateAction({ projectId, reviewId, reason })
        }
      />
    </section>
  );
}
