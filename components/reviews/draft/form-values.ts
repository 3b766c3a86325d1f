import { z } from "zod";
import type { DraftEditorDto } from "@/lib/dal/reviews/read-draft-editor";
import { criterionCheckSchema, ethicsAnswerSchema } from "@/lib/schemas/review";
import type { Discipline, EthicsAnswer } from "@/lib/domain/vocabulary";

/**
 * The checklist form is the server's editReviewDraftSchema pieces (criterionCheckSchema,
 * ethicsAnswerSchema) with one difference: an ethics item may still be unanswered ("") while
 * the draft is being filled. Unanswered items are left out of the save.
 */
export const checklistFormSchema = z.object({
  componentIds: z.array(z.string()),
  dueAt: z.string(),
  criteria: z.array(criterionCheckSchema),
  ethics: z.array(ethicsAnswerSchema.extend({ answer: z.union([ethicsAnswerSchema.shape.answer, z.literal("")]) })),
});

export type ChecklistValues = z.input<typeof checklistFormSchema>;

export type PanelValues = { seats: { userId: string; discipline: Discipline | "" }[]; chair: string };

export function checklistDefaults(d: DraftEditorDto): ChecklistValues {
  return {
    componentIds: d.components.filter((c) => c.selected).map((c) => c.id),
    dueAt: d.dueAt ? d.dueAt.toISOString().slice(0, 10) : "",
    criteria: d.criteria.map((c) => ({
      key: c.key,
      state: c.state,
      evidenceUrl: c.evidenceUrl,
      note: c.note,
      naReason: c.naReason,
    })),
    ethics: d.ethics.map((e) => ({ key: e.key, answer: e.answer ?? "", note: e.note })),
  };
}

export function panelDefaults(d: DraftEditorDto): PanelValues {
  return {
    seats: d.seats.map((s) => ({ userId: s.userId, discipline: s.discipline })),
    chair: d.seats.find((s) => s.isChair)?.userId ?? "",
  };
}

/** The body of editReviewDraftAction, and a map from its ethics indices back to the form's. */
export function checklistPayload(reviewId: string, v: ChecklistValues) {
  const answered = v.ethics.map((e, i) => ({ e, i })).filter(({ e }) => e.answer !== "");
  return {
    payload: {
      reviewId,
      componentIds: v.componentIds,
      dueAt: v.dueAt || null,
      criteria: v.criteria,
      ethics: answered.map(({ e }) => ({ key: e.key, answer: e.answer as EthicsAnswer, note: e.note ?? "" })),
    },
    ethicsIndex: answered.map(({ i }) => i),
  };
}

export function panelPayload(reviewId: string, v: PanelValues) {
  return {
    reviewId,
    seats: v.seats
      .filter((s) => s.userId !== "")
      .map((s) => ({ userId: s.userId, discipline: s.discipline as Discipline, isChair: s.userId === v.chair })),
  };
}
