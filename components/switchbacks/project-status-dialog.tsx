"use client";

import { useState } from "react";
import { pauseProjectAction, resumeProjectAction } from "@/lib/actions/project-actions";
import { Button } from "@/components/ui/button";
import { ReasonConfirmDialog } from "./reason-confirm-dialog";

/** Pause (no review can open) or resume a project, with a reason, confirmed first. */
export function ProjectStatusDialog({
  projectId,
  name,
  to,
}: {
  projectId: string;
  name: string;
  to: "paused" | "active";
}) {
  const [open, setOpen] = useState(false);
  const label = to === "paused" ? "Pause the project" : "Resume the project";
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}…
      </Button>
      <ReasonConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${label}: ${name}`}
        idPrefix={`status-${projectId}`}
        rows={2}
        whatWillHappen={
          to === "paused"
            ? `${name} is paused: no review can open until an owner or admin resumes it. Open reviews stay as they are.`
            : `${name} is active again: reviews can be requested.`
        }
        confirmLabel={`Confirm: ${label.toLowerCase()}`}
        action={(reason) =>
          to === "paused" ? pauseProjectAction({ projectId, reason }) : resumeProjectAction({ projectId, reason })
        }
      />
    </>
  );
}
