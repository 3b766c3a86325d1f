import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { WebhookListView } from "@/components/webhooks/webhook-views";
import { listWebhooks } from "@/lib/dal/webhooks/read-webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function AdminWebhooksPage() {
  const list = await listWebhooks(null);
  if (typeof list === "string") forbidden();
  return <WebhookListView list={list} basePath="/admin/webhooks" />;
}
