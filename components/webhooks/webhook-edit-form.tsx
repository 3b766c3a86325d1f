"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { updateWebhookAction } from "@/lib/actions/webhook-actions";
import type { WebhookSummaryDto } from "@/lib/dal/webhooks/read-webhooks";
import { updateWebhookSchema, type UpdateWebhookInput } from "@/lib/schemas/webhooks";
import { WebhookFields } from "./webhook-fields";

export function WebhookEditForm({ endpoint }: { endpoint: WebhookSummaryDto }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<UpdateWebhookInput>({
    resolver: zodResolver(updateWebhookSchema),
    defaultValues: {
      webhookId: endpoint.id,
      version: endpoint.version,
      url: endpoint.url,
      description: endpoint.description,
      events: endpoint.events as UpdateWebhookInput["events"],
      enabled: endpoint.enabled,
    },
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => updateWebhookAction(values), { success: () => "Saved." });
    if (result.ok) router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Edit the webhook">
      <WebhookFields register={register} errors={errors} idPrefix="edit-webhook" />
      <div className="flex items-center gap-2">
        <input id="edit-webhook-enabled" type="checkbox" className="size-4" {...register("enabled")} />
        <label htmlFor="edit-webhook-enabled" className="text-sm font-medium text-slate-900">
          Enabled
        </label>
      </div>
      <ActionMessage message={message} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save webhook"}
      </Button>
    </form>
  );
}
