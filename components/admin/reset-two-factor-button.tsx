"use client";

import { Button } from "@/components/ui/button";
import { resetUserTwoFactorAction } from "@/lib/actions/user-two-factor-actions";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

/** For a user who lost both their phone and their recovery codes; confirm first, it cannot be undone. */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const { message, pending: busy, run } = useServerAction();
  async function onClick() {
    if (
      !window.confirm(
        `Turn off two-factor authentication for ${name}? Do this only after checking who is asking. Their sessions end.`,
      )
    )
      return;
    await run(() => resetUserTwoFactorAction({ userId }), {
      success: () => `Two-factor authentication of ${name} was turned off; they were signed out.`,
    });
  }
  return (
    <div className="space-y-2">
      <ActionMessage message={message} />
      <Button size="sm" variant="secondary" disabled={busy} onClick={onClick}>
        {busy ? "Resetting…" : "Reset two-factor"}
      </Button>
    </div>
  );
}
