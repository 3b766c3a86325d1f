"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { createWebhookAction } from "@/lib/actions/webhook-actions";
import { createWebhookSchema, type CreateWebhookInput } from "@/lib/schemas/webhooks";
import { SecretOnce, WebhookFields } from "./webhook-fields";

const KINDS = [
  { value: "webhook", label: "Webhook (signed JSON)" },
  { value: "chat", label: "Chat channel (Slack or Teams incoming webhook)" },
];

export function WebhookCreateForm({ projectId }: { projectId: string | null }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateWebhookInput>({
    resolver: zodResolver(createWebhookSchema),
    defaultValues: { projectId, kind: "webhook", url: "", description: "", events: [] },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => createWebhookAction(values), {
      success: (data) => (data?.secret ? "Webhook added." : "Chat channel added."),
    });
    if (result.ok) {
      setSecret(result.data?.secret ?? null);
      reset({ projectId, kind: values.kind, url: "", description: "", events: [] });
      router.refresh();
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Add a webhook">
      <div className="space-y-1">
        <Label htmlFor="new-webhook-kind">Kind</Label>
        <Select id="new-webhook-kind" options={KINDS} {...register("kind")} />
      </div>
      <WebhookFields register={register} errors={errors} idPrefix="new-webhook" />
      <ActionMessage message={message} />
      {secret ? <SecretOnce secret={secret} /> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add webhook"}
      </Button>
    </form>
  );
}
