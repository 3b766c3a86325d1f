import { decide, listOf, reason, type Decision, type Reason } from "./decision";
import { can, type Actor } from "./permissions";
import { reviewKindLevelReasons, reviewedSetReasons } from "./component-entry";
import { projectActiveReasons, type ReviewedComponent } from "./review-components";
import type { MemberRole, ProjectStatus, ReviewKind, ReviewStatus } from "./vocabulary";

export type OpenDraftInput = {
  actor: Actor;
  /** The actor's membership of the project, if any. */
  memberRole: MemberRole | null;
  project: { id: string; status: ProjectStatus };
  level: number;
  /** `entry` confirms claimed levels (default `gate`: leaving `level`). */
  kind?: ReviewKind;
  componentIds: string[];
  /** The chosen components with their project; a component of another project is refused. */
  components: (ReviewedComponent & { projectId: string; claimedLevel?: number | null })[];
  /** The project's other reviews; drafts and open ones lock their components. */
  reviews: { id: string; status: ReviewStatus; componentIds: string[] }[];
};

export type DraftEffect = { status: "draft"; level: number; componentIds: string[] };

/**
 * Who may open a draft for level N on which components. One live (draft/open) review per
 * component, so two reviews can never both graduate the same component from N.
 */
export function decideOpenDraft(input: OpenDraftInput): Decision<DraftEffect> {
  const { actor, project, level, componentIds } = input;
  const out: Reason[] = [];
  const permitted = can(actor, "open_review", { projectMemberRole: input.memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  out.push(...projectActiveReasons(project.status));
  out.push(...reviewKindLevelReasons(input.kind ?? "gate", level));
  out.push(...reviewedSetReasons(input.kind ?? "gate", level, componentIds, input.components));
  for (const c of input.components.filter((x) => componentIds.includes(x.id) && x.projectId !== project.id)) {
    out.push(
      reason(
        "component_other_project",
        `The component "${c.name?.trim() || c.id}" belongs to another project.`,
        "componentIds",
      ),
    );
  }
  out.push(...liveReviewConflictReasons(input.reviews, componentIds, input.components));
  return decide(out, () => ({ status: "draft" as const, level, componentIds: [...new Set(componentIds)] }));
}

/**
 * One live (draft/open) review per component: the reasons `componentIds` collide with another
 * live review (`exceptReviewId` is the review being edited, which may keep its own components).
 */
export function liveReviewConflictReasons(
  reviews: readonly { id: string; status: ReviewStatus; componentIds: readonly string[] }[],
  componentIds: readonly string[],
  /** The project's components, to name the shared ones (an unknown id is named by its id). */
  components: readonly { id: string; name?: string }[],
  exceptReviewId?: string,
): Reason[] {
  const out: Reason[] = [];
  const nameOf = (id: string) => `"${components.find((c) => c.id === id)?.name?.trim() || id}"`;
  for (const r of reviews.filter((x) => (x.status === "draft" || x.status === "open") && x.id !== exceptReviewId)) {
    const shared = r.componentIds.filter((id) => componentIds.includes(id));
    if (shared.length > 0) {
      out.push(
        reason(
          "component_under_review",
          `${r.status === "draft" ? "A draft" : "An open"} review already covers ${listOf(shared.map(nameOf), "and")}; finish or withdraw it first: /reviews/${r.id}`,
          "componentIds",
        ),
      );
    }
  }
  return out;
}

/**
 * Withdraw a draft or open review: its author, the project's owners and contributors, or an
 * admin. The review is kept, marked withdrawn, and frees its components for a new draft.
 */
export function decideWithdraw(input: {
  actor: Actor;
  memberRole: MemberRole | null;
  review: { status: ReviewStatus; authorId: string };
}): Decision<{ status: "withdrawn" }> {
  const { actor, review } = input;
  const out: Reason[] = [];
  const permitted = can(actor, "withdraw_review", {
    projectMemberRole: input.memberRole,
    isReviewAuthor: actor !== null && actor.userId === review.authorId,
  });
  if (!permitted.ok) out.push(...permitted.reasons);
  if (review.status !== "draft" && review.status !== "open") {
    out.push(
      reason(
        "review_not_withdrawable",
        `Only a draft or open review can be withdrawn; this review is ${review.status}.`,
        "status",
      ),
    );
  }
  return decide(out, () => ({ status: "withdrawn" as const }));
}
