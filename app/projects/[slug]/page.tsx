import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getProjectBySlug } from "@/lib/dal/projects/read-detail";
import { ProjectGateBanner } from "./gate-banner";
import { getProjectWorkflow } from "@/lib/dal/projects/read-workflow";
import { getProjectAlerts } from "@/lib/dal/monitoring/read-alerts";
import { AlertsSection } from "@/components/monitoring/alerts-section";
import { ProjectWorkflowActions } from "@/components/switchbacks/project-workflow-actions";
import { CardView } from "@/components/card/card-view";
import { ProjectSubnav } from "@/components/card/project-subnav";
import { ComponentsTable } from "@/components/projects/components-table";
import { ProjectHeader } from "@/components/projects/project-header";
import { ReviewsTable } from "@/components/projects/reviews-table";
import { RisksSummary } from "@/components/projects/risks-summary";
import { Section } from "@/components/projects/section";
import { TransitionsList } from "@/components/projects/transitions-list";
import { safeParams } from "@/lib/route-params";
import { getReadinessPanel } from "@/lib/dal/evidence/read-readiness";
import { ReadinessPanel } from "@/components/evidence/readiness-panel";
import { getLiveReviews } from "@/lib/dal/reviews/read-live-reviews";
import { LiveReviews } from "@/components/projects/live-reviews";

/*
 * No loading.tsx here or in app/projects on purpose: a Suspense fallback starts the stream with
 * status 200, and an unknown slug must answer a real 404. The page is one query; it needs none.
 */
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await safeParams(params);
  const project = await getProjectBySlug({ slug });
  return { title: project ? `${project.name} (${project.projectId})` : "Project not found" };
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const project = await getProjectBySlug({ slug });
  if (!project) notFound();
  const now = new Date();
  const [workflow, readiness, alerts, liveReviews] = await Promise.all([
    getProjectWorkflow({ slug }),
    getReadinessPanel(slug),
    getProjectAlerts({ slug }),
    getLiveReviews({ slug, now }),
  ]);
  const cardId = project.card ? `${project.projectId}.${project.card.number}` : project.projectId;

  return (
    <div className="flex flex-col gap-8">
      <ProjectHeader project={project} now={now} />
      <ProjectGateBanner slug={project.slug} />
      <LiveReviews reviews={liveReviews} />
      <ProjectSubnav slug={project.slug} current="overview" />
      {workflow ? <ProjectWorkflowActions workflow={workflow} /> : null}

      {readiness ? (
        <Section id="readiness" title="Readiness">
          <ReadinessPanel panel={readiness} now={now} />
        </Section>
      ) : null}

      <Section id="components" title="Components">
        <ComponentsTable components={project.components} now={now} />
      </Section>

      {alerts && (alerts.deployed.length > 0 || alerts.alerts.length > 0) ? (
        <Section id="monitoring" title="Monitoring (level 9)">
          <AlertsSection data={alerts} now={now} />
        </Section>
      ) : null}

      <Section id="card" title={`TRL Card ${cardId}`}>
        <CardView
          card={project.card}
          summary={{
            projectName: project.name,
            cardId,
            level: project.systemLevel,
            owners: project.owners.map((o) => o.name),
            reviewers: project.reviewers,
            projectPath: `/projects/${project.slug}`,
          }}
        />
      </Section>

      <Section id="requirements" title="Requirements and risks">
        <RisksSummary count={project.requirementCount} risks={project.topRisks} />
      </Section>

      <Section id="transitions" title="Recent level changes">
        <TransitionsList transitions={project.transitions} now={now} />
      </Section>

      <Section id="reviews" title="Reviews">
        <ReviewsTable reviews={project.reviews} />
      </Section>
    </div>
  );
}
