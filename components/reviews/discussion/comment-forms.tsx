"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import {
  addReviewCommentAction,
  reopenReviewThreadAction,
  replyReviewCommentAction,
  resolveReviewThreadAction,
} from "@/lib/actions/review-comment-actions";
import {
  addReviewCommentSchema,
  replyReviewCommentSchema,
  type AddReviewCommentInput,
  type ReplyReviewCommentInput,
} from "@/lib/schemas/review-comment";
import type { CommentAnchorKind } from "@/lib/domain/review-comments";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const MARKDOWN_HINT = "Markdown: **bold**, lists, links.";

/** Starts a thread on one card section or requirement. */
export function NewThreadForm({
  reviewId,
  anchorKind,
  anchorKey,
  anchorLabel,
}: {
  reviewId: string;
  anchorKind: CommentAnchorKind;
  anchorKey: string;
  anchorLabel: string;
}) {
  const router = useRouter();
  const base = `new-thread-${anchorKind}-${anchorKey}`;
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors },
  } = useForm<AddReviewCommentInput>({
    resolver: zodResolver(addReviewCommentSchema),
    defaultValues: { reviewId, anchorKind, anchorKey, body: "" },
  });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const r = await run(() => addReviewCommentAction(values), { success: () => "Your thread is posted." });
    focusById(`${base}-message`);
    if (r.ok) {
      reset({ reviewId, anchorKind, anchorKey, body: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Label htmlFor={`${base}-body`}>New thread on {anchorLabel}</Label>
        <Textarea
          id={`${base}-body`}
          rows={3}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={`${base}-hint${errors.body ? ` ${base}-error` : ""}`}
          {...register("body")}
        />
        <p id={`${base}-hint`} className="text-xs text-slate-600">
          {MARKDOWN_HINT} The panel and the project&apos;s members see it.
        </p>
        <FieldError id={`${base}-error`} message={errors.body?.message} />
      </div>
      <ActionMessage id={`${base}-message`} message={message} />
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Posting…" : "Start thread"}
        </Button>
      </div>
    </form>
  );
}

/** A reply to one thread. */
export function ReplyForm({ threadId, label }: { threadId: string; label: string }) {
  const router = useRouter();
  const base = `reply-${threadId}`;
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors },
  } = useForm<ReplyReviewCommentInput>({
    resolver: zodResolver(replyReviewCommentSchema),
    defaultValues: { threadId, body: "" },
  });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit(async (values) => {
    const r = await run(() => replyReviewCommentAction(values), { success: () => "Your reply is posted." });
    focusById(`${base}-message`);
    if (r.ok) {
      reset({ threadId, body: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Label htmlFor={`${base}-body`}>Reply to {label}</Label>
        <Textarea
          id={`${base}-body`}
          rows={2}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${base}-error` : undefined}
          {...register("body")}
        />
        <FieldError id={`${base}-error`} message={errors.body?.message} />
      </div>
      <ActionMessage id={`${base}-message`} message={message} />
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={pending}>
          {pending ? "Posting…" : "Reply"}
        </Button>
      </div>
    </form>
  );
}

/** Resolve an open thread, or reopen a resolved one (both append an event; nothing is erased). */
export function ThreadStatusButton({
  threadId,
  status,
  label,
}: {
  threadId: string;
  status: "open" | "resolved";
  label: string;
}) {
  const router = useRouter();
  const { message, pending, run } = useServerAction();
  const id = `thread-${threadId}-status-message`;
  const resolve = status === "open";
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          size="sm"
          variant={resolve ? "primary" : "secondary"}
          disabled={pending}
          aria-label={`${resolve ? "Resolve" : "Reopen"} ${label}`}
          onClick={async () => {
            const r = await run(
              () => (resolve ? resolveReviewThreadAction({ threadId }) : reopenReviewThreadAction({ threadId })),
              { success: () => (resolve ? "The thread is resolved." : "The thread is open again.") },
            );
            focusById(id);
            if (r.ok) router.refresh();
          }}
        >
          {pending ? "Saving…" : resolve ? "Resolve" : "Reopen"}
        </Button>
      </div>
      <ActionMessage id={id} message={message} />
    </div>
  );
}
