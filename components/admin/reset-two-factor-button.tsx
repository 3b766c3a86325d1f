"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { resetUserTwoFactorAction } from "@/lib/actions/user-two-factor-actions";
import { FormMessage } from "./form-message";

/** For a user who lost both their phone and their recovery codes; confirm first, it cannot be undone. */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    if (
      !window.confirm(
        `Turn off two-factor authentication for ${name}? Do this only after checking who is asking. Their sessions end.`,
      )
    )
      return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await resetUserTwoFactorAction({ userId });
      setMessage(
        result.ok
          ? { tone: "success", text: `Two-factor authentication of ${name} was turned off; they were signed out.` }
          : { tone: "error", text: result.message ?? "Could not reset." },
      );
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    }
    setBusy(false);
  }
  return (
    <div className="space-y-2">
      <FormMessage message={message} />
      <Button size="sm" variant="secondary" disabled={busy} onClick={onClick}>
        {busy ? "Resetting…" : "Reset two-factor"}
      </Button>
    </div>
  );
}
