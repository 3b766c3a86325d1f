import type { DbClient } from "@/lib/db-client";
import type { SeedRows } from "./rows";

type Tx = Pick<
  DbClient,
  | "user"
  | "project"
  | "projectMember"
  | "component"
  | "componentVersion"
  | "requirement"
  | "cardRevision"
  | "review"
  | "reviewComponent"
  | "panelSeat"
  | "vote"
  | "voteTask"
  | "reviewDecision"
  | "reviewTask"
  | "gateCriterionCheck"
  | "ethicsAnswer"
  | "levelTransition"
  | "auditEvent"
  | "notification"
  | "monitoringAlert"
  | "monitoringAlertEvent"
>;

/** One createMany per table, parents before children: about twenty round trips in all. */
export async function writeRows(tx: Tx, rows: SeedRows): Promise<void> {
  await tx.user.createMany({ data: rows.users });
  await tx.project.createMany({ data: rows.projects });
  await tx.projectMember.createMany({ data: rows.members });
  await tx.component.createMany({ data: rows.components });
  await tx.componentVersion.createMany({ data: rows.componentVersions });
  await tx.requirement.createMany({ data: rows.requirements });
  await tx.cardRevision.createMany({ data: rows.cardRevisions });
  await tx.review.createMany({ data: rows.reviews });
  await tx.reviewComponent.createMany({ data: rows.reviewComponents });
  await tx.panelSeat.createMany({ data: rows.seats });
  await tx.vote.createMany({ data: rows.votes });
  await tx.voteTask.createMany({ data: rows.voteTasks });
  await tx.reviewDecision.createMany({ data: rows.decisions });
  await tx.reviewTask.createMany({ data: rows.reviewTasks });
  await tx.gateCriterionCheck.createMany({ data: rows.criteria });
  await tx.ethicsAnswer.createMany({ data: rows.ethicsAnswers });
  await tx.levelTransition.createMany({ data: rows.transitions });
  await tx.auditEvent.createMany({ data: rows.auditEvents });
  await tx.notification.createMany({ data: rows.notifications });
  await tx.monitoringAlert.createMany({ data: rows.monitoringAlerts });
  await tx.monitoringAlertEvent.createMany({ data: rows.monitoringAlertEvents });
}
