import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideDraftEdit } from "@/lib/domain/draft-edit";
import { levelDefinition } from "@/lib/domain/levels";
import { decideOpenDraft } from "@/lib/domain/review-draft";
import type { ReviewKind } from "@/lib/domain/vocabulary";
import type { EditReviewDraftData, OpenReviewDraftData } from "@/lib/schemas/review";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import {
  definitionsByVersion,
  ethicsTemplateOf,
  latestDefinitions,
  latestEthicsTemplate,
} from "@/lib/dal/reviews/definitions";
import {
  componentIdsOf,
  liveReviewsOf,
  loadReviewForUpdate,
  memberRoleIn,
  updateReview,
} from "@/lib/dal/reviews/snapshot";
import { lockProject, memberRoleOf, permit, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

/** Opening and editing a draft review (criteria, ethics answers, component selection, due date). */

const componentRowSelect = {
  id: true,
  name: true,
  projectId: true,
  level: true,
  claimedLevel: true,
  status: true,
  codeVersion: true,
  modelVersion: true,
  dataVersion: true,
} as const;

const pinnedVersions = (c: { codeVersion: string; modelVersion: string; dataVersion: string }) => ({
  codeVersion: c.codeVersion,
  modelVersion: c.modelVersion,
  dataVersion: c.dataVersion,
});

/**
 * Opens a draft for level N on components at N (an entry draft: on components at 0 claiming N), recording the latest level definitions and ethics
 * template versions and one pending checklist row per gate criterion of N. The project row is
 * locked so two drafts can never both take the same component ("one live review per component").
 */
export async function openReviewDraft(
  user: SessionUser,
  data: Omit<OpenReviewDraftData, "kind"> & { kind?: ReviewKind },
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: { id: true, status: true, members: { select: { userId: true, role: true } } },
    });
    const memberRole = memberRoleOf(project.members, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    const components = await tx.component.findMany({
      where: { id: { in: data.componentIds } },
      select: componentRowSelect,
    });
    const reviews = await liveReviewsOf(tx, data.projectId);
    const draft = unwrap(
      decideOpenDraft({
        actor: toActor(user),
        memberRole,
        project,
        level: data.level,
        kind: data.kind,
        componentIds: data.componentIds,
        components,
        reviews,
      }),
    );
    const definitions = await latestDefinitions(tx);
    const template = await latestEthicsTemplate(tx);
    const criteria = levelDefinition(definitions, data.level)?.criteria ?? [];
    const review = await tx.review.create({
      data: {
        projectId: data.projectId,
        level: data.level,
        kind: data.kind ?? "gate",
        status: "draft",
        authorId: user.id,
        definitionsVersion: definitions.version,
        ethicsTemplateId: template.id,
        dueAt: data.dueAt ?? null,
        components: {
          create: draft.componentIds.map((id) => {
            const c = components.find((x) => x.id === id)!;
            return { componentId: id, levelAtOpen: c.level, ...pinnedVersions(c) };
          }),
        },
        criteria: { create: criteria.map((c) => ({ criterionKey: c.key })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.open_draft",
      entityType: "review",
      entityId: review.id,
      projectId: data.projectId,
      after: {
        status: "draft",
        kind: data.kind ?? "gate",
        level: data.level,
        componentIds: draft.componentIds,
        definitionsVersion: definitions.version,
        ethicsTemplateVersion: template.version,
      },
    });
    return review;
  });
}

async function currentAnswers(tx: Tx, reviewId: string) {
  const criteria = await tx.gateCriterionCheck.findMany({
    where: { reviewId },
    select: { criterionKey: true, state: true, evidenceUrl: true, note: true, naReason: true },
    orderBy: { criterionKey: "asc" },
  });
  const ethics = await tx.ethicsAnswer.findMany({
    where: { reviewId },
    select: { itemKey: true, answer: true, note: true },
    orderBy: { itemKey: "asc" },
  });
  return { criteria, ethics };
}

/** Saves the parts of a draft the form sends; completeness waits for submit. */
export async function editReviewDraft(user: SessionUser, data: EditReviewDraftData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    const definitions = await definitionsByVersion(tx, r.definitionsVersion);
    const template = await ethicsTemplateOf(tx, r.ethicsTemplateId);
    // A new selection competes with new drafts for components: queue behind them on the project row.
    if (data.componentIds) await lockProject(tx, r.projectId);
    const components = data.componentIds
      ? await tx.component.findMany({ where: { projectId: r.projectId }, select: componentRowSelect })
      : [];
    const reviews = data.componentIds ? await liveReviewsOf(tx, r.projectId) : [];
    unwrap(
      decideDraftEdit({
        actor: toActor(user),
        memberRole,
        project: r.project,
        review: r,
        criterionKeys: (levelDefinition(definitions, r.level)?.criteria ?? []).map((c) => c.key),
        ethicsItemKeys: template.items.map((i) => i.key),
        criteria: data.criteria,
        ethics: data.ethics,
        componentIds: data.componentIds,
        components,
        reviews,
      }),
    );
    const before = await currentAnswers(tx, r.id);
    for (const c of data.criteria ?? []) {
      const values = {
        state: c.state,
        evidenceUrl: c.evidenceUrl ?? null,
        note: c.note ?? null,
        naReason: c.naReason ?? null,
      };
      await tx.gateCriterionCheck.upsert({
        where: { reviewId_criterionKey: { reviewId: r.id, criterionKey: c.key } },
        create: { reviewId: r.id, criterionKey: c.key, ...values },
        update: values,
      });
    }
    for (const e of data.ethics ?? []) {
      await tx.ethicsAnswer.upsert({
        where: { reviewId_itemKey: { reviewId: r.id, itemKey: e.key } },
        create: { reviewId: r.id, itemKey: e.key, answer: e.answer, note: e.note },
        update: { answer: e.answer, note: e.note },
      });
    }
    if (data.componentIds) {
      const ids = [...new Set(data.componentIds)];
      await tx.reviewComponent.deleteMany({ where: { reviewId: r.id } });
      await tx.reviewComponent.createMany({
        data: ids.map((id) => {
          const c = components.find((x) => x.id === id)!;
          return { reviewId: r.id, componentId: id, levelAtOpen: c.level, ...pinnedVersions(c) };
        }),
      });
    }
    await updateReview(tx, r, data.dueAt !== undefined ? { dueAt: data.dueAt } : {});
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.edit_draft",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { ...before, componentIds: componentIdsOf(r) },
      after: {
        ...(await currentAnswers(tx, r.id)),
        componentIds: data.componentIds ?? componentIdsOf(r),
        ...(data.dueAt !== undefined ? { dueAt: data.dueAt?.toISOString() ?? null } : {}),
      },
    });
    return { id: r.id };
  });
}
