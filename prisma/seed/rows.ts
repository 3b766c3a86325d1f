import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every row the demo writes, grouped by table in insertion (foreign-key) order. */
export type SeedRows = {
  users: Prisma.UserCreateManyInput[];
  projects: Prisma.ProjectCreateManyInput[];
  members: Prisma.ProjectMemberCreateManyInput[];
  components: Prisma.ComponentCreateManyInput[];
  componentVersions: Prisma.ComponentVersionCreateManyInput[];
  requirements: Prisma.RequirementCreateManyInput[];
  cardRevisions: Prisma.CardRevisionCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  reviewComponents: Prisma.ReviewComponentCreateManyInput[];
  seats: Prisma.PanelSeatCreateManyInput[];
  votes: Prisma.VoteCreateManyInput[];
  voteTasks: Prisma.VoteTaskCreateManyInput[];
  decisions: Prisma.ReviewDecisionCreateManyInput[];
  reviewTasks: Prisma.ReviewTaskCreateManyInput[];
  criteria: Prisma.GateCriterionCheckCreateManyInput[];
  ethicsAnswers: Prisma.EthicsAnswerCreateManyInput[];
  transitions: Prisma.LevelTransitionCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  monitoringAlerts: Prisma.MonitoringAlertCreateManyInput[];
  monitoringAlertEvents: Prisma.MonitoringAlertEventCreateManyInput[];
};

export function emptyRows(): SeedRows {
  return {
    users: [],
    projects: [],
    members: [],
    components: [],
    componentVersions: [],
    requirements: [],
    cardRevisions: [],
    reviews: [],
    reviewComponents: [],
    seats: [],
    votes: [],
    voteTasks: [],
    decisions: [],
    reviewTasks: [],
    criteria: [],
    ethicsAnswers: [],
    transitions: [],
    auditEvents: [],
    notifications: [],
    monitoringAlerts: [],
    monitoringAlertEvents: [],
  };
}

let counter = 0;

/**
 * Ids in the shape of Prisma's cuid() default ("c" + 24 lowercase letters and digits), made here
 * so related rows can be written with createMany in a few round trips.
 */
export function newId(): string {
  counter = (counter + 1) % 1679616;
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const count = counter.toString(36).padStart(4, "0");
  const random = Array.from(randomBytes(11), (b) => (b % 36).toString(36)).join("");
  return `c${time}${count}${random}`;
}

const DAY_MS = 86_400_000;

/** The moment `days` days before `now` (fractions allowed). */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - Math.round(days * DAY_MS));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + Math.round(days * DAY_MS));
}
