"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreCardRevisionAction } from "@/lib/actions/card-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";

/** Restore an earlier revision as a new one, after a confirmation step. */
export function RestoreButton({
  projectId,
  revision,
  latestNumber,
}: {
  projectId: string;
  revision: number;
  latestNumber: number;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function restore() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await restoreCardRevisionAction({ projectId, revision, baseRevision: latestNumber });
      if (result.ok) {
        setMessage({ tone: "success", text: `Restored revision ${revision} as revision ${result.data?.number}.` });
        setConfirming(false);
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.message ?? "The revision could not be restored." });
      }
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {confirming ? (
        <div
          className="flex flex-wrap items-center gap-2"
          role="group"
          aria-label={`Confirm restoring revision ${revision}`}
        >
          <span className="text-sm text-slate-800">
            Write revision {revision} again as revision {latestNumber + 1}?
          </span>
          <Button size="sm" onClick={restore} disabled={busy}>
            {busy ? "Restoring…" : `Yes, restore revision ${revision}`}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          Restore revision {revision}
        </Button>
      )}
      <FormMessage message={message} />
    </div>
  );
}
