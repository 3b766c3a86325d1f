"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreCardRevisionAction } from "@/lib/actions/card-actions";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
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
  const { message, pending: busy, run } = useServerAction();

  async function restore() {
    const result = await run(() => restoreCardRevisionAction({ projectId, revision, baseRevision: latestNumber }), {
      success: (d) => `Restored revision ${revision} as revision ${d?.number}.`,
    });
    if (result.ok) {
      setConfirming(false);
      router.refresh();
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
      <ActionMessage message={message} />
    </div>
  );
}
