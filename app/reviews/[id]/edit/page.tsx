import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Forbidden } from "@/components/app-shell/forbidden";
import { LevelPill } from "@/components/projects/level-pill";
import { ChairConfirmation } from "@/components/reviews/chair-confirmation";
import { DraftEditor } from "@/components/reviews/draft/draft-editor";
import { PreviousTasks } from "@/components/reviews/task-list";
import { getChairConfirmation } from "@/lib/dal/review-chair-confirmation-reads";
import { getDraftEditor } from "@/lib/dal/review-draft-reads";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const d = await getDraftEditor({ reviewId: id });
  return { title: d ? `Draft level ${d.level} review — ${d.project.name}` : "Review not found" };
}

export default async function EditDraftPage({ params }: Props) {
  const { id } = await params;
  const draft = await getDraftEditor({ reviewId: id });
  if (!draft) notFound();
  if (draft.status !== "draft") redirect(`/reviews/${draft.id}`);
  const chairConfirmation = await getChairConfirmation({ reviewId: draft.id });
  if (!draft.allowed.includes("open_review") && !draft.allowed.includes("submit_review")) {
    return <Forbidden reason="Only the project's owners and contributors, or an admin, can edit a draft review." />;
  }
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${draft.project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">← {draft.project.name}</Link>
      </nav>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold text-slate-900">Request the level {draft.level} review</h1>
          <LevelPill level={draft.level} detail />
        </div>
        <p className="max-w-prose text-sm text-slate-700">
          {draft.project.name} ({draft.project.label}) · draft. Graduation moves the chosen components from level {draft.level} ({draft.levelName}) to level {draft.level + 1}.
          Your answers are saved with the draft; nobody is notified until you submit.
        </p>
      </header>
      <PreviousTasks previous={draft.previousTasks} level={draft.level} />
      {chairConfirmation ? <ChairConfirmation c={chairConfirmation} /> : null}
      <DraftEditor draft={draft} />
    </div>
  );
}
