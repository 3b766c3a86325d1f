import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { WebhookListView } from "@/components/webhooks/webhook-views";
import { listWebhooks } from "@/lib/dal/webhooks/read-webhooks";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Project webhooks" };

export default async function ProjectWebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await safeParams(params);
  const list = await listWebhooks(slug);
  if (list === "missing") notFound();
  if (list === "forbidden") forbidden();
  return <WebhookListView list={list} basePath={`/projects/${slug}/webhooks`} />;
}
