"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { archiveComponentAction } from "@/lib/actions/component-import-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Archive with a reason; the component stays visible but no longer sets the system level. */
export function ArchiveComponentForm({ componentId, name }: { componentId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const id = `archive-${componentId}`;

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
      const result = await archiveComponentAction({ componentId, reason });
      if (result.ok) {
        setMessage({ tone: "success", text: `Archived ${name}.` });
        router.refresh();
      } else {
        setError(result.fieldErrors?.reason);
        setMessage({ tone: "error", text: result.message ?? "The component could not be archived." });
      }
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={`Archive ${name}`}>
      <div>
        <Label htmlFor={`${id}-reason`}>Why archive it?</Label>
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
        <Button type="submit" variant="danger" size="sm" disabled={busy}>
          {busy ? "Archiving…" : `Archive ${name}`}
        </Button>
      </div>
    </form>
  );
}
