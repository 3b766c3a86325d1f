"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { archiveProjectAction } from "@/lib/actions/project-actions";
import { archiveProjectSchema, type ProjectStatusInput } from "@/lib/schemas/project";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Archiving is final: the project leaves the active lists, keeps its history and becomes read-only. */
export function ArchiveProjectForm({
  projectId,
  slug,
  liveReviews,
}: {
  projectId: string;
  slug: string;
  liveReviews: number;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, getValues, formState } = useForm<ProjectStatusInput>({
    resolver: zodResolver(archiveProjectSchema),
    defaultValues: { projectId, reason: "" },
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const e = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    const result = await run(() => archiveProjectAction(v), { success: () => "The project is archived." });
    if (result.ok) router.push(`/projects/${slug}`);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Archive the project">
      <p className="text-sm text-slate-800">
        Archiving is final. The project leaves the active lists and the portfolio, keeps its card, reviews and history,
        and stays readable; it takes no more reviews, card edits, components or requirements.
      </p>
      {liveReviews > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          The project has {liveReviews === 1 ? "a draft or open review" : `${liveReviews} draft or open reviews`}:
          withdraw or finish {liveReviews === 1 ? "it" : "them"} before archiving.
        </p>
      ) : null}
      <div>
        <Label htmlFor="archive-reason">Reason</Label>
        <Textarea
          id="archive-reason"
          rows={2}
          aria-invalid={e.reason ? true : undefined}
          aria-describedby={e.reason ? "archive-reason-error" : undefined}
          {...register("reason")}
        />
        <FieldError id="archive-reason-error" message={e.reason?.message} />
      </div>
      <ActionMessage message={message} />
      <div>
        <Button type="submit" variant="danger" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Archiving…" : "Archive the project"}
        </Button>
      </div>
    </form>
  );
}
