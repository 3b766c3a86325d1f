"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { withdrawComponentClaimAction } from "@/lib/actions/component-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The owner withdraws a claimed level, with a reason; the component then proceeds from level 0. */
export function WithdrawClaimForm({ componentId, name }: { componentId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const id = `withdraw-claim-${componentId}`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    setMessage(null);
    if (!reason.trim()) {
      setError("Enter a reason.");
      return;
    }
    setBusy(true);
    try {
      const result = await withdrawComponentClaimAction({ componentId, reason });
      if (result.ok) {
        setMessage({ tone: "success", text: `Withdrew the claim of ${name}; it proceeds from level 0.` });
        router.refresh();
      } else {
        setError(result.fieldErrors?.reason);
        setMessage({ tone: "error", text: result.message ?? "The claim could not be withdrawn." });
      }
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={`Withdraw the claim of ${name}`}>
      <div>
        <Label htmlFor={`${id}-reason`}>Why withdraw the claim?</Label>
        <Input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-reason-error` : undefined}
        />
        <FieldError id={`${id}-reason-error`} message={error} />
      </div>
      <FormMessage message={message} />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={busy}>
          {busy ? "Withdrawing…" : "Withdraw the claim"}
        </Button>
      </div>
    </form>
  );
}
