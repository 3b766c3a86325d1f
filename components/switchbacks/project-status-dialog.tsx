"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { pauseProjectAction, resumeProjectAction } from "@/lib/actions/project-actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Dialog, WhatWillHappen } from "./confirm-dialog";

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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const ref = useRef<HTMLDivElement>(null);
  const { message, setMessage, pending, run } = useServerAction();
  const label = to === "paused" ? "Pause the project" : "Resume the project";
  const close = () => {
    setOpen(false);
    setReason("");
    setMessage(null);
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}…
      </Button>
      <Dialog open={open} onClose={close} title={`${label}: ${name}`}>
        <form
          className="flex flex-col gap-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const input = { projectId, reason };
            const r = await run(() => (to === "paused" ? pauseProjectAction(input) : resumeProjectAction(input)));
            if (r.ok) {
              close();
              router.refresh();
            } else ref.current?.focus();
          }}
        >
          <WhatWillHappen>
            <p>
              {to === "paused"
                ? `${name} is paused: no review can open until an owner or admin resumes it. Open reviews stay as they are.`
                : `${name} is active again: reviews can be requested.`}
            </p>
          </WhatWillHappen>
          <div>
            <Label htmlFor={`status-reason-${projectId}`}>Reason</Label>
            <Textarea
              id={`status-reason-${projectId}`}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <ActionMessage ref={ref} message={message} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending || !reason.trim()}>
              {pending ? "Saving…" : `Confirm: ${label.toLowerCase()}`}
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
