import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelPill } from "@/components/shared/level-pill";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineTables } from "@/components/timeline/timeline-tables";
import { getTimeline } from "@/lib/dal/projects/read-timeline";
import { getEvidenceHistory } from "@/lib/dal/evidence/read-evidence-history";
import { EvidenceHistory } from "@/components/evidence/evidence-history";
import { getAlertHistory } from "@/lib/dal/monitoring/read-alert-history";
import { AlertHistoryTable } from "@/components/monitoring/alert-history-table";
import { ProjectGateBanner } from "../gate-banner";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await safeParams(params);
  const t = await getTimeline({ slug, now: new Date() });
  return { title: t ? `Timeline — ${t.project.name}` : "Project not found" };
}

export default async function TimelinePage({ params }: Props) {
  const { slug } = await safeParams(params);
  const timeline = await getTimeline({ slug, now: new Date() });
  if (!timeline) notFound();
  const { project } = timeline;
  const [evidence, alertHistory] = await Promise.all([
    getEvidenceHistory({ slug }),
    getAlertHistory({ projectId: project.id }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
          ← {project.name}
        </Link>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900">Timeline of {project.name}</h1>
        <span className="text-sm text-slate-700">System level</span>
        <LevelPill level={project.systemLevel} detail />
      </header>
      <ProjectGateBanner slug={project.slug} />
      <figure className="flex flex-col gap-2 overflow-hidden rounded-lg border border-slate-200 bg-white p-3">
        <figcaption className="text-sm text-slate-700">
          Level of each component over time (step lines). Triangles up are graduations, triangles down switchbacks,
          circles starts; diamonds are reviews, drawn at the gate they judged when they closed. The tables below list
          the same events.
        </figcaption>
        <TimelineChart timeline={timeline} />
      </figure>
      <TimelineTables timeline={timeline} />
      <EvidenceHistory events={evidence} />
      <AlertHistoryTable rows={alertHistory} />
    </div>
  );
}
