import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { WebhookDetailView } from "@/components/webhooks/webhook-views";
import { getWebhook } from "@/lib/dal/webhooks/read-webhooks";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Project webhook" };

export default async function ProjectWebhookPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await safeParams(params);
  const detail = await getWebhook(slug, id);
  if (detail === "forbidden") forbidden();
  if (detail === "missing") notFound();
  return <WebhookDetailView detail={detail} backHref={`/projects/${slug}/webhooks`} />;
}
