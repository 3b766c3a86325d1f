import Link from "next/link";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { WebhookDetailDto, WebhookListDto } from "@/lib/dal/webhooks/read-webhooks";
import { WEBHOOK_EVENT_LABELS, type WebhookEventType } from "@/lib/domain/webhooks";
import { RedeliverButton, WebhookActions } from "./webhook-buttons";
import { WebhookCreateForm } from "./webhook-create-form";
import { WebhookEditForm } from "./webhook-edit-form";

const eventLabel = (t: string) =>
  WEBHOOK_EVENT_LABELS[t as WebhookEventType] ?? (t === "webhook.test" ? "Test event" : t);
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};
const when = (d: Date) => (
  <time dateTime={d.toISOString()}>
    {formatDate(d)} {d.toISOString().slice(11, 19)} UTC
  </time>
);

/** The webhooks of a scope (organisation or project) and the form to add one. */
export function WebhookListView({ list, basePath }: { list: WebhookListDto; basePath: string }) {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Webhooks{list.scope.slug ? ` of ${list.scope.name}` : ""}</h1>
        <p className="mt-1 max-w-prose text-slate-700">
          {list.scope.slug
            ? "Tell other systems and chat channels when something changes in this project."
            : "Endpoints that get the events of every project."}{" "}
          Webhooks are signed (Standard Webhooks); delivery is retried with backoff, and an endpoint failing for days is
          disabled and its owners told.
        </p>
      </div>
      <section aria-labelledby="endpoints-heading" className="space-y-2">
        <h2 id="endpoints-heading" className="text-lg font-semibold text-slate-900">
          Endpoints
        </h2>
        {list.endpoints.length === 0 ? (
          <p className="text-slate-700">None yet.</p>
        ) : (
          <ul className="space-y-2">
            {list.endpoints.map((e) => (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <Link href={`${basePath}/${e.id}`} className="font-semibold break-all text-blue-700 underline">
                  {hostOf(e.url)}
                </Link>{" "}
                <Badge tone={e.enabled ? "green" : "red"}>{e.enabled ? "enabled" : "disabled"}</Badge>{" "}
                <Badge tone="neutral">{e.kind === "chat" ? "chat" : "signed"}</Badge>
                <p className="mt-1 text-slate-700">
                  {e.description ? `${e.description} · ` : ""}
                  {e.events.length} {plural(e.events.length, "event")}
                  {e.lastDelivery ? ` · last delivery ${e.lastDelivery.status}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card title="Add a webhook or chat channel">
        <WebhookCreateForm projectId={list.scope.projectId} />
      </Card>
    </div>
  );
}

/** One endpoint: its settings, test and rotation, and the delivery log with "redeliver". */
export function WebhookDetailView({ detail, backHref }: { detail: WebhookDetailDto; backHref: string }) {
  const e = detail.endpoint;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={backHref} className="text-blue-700 underline-offset-2 hover:underline">
          ← Webhooks{detail.slug ? ` of ${detail.name}` : ""}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold break-all text-slate-900">{hostOf(e.url)}</h1>
      {!e.enabled && e.disabledReason ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          Disabled: {e.disabledReason}
        </p>
      ) : null}
      {e.rotatingUntil ? (
        <p className="text-sm text-slate-700">The previous secret signs too until {when(e.rotatingUntil)}.</p>
      ) : null}
      <Card title="Settings">
        <WebhookEditForm endpoint={e} />
      </Card>
      <Card title="Test and secret">
        <WebhookActions webhookId={e.id} signed={e.kind === "webhook"} />
      </Card>
      <section aria-labelledby="log-heading" className="space-y-2">
        <h2 id="log-heading" className="text-lg font-semibold text-slate-900">
          Delivery log
        </h2>
        {detail.deliveries.length === 0 ? <p className="text-slate-700">Nothing sent yet.</p> : null}
        <ol className="space-y-2" aria-label="Deliveries, newest first">
          {detail.deliveries.map((d) => {
            const last = d.log[0];
            return (
              <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="delivery">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p>
                    <span className="font-semibold">{eventLabel(d.eventType)}</span>{" "}
                    <Badge tone={d.status === "delivered" ? "green" : d.status === "failed" ? "red" : "amber"}>
                      {d.status}
                    </Badge>{" "}
                    {d.attempts} {plural(d.attempts, "attempt")}
                    {last ? (
                      <>
                        {" "}
                        · last answer {last.responseStatus ?? "none"} in {last.durationMs} ms
                      </>
                    ) : null}{" "}
                    · <time dateTime={isoDate(d.createdAt)}>{formatDate(d.createdAt)}</time>
                  </p>
                  {d.status !== "pending" ? (
                    <RedeliverButton deliveryId={d.id} label={eventLabel(d.eventType)} />
                  ) : null}
                </div>
                {d.log.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-blue-700">Attempts, request and response</summary>
                    <ol className="mt-2 space-y-2">
                      {d.log.map((a) => (
                        <li key={a.attempt} className="border-t border-slate-200 pt-2">
                          <p>
                            Attempt {a.attempt} at {when(a.at)}: {a.responseStatus ?? "no answer"} in {a.durationMs} ms
                            {a.error ? ` — ${a.error}` : ""}
                          </p>
                          <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">
                            {Object.entries(a.requestHeaders)
                              .map(([k, v]) => `${k}: ${v}`)
                              .join("\n")}
                            {"\n\n"}
                            {a.requestBody}
                          </pre>
                          {a.responseBody ? (
                            <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">
                              {a.responseBody}
                            </pre>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
