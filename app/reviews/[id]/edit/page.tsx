import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LevelPill } from "@/components/shared/level-pill";
import { ChairConfirmation } from "@/components/reviews/chair-confirmation";
import { CarriedItems } from "@/components/reviews/draft/carried-items";
import { DraftEditor } from "@/components/reviews/draft/draft-editor";
import { PreviousTasks } from "@/components/reviews/task-list";
import { getChairConfirmation } from "@/lib/dal/reviews/read-chair-confirmation";
import { getCarried } from "@/lib/dal/reviews/read-carried";
import { getDraftEditor } from "@/lib/dal/reviews/read-draft-editor";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await safeParams(params);
  const d = await getDraftEditor({ reviewId: id });
  if (!d) return { title: "Review not found" };
  return {
    title:
      d.kind === "entry"
        ? `Draft entry review at level ${d.level} — ${d.project.name}`
        : `Draft level ${d.level} review — ${d.project.name}`,
  };
}

export default async function EditDraftPage({ params }: Props) {
  const { id } = await safeParams(params);
  const draft = await getDraftEditor({ reviewId: id });
  if (!draft) notFound();
  if (draft.status !== "draft") redirect(`/reviews/${draft.id}`);
  // Whoever may change the project may prepare its drafts, also while it is paused (only submitting waits).
  if (!draft.allowed.includes("edit_project")) forbidden();
  const chairConfirmation = await getChairConfirmation({ reviewId: draft.id });
  const carried = await getCarried({ reviewId: draft.id });
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${draft.project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
          ← {draft.project.name}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold text-slate-900">
            {draft.kind === "entry"
              ? `Request the entry review at level ${draft.level}`
              : `Request the level ${draft.level} review`}
          </h1>
          <LevelPill level={draft.level} detail />
        </div>
        <p className="max-w-prose text-sm text-slate-700">
          {draft.project.name} ({draft.project.label}) · draft.{" "}
          {draft.kind === "entry"
            ? `Graduation confirms the chosen components' claim: they move from level 0 to level ${draft.level} (${draft.levelName}).`
            : `Graduation moves the chosen components from level ${draft.level} (${draft.levelName}) to level ${draft.level + 1}.`}
          Your answers are saved with the draft; nobody is notified until you submit.
        </p>
      </header>
      {draft.project.status === "paused" ? (
        <Alert tone="warning" title="The project is paused">
          You can keep preparing this draft, but it can be submitted only after an owner or an admin resumes{" "}
          {draft.project.name}.
        </Alert>
      ) : null}
      {carried ? <CarriedItems reviewId={draft.id} carried={carried} /> : null}
      <PreviousTasks previous={draft.previousTasks} level={draft.level} />
      {chairConfirmation ? <ChairConfirmation c={chairConfirmation} /> : null}
      <DraftEditor draft={draft} />
    </div>
  );
}
