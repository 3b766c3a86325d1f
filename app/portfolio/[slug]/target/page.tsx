import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LevelPill } from "@/components/shared/level-pill";
import { TargetForm } from "@/components/portfolio/target-form";
import { TargetRuleNote } from "@/components/portfolio/target-rule-note";
import { getTargetContext } from "@/lib/dal/projects/targets";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Set target" };

type Props = { params: Promise<{ slug: string }> };

export default async function TargetPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const project = await getTargetContext({ slug });
  if (!project) notFound();
  if (!project.canSet) forbidden();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/portfolio" className="text-blue-700 underline-offset-2 hover:underline">
          ← Portfolio
        </Link>
      </nav>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900">Target for {project.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <span className="font-mono">{project.projectId}</span> · now at <LevelPill level={project.systemLevel} />
        </p>
      </div>
      <TargetForm
        projectId={project.id}
        currentLevel={project.systemLevel}
        targetLevel={project.targetLevel}
        targetDate={project.targetDate ? project.targetDate.toISOString().slice(0, 10) : null}
      />
      <TargetRuleNote />
    </div>
  );
}
