"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import {
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
} from "@/lib/actions/webhook-actions";
import { SecretOnce } from "./webhook-fields";

/** "Send a test event" and, for signed webhooks, "Rotate the secret". */
export function WebhookActions({ webhookId, signed }: { webhookId: string; signed: boolean }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const test = useServerAction();
  const rotate = useServerAction();
  async function sendTest() {
    const r = await test.run(() => sendTestWebhookAction({ webhookId }), {
      success: () => "Test event queued: it appears in the delivery log below once sent (reload to see it).",
    });
    if (r.ok) router.refresh();
  }
  async function rotateSecret() {
    if (!window.confirm("Make a new signing secret? The old one keeps signing for 24 hours, next to the new one."))
      return;
    const r = await rotate.run(() => rotateWebhookSecretAction({ webhookId }), { success: () => "New secret made." });
    if (r.ok) setSecret(r.data?.secret ?? null);
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" disabled={test.pending} onClick={sendTest}>
          {test.pending ? "Sending…" : "Send a test event"}
        </Button>
        {signed ? (
          <Button variant="secondary" size="sm" disabled={rotate.pending} onClick={rotateSecret}>
            {rotate.pending ? "Rotating…" : "Rotate the secret"}
          </Button>
        ) : null}
      </div>
      <ActionMessage message={test.message} />
      <ActionMessage message={rotate.message} />
      {secret ? <SecretOnce secret={secret} /> : null}
    </div>
  );
}

export function RedeliverButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const router = useRouter();
  const { message, pending, run } = useServerAction();
  async function onClick() {
    const r = await run(() => redeliverWebhookAction({ deliveryId }), { success: () => "Queued again." });
    if (r.ok) router.refresh();
  }
  return (
    <div className="space-y-1">
      <Button size="sm" variant="ghost" disabled={pending} onClick={onClick} aria-label={`Redeliver ${label}`}>
        {pending ? "Queuing…" : "Redeliver"}
      </Button>
      <ActionMessage message={message} />
    </div>
  );
}
