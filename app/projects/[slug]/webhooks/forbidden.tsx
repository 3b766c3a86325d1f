import { Forbidden } from "@/components/app-shell/forbidden";

/** 403 for a project's webhooks (and a webhook's page): the webhook rule's own sentence, not the project-edit one. */
export default function WebhooksForbidden() {
  return <Forbidden reason="Only a project owner (for the project) or an admin can manage webhooks." />;
}
