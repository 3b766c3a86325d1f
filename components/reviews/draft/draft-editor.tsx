"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { editReviewDraftAction, seatPanelAction, submitReviewAction } from "@/lib/actions/review-actions";
import type { DraftEditorDto } from "@/lib/dal/reviews/read-draft-editor";
import { seatPanelSchema } from "@/lib/schemas/review";
import { plural } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { WithdrawReview } from "../withdraw-review";
import { ComponentsFieldset, CriteriaSection, EthicsSection } from "./checklist-sections";
import {
  checklistDefaults,
  checklistFormSchema,
  checklistPayload,
  panelDefaults,
  panelPayload,
  type ChecklistValues,
  type PanelValues,
} from "./form-values";
import { CardSectionsStatus, RequirementsStatus } from "./gate-status";
import { PanelEditor } from "./panel-editor";
import type { SeatPanelResult } from "@/lib/dal/reviews/panel";
import { ReadinessSummary, reasonsAt } from "./readiness";

/**
 * The guided request form. Two saves (checklists, panel) and the submit; drafts are stored on
 * every save, so the author can leave and resume. After a refused submit the page's `readiness`
 * (every reason decideSubmit gives, recomputed from the saved draft) is shown at once: a summary
 * that takes focus, and each reason next to the part of the form that fixes it.
 */
export function DraftEditor({ draft }: { draft: DraftEditorDto }) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const panelMessageRef = useRef<HTMLDivElement>(null);
  const [attempted, setAttempted] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  // After a refused submit the summary (rendered from the refreshed readiness) takes focus.
  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);
  const checklist = useForm<ChecklistValues>({
    resolver: zodResolver(checklistFormSchema, undefined, { raw: true }),
    defaultValues: checklistDefaults(draft),
  });
  const panel = useForm<PanelValues>({ defaultValues: panelDefaults(draft) });
  const main = useServerAction(checklist);
  const panelRun = useServerAction();
  const shown = attempted ? draft.readiness : [];
  const canSubmit = draft.allowed.includes("submit_review");

  async function saveChecklist(): Promise<boolean> {
    const valid = await checklist.trigger();
    if (!valid) {
      main.setMessage({ tone: "error", text: "Some answers are not in the right form; see the highlighted fields." });
      messageRef.current?.focus();
      return false;
    }
    const { payload, ethicsIndex } = checklistPayload(draft.id, checklist.getValues());
    const r = await main.run(() => editReviewDraftAction(payload), {
      // The payload skips unanswered ethics items: map its indexes back to the form's.
      path: (field) => {
        const m = /^ethics\.(\d+)\.(.+)$/.exec(field);
        return m ? `ethics.${ethicsIndex[Number(m[1])] ?? 0}.${m[2]}` : field;
      },
    });
    if (!r.ok) messageRef.current?.focus();
    return r.ok;
  }

  /** Says so when the save changed a confirmed chair (its confirmation is cleared) or still awaits one. */
  const panelSaved = (d?: SeatPanelResult) =>
    [
      `Panel saved: ${d?.seats ?? 0} ${plural(d?.seats ?? 0, "seat")}.`,
      d?.chairConfirmationCleared ? "The chair seat changed, so its confirmation was cleared." : "",
      d?.chairAwaitingConfirmation ? "The chair awaits confirmation by a manager; managers have been told." : "",
    ]
      .filter(Boolean)
      .join(" ");

  async function savePanel(): Promise<boolean> {
    const payload = panelPayload(draft.id, panel.getValues());
    const parsed = seatPanelSchema.safeParse(payload);
    if (!parsed.success) {
      panelRun.setMessage({
        tone: "error",
        text: "Choose a person and a discipline for every seat, or remove the empty seat.",
      });
      panelMessageRef.current?.focus();
      return false;
    }
    const r = await panelRun.run(() => seatPanelAction(payload), { success: panelSaved });
    if (!r.ok) panelMessageRef.current?.focus();
    return r.ok;
  }

  async function saveAll() {
    if ((await saveChecklist()) && (await savePanel())) {
      main.setMessage({
        tone: "success",
        text: "Draft saved. You can come back to it from the project page or My reviews.",
      });
      router.refresh();
    }
  }

  async function submit() {
    if (!(await saveChecklist()) || !(await savePanel())) return;
    // Submit refusals name readiness sections, not checklist fields.
    const r = await main.run(() => submitReviewAction({ reviewId: draft.id }), { fieldsAsMessage: true });
    if (r.ok) {
      router.push(`/reviews/${draft.id}?submitted=1`);
      return;
    }
    setAttempted(true);
    setFocusTick((n) => n + 1);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-6">
      <ReadinessSummary ref={summaryRef} reasons={draft.readiness} attempted={attempted} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveAll();
        }}
        noValidate
        className="flex flex-col gap-6"
      >
        <ComponentsFieldset form={checklist} draft={draft} shown={reasonsAt(shown, "components")} />
        <CriteriaSection form={checklist} draft={draft} shown={shown} />
        <EthicsSection form={checklist} draft={draft} shown={shown} />
        <RequirementsStatus draft={draft} shown={reasonsAt(shown, "requirements")} />
        <CardSectionsStatus draft={draft} shown={reasonsAt(shown, "card-sections")} />
        <div className="flex flex-col gap-2">
          <PanelEditor
            form={panel}
            draft={draft}
            shown={reasonsAt(shown, "panel")}
            onSave={() => void savePanel()}
            saving={panelRun.pending}
          />
          <ActionMessage ref={panelMessageRef} message={panelRun.message} />
        </div>
        <ActionMessage
          ref={messageRef}
          message={attempted && draft.readiness.length > 0 && main.message?.tone === "error" ? null : main.message}
        />
        <div className="sticky bottom-0 -mx-4 flex flex-wrap gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3">
          <Button type="submit" variant="secondary" disabled={main.pending || panelRun.pending}>
            Save draft
          </Button>
          {canSubmit ? (
            <Button onClick={() => void submit()} disabled={main.pending || panelRun.pending}>
              {main.pending ? "Working…" : "Submit for review"}
            </Button>
          ) : null}
        </div>
      </form>
      {draft.allowed.includes("withdraw_review") ? <WithdrawReview reviewId={draft.id} status="draft" /> : null}
    </div>
  );
}
