/**
 * The junk-input test's cases (./junk-input.db.test.ts), keyed by command name
 * (lib/commands/registry.ts): for each, a valid input and junk → the field that must carry the
 * error. This file holds the shared values and every command but the gate's (./junk-gate-cases.ts).
 */
import { defaultLevelDefinitions } from "@/lib/domain/levels";

export type Ids = { projectId: string; componentId: string; reviewId: string; userId: string };
/** `smuggle`: fields that are not in the command's schema (default status, authorId and id). */
/** `noInput`: as the command declares it: a button may be called with no input (null/undefined mean {}). */
export type Case = {
  base: (i: Ids) => Record<string, unknown>;
  junk: [Record<string, unknown>, string][];
  smuggle?: string[];
  noInput?: boolean;
};

export const huge = "x".repeat(100_000);
export const BAD_ID = "'; DROP TABLE reviews; --";
/** Well-formed but unknown: these cases must fail on their other field, before any lookup. */
export const SOME_ID = "cjunk000000000000000000000";

const REQUIREMENT = {
  kind: "research",
  statement: "It shall hold.",
  verification: "",
  validation: "",
  status: "open",
  waiverReason: "",
  pFailure: 0.3,
  value: 8,
  ownerId: "",
  evidenceLinks: "",
};

export const CASES: Record<string, Case> = {
  // TRL Cards, requirements, ethics, components across projects (issue 4).
  saveCardSection: {
    base: (i) => ({ projectId: i.projectId, baseRevision: 1, section: "tldr", value: { tldr: "New." } }),
    junk: [
      [{ section: "secrets" }, "section"],
      [{ baseRevision: -1 }, "baseRevision"],
      [{ value: { tldr: 7 } }, "value.tldr"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  restoreCardRevision: {
    base: (i) => ({ projectId: i.projectId, revision: 1, baseRevision: 1 }),
    junk: [
      [{ revision: 0 }, "revision"],
      [{ revision: "1" }, "revision"],
      [{ baseRevision: NaN }, "baseRevision"],
    ],
  },
  holdCardSection: {
    base: (i) => ({ projectId: i.projectId, baseRevision: 1, section: "tldr", value: { tldr: "Held." } }),
    junk: [
      [{ section: "secrets" }, "section"],
      [{ value: { tldr: huge } }, "value.tldr"],
      [{ acknowledgedVoteResets: 1 }, "acknowledgedVoteResets"],
    ],
  },
  discardHeldCardEdits: {
    base: (i) => ({ projectId: i.projectId, section: "tldr" }),
    junk: [
      [{ section: "secrets" }, "section"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  publishHeldCardEdits: {
    base: (i) => ({ projectId: i.projectId }),
    junk: [
      [{ acknowledgedVoteResets: -1 }, "acknowledgedVoteResets"],
      [{ note: huge }, "note"],
      [{ section: "tldr" }, "section"],
    ],
  },
  createRequirement: {
    base: (i) => ({ projectId: i.projectId, ...REQUIREMENT }),
    junk: [
      [{ pFailure: 1.5 }, "pFailure"],
      [{ pFailure: NaN }, "pFailure"],
      [{ value: 11 }, "value"],
      [{ value: 0 }, "value"],
      [{ kind: "magic" }, "kind"],
      [{ statement: "" }, "statement"],
      [{ statement: huge }, "statement"],
      [{ risk: 0 }, "risk"],
    ],
    smuggle: ["authorId", "id", "risk"],
  },
  updateRequirement: {
    base: () => ({ requirementId: SOME_ID, version: 0, ...REQUIREMENT }),
    junk: [
      [{ version: -1 }, "version"],
      [{ requirementId: BAD_ID }, "requirementId"],
      [{ status: "done" }, "status"],
      [{ projectId: SOME_ID }, "projectId"],
    ],
    smuggle: ["authorId", "id", "risk"],
  },
  importRequirements: {
    base: (i) => ({ projectId: i.projectId, csv: "kind,statement\nresearch,It shall.\n" }),
    junk: [
      [{ csv: "" }, "csv"],
      [{ csv: 5 }, "csv"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  publishEthicsTemplate: {
    base: () => ({ baseVersion: 1, items: [{ key: "fair", label: "Is it fair?" }] }),
    junk: [
      [{ items: [] }, "items"],
      [{ baseVersion: -2 }, "baseVersion"],
      [{ version: 9 }, "version"],
    ],
  },
  publishLevelDefinitions: {
    base: () => ({
      baseVersion: 1,
      levels: defaultLevelDefinitions.levels.map((d) => ({
        level: d.level,
        criteria: d.criteria,
        seats: d.seats,
        cardSections: d.cardSections,
        overdueDays: d.overdueDays,
        chairConfirmation: d.chairConfirmation,
      })),
    }),
    junk: [
      [{ levels: [] }, "levels"],
      [{ baseVersion: 0 }, "baseVersion"],
      [{ version: 9 }, "version"],
    ],
  },
  importComponent: {
    base: (i) => ({ projectId: i.projectId, sourceComponentId: SOME_ID }),
    junk: [
      [{ sourceComponentId: BAD_ID }, "sourceComponentId"],
      [{ level: 9 }, "level"],
      [{ claimedLevel: 9 }, "claimedLevel"],
      [{ name: huge }, "name"],
    ],
  },
  archiveComponent: {
    base: (i) => ({ componentId: i.componentId, reason: "Superseded." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ componentId: 42 }, "componentId"],
    ],
  },
  // Returned tasks, notifications (issue 6) and targets (issue 5).
  completeReviewTask: {
    base: () => ({ taskId: SOME_ID, evidence: "https://ci.example.org/1" }),
    junk: [
      [{ evidence: "" }, "evidence"],
      [{ taskId: BAD_ID }, "taskId"],
      [{ doneById: SOME_ID }, "doneById"],
    ],
  },
  reopenReviewTask: {
    base: () => ({ taskId: SOME_ID }),
    junk: [
      [{ taskId: "" }, "taskId"],
      [{ doneAt: null }, "doneAt"],
    ],
  },
  markNotificationRead: {
    base: () => ({ notificationId: SOME_ID }),
    junk: [
      [{ notificationId: BAD_ID }, "notificationId"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  markAllNotificationsRead: { base: () => ({}), junk: [[{ userId: SOME_ID }, "userId"]], noInput: true },
  setNotificationPreferences: {
    base: () => ({ review_activity: "email", reminders: "digest", escalations: "in_app", decisions: "email" }),
    junk: [
      [{ reminders: "pigeon" }, "reminders"],
      [{ decisions: null }, "decisions"],
      [{ escalations: 1 }, "escalations"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  // Own account and the org's two-factor policy (item 9).
  changePassword: {
    base: () => ({ currentPassword: "whatever-it-is", newPassword: "tangerine-orbit-kettle-47" }),
    junk: [
      [{ newPassword: "short" }, "newPassword"],
      [{ newPassword: huge }, "newPassword"],
      [{ currentPassword: "" }, "currentPassword"],
      [{ currentPassword: 7 }, "currentPassword"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  confirmTwoFactor: {
    base: () => ({ enrolment: "v1.sealed", code: "123456" }),
    junk: [
      [{ code: "12345" }, "code"],
      [{ code: "abcdef" }, "code"],
      [{ code: 123456 }, "code"],
      [{ enrolment: "" }, "enrolment"],
      [{ enrolment: huge }, "enrolment"],
      [{ secret: "JBSWY3DPEHPK3PXP" }, "secret"],
    ],
  },
  disableTwoFactor: {
    base: () => ({ password: "whatever-it-is", code: "123456" }),
    junk: [
      [{ password: "" }, "password"],
      [{ code: "" }, "code"],
      [{ code: huge }, "code"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  // API tokens (issue 13).
  createApiToken: {
    base: () => ({ name: "CI", scopes: ["read"], expiresInDays: 30 }),
    junk: [
      [{ name: "" }, "name"],
      [{ name: huge }, "name"],
      [{ scopes: [] }, "scopes"],
      [{ scopes: ["vote"] }, "scopes.0"],
      [{ scopes: ["read", "read"] }, "scopes"],
      [{ expiresInDays: 10000 }, "expiresInDays"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ secret: "mine" }, "secret"],
    ],
  },
  revokeApiToken: {
    base: () => ({ tokenId: SOME_ID }),
    junk: [
      [{ tokenId: BAD_ID }, "tokenId"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  regenerateRecoveryCodes: {
    base: () => ({ code: "123456" }),
    junk: [
      [{ code: "1234567" }, "code"],
      [{ code: null }, "code"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  resetUserTwoFactor: {
    base: (i) => ({ userId: i.userId }),
    junk: [
      [{ userId: "" }, "userId"],
      [{ userId: "x".repeat(65) }, "userId"],
      [{ userId: 7 }, "userId"],
    ],
  },
  setTwoFactorPolicy: {
    base: () => ({ requireForAdminsAndManagers: true }),
    junk: [
      [{ requireForAdminsAndManagers: "yes" }, "requireForAdminsAndManagers"],
      [{ requireForAdminsAndManagers: null }, "requireForAdminsAndManagers"],
      [{ roles: ["admin"] }, "roles"],
    ],
  },
  setProjectTarget: {
    base: (i) => ({ projectId: i.projectId, targetLevel: "6", targetDate: "2030-01-01" }),
    junk: [
      [{ targetLevel: "12" }, "targetLevel"],
      [{ targetDate: "next year" }, "targetDate"],
      [{ targetLevel: 6 }, "targetLevel"],
    ],
  },
  // Evidence from CI (issue 13): the REST body plus the project's slug.
  reportEvidence: {
    base: () => ({ projectSlug: "some-project", target: { kind: "requirement", id: "R1" }, passed: true }),
    junk: [
      [{ projectSlug: BAD_ID }, "projectSlug"],
      [{ passed: "yes" }, "passed"],
      [{ metrics: [{ name: "accuracy", value: "high" }] }, "metrics.0.value"],
      [{ metrics: [{ name: "", value: 1 }] }, "metrics.0.name"],
      [{ url: "javascript:alert(1)" }, "url"],
      [{ provider: "jenkins" }, "provider"],
      [{ target: { kind: "criterion", level: 12, key: "tests" } }, "target.level"],
      [{ target: { kind: "requirement", id: huge } }, "target.id"],
      [{ summary: huge }, "summary"],
    ],
    smuggle: ["status", "reporterId", "apiTokenId"],
  },
};
