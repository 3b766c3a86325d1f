import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { WebhookDetailView } from "@/components/webhooks/webhook-views";
import { getWebhook } from "@/lib/dal/webhooks/read-webhooks";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Webhook" };

export default async function AdminWebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await safeParams(params);
  const detail = await getWebhook(null, id);
  if (detail === "forbidden") forbidden();
  if (detail === "missing") notFound();
  return <WebhookDetailView detail={detail} backHref="/admin/webhooks" />;
}
