"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { withdrawReviewAction } from "@/lib/actions/review-actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

/** Withdraw a draft or open review: it is kept, marked withdrawn, and frees its components. */
export function WithdrawReview({ reviewId, status }: { reviewId: string; status: "draft" | "open" }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const ref = useRef<HTMLDivElement>(null);
  const { message, pending, run } = useServerAction();
  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Withdraw this {status === "draft" ? "draft" : "review"}…
        </Button>
      </div>
    );
  }
  return (
    <div className="flex max-w-xl flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-4">
      <p className="text-sm text-red-900">
        Withdrawing keeps the review, marked withdrawn;{" "}
        {status === "open" ? "its votes no longer count and the panel is told." : "nobody was notified yet."} Its
        components can then go into a new review.
      </p>
      <Label htmlFor={`withdraw-${reviewId}`}>Reason (optional)</Label>
      <Textarea
        id={`withdraw-${reviewId}`}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
      />
      <ActionMessage ref={ref} message={message} />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="danger"
          disabled={pending}
          onClick={async () => {
            const r = await run(() => withdrawReviewAction({ reviewId, reason }), {
              success: () => "The review was withdrawn.",
            });
            ref.current?.focus();
            if (r.ok) router.refresh();
          }}
        >
          {pending ? "Withdrawing…" : "Confirm withdrawal"}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
