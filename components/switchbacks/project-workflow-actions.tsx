import Link from "next/link";
import type { ProjectWorkflowDto } from "@/lib/dal/projects/read-workflow";
import { buttonClasses } from "@/components/ui/button";
import { LevelPill } from "@/components/shared/level-pill";
import { ProjectStatusDialog } from "./project-status-dialog";
import { SwitchbackDialog } from "./switchback-dialog";
import { VersionBumpDialog } from "./version-bump-dialog";

/** The project page's workflow bar: request a review, pause/resume, timeline, per-component moves. */
export function ProjectWorkflowActions({ workflow }: { workflow: ProjectWorkflowDto }) {
  const can = (a: (typeof workflow.allowed)[number]) => workflow.allowed.includes(a);
  const active = workflow.components.filter((c) => c.status === "active");
  // "Request a review" leads to the open review while every active component is under one.
  const free = active.filter((c) => !c.liveReviewId);
  const openReviews = workflow.openReviews;
  const perComponent = can("discovery_switchback") || can("embedded_switchback") || can("bump_version");
  return (
    <section aria-labelledby="workflow-heading" className="flex flex-col gap-3">
      <h2 id="workflow-heading" className="sr-only">
        Project actions
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        {openReviews.map((r) => (
          <Link key={r.id} href={`/reviews/${r.id}`} className={buttonClasses()}>
            Go to the open level {r.level} review
          </Link>
        ))}
        {can("open_review") && (free.length > 0 || active.length === 0) ? (
          <Link
            href={`/projects/${workflow.slug}/reviews/new`}
            className={buttonClasses({ variant: openReviews.length > 0 ? "secondary" : undefined })}
          >
            {openReviews.length > 0 ? "Request a review of other components" : "Request a review"}
          </Link>
        ) : null}
        {(can("open_review") ? workflow.drafts : []).map((d) => (
          <Link key={d.id} href={`/reviews/${d.id}/edit`} className={buttonClasses({ variant: "secondary" })}>
            Continue the level {d.level} draft
          </Link>
        ))}
        <Link href={`/projects/${workflow.slug}/timeline`} className={buttonClasses({ variant: "secondary" })}>
          Timeline
        </Link>
        {can("manage_project") ? (
          <Link href={`/projects/${workflow.slug}/edit`} className={buttonClasses({ variant: "secondary" })}>
            Edit project
          </Link>
        ) : null}
        {workflow.canManageWebhooks ? (
          <Link href={`/projects/${workflow.slug}/webhooks`} className={buttonClasses({ variant: "secondary" })}>
            Webhooks
          </Link>
        ) : null}
        {can("pause_project") ? (
          <ProjectStatusDialog projectId={workflow.projectId} name={workflow.name} to="paused" />
        ) : null}
        {can("resume_project") ? (
          <ProjectStatusDialog projectId={workflow.projectId} name={workflow.name} to="active" />
        ) : null}
      </div>
      {workflow.status === "paused" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This project is paused: no review can open until it is resumed.
        </p>
      ) : null}
      {perComponent && active.length > 0 ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Switchbacks and new versions</summary>
          <ul className="mt-2 flex flex-col divide-y divide-slate-200">
            {active.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <LevelPill level={c.level} />
                <span className="font-medium text-slate-900">{c.name}</span>
                <span className="font-mono text-xs text-slate-600">
                  {c.versions.code}/{c.versions.model}/{c.versions.data}
                </span>
                <span className="ml-auto flex flex-wrap gap-2">
                  <SwitchbackDialog
                    component={c}
                    all={active}
                    canDiscovery={can("discovery_switchback")}
                    canEmbedded={can("embedded_switchback")}
                  />
                  {can("bump_version") ? <VersionBumpDialog component={c} all={active} /> : null}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
