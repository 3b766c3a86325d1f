"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { openReviewDraftAction } from "@/lib/actions/review-actions";
import type { ReviewStartDto } from "@/lib/dal/reviews/read-review-start";
import type { ReviewKind } from "@/lib/domain/vocabulary";
import { openReviewDraftSchema, type OpenReviewDraftInput } from "@/lib/schemas/review";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";

/** `level` holds "gate:3" or "entry:7": the kind of review and its level. */
type Values = { projectId: string; level: string; componentIds: string[]; dueAt: string };
type Choice = { kind: ReviewKind; level: number };

const choiceOf = (value: string): Choice => {
  const [kind, level] = value.split(":");
  return { kind: kind === "entry" ? "entry" : "gate", level: Number(level) };
};
/** A gate review takes components confirmed at its level; an entry review those claiming it. */
const fits = (c: ReviewStartDto["components"][number], { kind, level }: Choice) =>
  kind === "entry" ? c.claimedLevel === level : c.claimedLevel === null && c.level === level;

/** Step 1 of a request: the level and the components (all at that level), then the draft opens. */
export function StartReviewForm({ start }: { start: ReviewStartDto }) {
  const router = useRouter();
  const msgId = "start-review-message";
  const first = start.levels[0] ? `${start.levels[0].kind}:${start.levels[0].level}` : "gate:0";
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    setValue,
    control,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: {
      projectId: start.project.id,
      level: first,
      dueAt: "",
      componentIds: start.components.filter((c) => fits(c, choiceOf(first)) && !c.liveReviewId).map((c) => c.id),
    },
  });
  const choice = choiceOf(useWatch({ control, name: "level" }));
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const atLevel = start.components.filter((c) => fits(c, choice));

  const onSubmit = handleSubmit(async (values) => {
    const { kind, level } = choiceOf(values.level);
    const input: OpenReviewDraftInput = {
      projectId: values.projectId,
      level,
      kind,
      componentIds: values.componentIds,
      dueAt: values.dueAt || null,
    };
    const parsed = openReviewDraftSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        setError((issue.path[0] === "dueAt" ? "dueAt" : "componentIds") as keyof Values, { message: issue.message });
      focusById(msgId);
      return;
    }
    const result = await run(() => openReviewDraftAction(input));
    if (result.ok && result.data) router.push(`/reviews/${result.data.id}/edit`);
    else focusById(msgId);
  });

  if (start.levels.length === 0) {
    return (
      <p className="rounded-md border border-slate-300 bg-white p-4 text-sm text-slate-800">
        Every active component is already under a draft or open review, or at level 9 (no graduation).{" "}
        <Link href={`/projects/${start.project.slug}`} className="text-blue-700 underline">
          Back to the project
        </Link>
      </p>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <div>
        <Label htmlFor="level">Level to leave</Label>
        <Select
          id="level"
          options={start.levels.map((l) => ({
            value: `${l.kind}:${l.level}`,
            label:
              l.kind === "entry"
                ? `Entry review: confirm claimed level ${l.level} — ${l.name}`
                : `Level ${l.level} — ${l.name} (to ${l.level + 1})`,
          }))}
          {...register("level", {
            onChange: (e: { target: { value: string } }) =>
              setValue(
                "componentIds",
                start.components.filter((c) => fits(c, choiceOf(e.target.value)) && !c.liveReviewId).map((c) => c.id),
              ),
          })}
        />
        <p className="mt-1 text-sm text-slate-600">
          {choice.kind === "entry"
            ? `An entry review judges claimed components against level ${choice.level}'s criteria and panel; on graduation they count at level ${choice.level}.`
            : "A gated review moves components from this level to the next; all of them must be at this level."}
        </p>
      </div>
      <fieldset aria-describedby={errors.componentIds ? "componentIds-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">Components to review</legend>
        <ul className="flex flex-col gap-1">
          {atLevel.map((c) => (
            <li key={c.id}>
              <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
                <input
                  type="checkbox"
                  value={c.id}
                  disabled={!!c.liveReviewId}
                  className="size-4 accent-blue-700"
                  {...register("componentIds")}
                />
                <span>
                  {c.name} <span className="text-slate-600">({COMPONENT_KIND_LABELS[c.kind]})</span>
                  {c.liveReviewId ? <span className="text-slate-600"> — already under review</span> : null}
                </span>
              </label>
              {c.liveReviewId ? (
                <Link
                  href={`/reviews/${c.liveReviewId}`}
                  className="ml-6 text-sm text-blue-700 underline-offset-2 hover:underline"
                >
                  Go to the review that covers {c.name}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        <FieldError id="componentIds-error" message={errors.componentIds?.message} />
      </fieldset>
      <div>
        <Label htmlFor="dueAt">Votes due by (optional)</Label>
        <Input
          id="dueAt"
          type="date"
          className="max-w-xs"
          aria-invalid={errors.dueAt ? true : undefined}
          aria-describedby={errors.dueAt ? "dueAt-error" : undefined}
          {...register("dueAt")}
        />
        <FieldError id="dueAt-error" message={errors.dueAt?.message} />
      </div>
      <ActionMessage id={msgId} message={message} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Opening the draft…" : "Open the draft"}
        </Button>
        <Link
          href={`/projects/${start.project.slug}`}
          className="inline-flex min-h-11 items-center px-2 text-blue-700 underline"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
