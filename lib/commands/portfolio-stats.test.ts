import { describe, expect, it, vi } from "vitest";
import { invalidationTargets } from "./define-command";

/**
 * Which commands refresh the cached portfolio aggregates (lib/commands/invalidation.ts explains
 * why): the writes that change a figure do, and nothing else does, since a recomputation costs
 * seconds of Postgres CPU at scale. A table of each definition's declared `invalidates` for a
 * given result; nothing runs. Adding a command without a row here fails the first test.
 */
vi.mock("server-only", () => ({}));
const { COMMANDS_BY_NAME } = await import("./registry");

/** Per command: what it returned → whether the aggregates must be refreshed. */
const EXPECTED: Record<string, [value: unknown, refreshes: boolean][]> = {
  // Level transitions and what projects-per-level counts.
  createComponent: [[{ id: "c" }, true]],
  importComponent: [[{ id: "c" }, true]],
  archiveComponent: [[{ systemLevel: 3 }, true]],
  // A withdrawn claim leaves the confirmed level (0) as it was: no figure counts claims.
  withdrawComponentClaim: [[{ id: "c" }, false]],
  discoverySwitchback: [[{ level: 1 }, true]],
  embeddedSwitchback: [[{ level: 2 }, true]],
  bumpComponentVersion: [
    [{ level: 7, switchedBack: true, repinnedReviewIds: [] }, true],
    [{ level: 5, switchedBack: false, repinnedReviewIds: ["r"] }, false],
  ],
  // Reviews: opened, decided, withdrawn, and what the chair records afterwards.
  submitReview: [[{ id: "r", pinRound: 1 }, true]],
  castVote: [
    [{ status: "graduated", recorded: "cast" }, true],
    [{ status: "returned", recorded: "changed" }, true],
    [{ status: "open", recorded: "cast" }, false],
    [{ status: "graduated", recorded: "unchanged" }, false],
  ],
  withdrawReview: [[{ id: "r" }, true]],
  recordReviewSwitchback: [
    [{ kind: "switchback" }, true],
    [{ kind: "pause" }, false],
  ],
  recordKeyDecision: [
    [{ decision: "path_a_b", researchTrackProjectId: "p2" }, true],
    [{ decision: "continue", researchTrackProjectId: null }, false],
  ],
  openReviewDraft: [[{ id: "r" }, false]],
  editReviewDraft: [[{ id: "r" }, false]],
  continueReview: [[{ id: "r", droppedComponents: [], droppedSeats: [], chairDropped: false, unconfirmed: 3 }, false]],
  confirmCarriedItems: [[{ id: "r", remaining: 0 }, false]],
  seatPanel: [[{ seats: 3 }, false]],
  confirmChair: [[{ id: "r" }, false]],
  recordDebrief: [[{ id: "d" }, false]],
  completeReviewTask: [[{ id: "t", remaining: 0 }, false]],
  reopenReviewTask: [[{ id: "t" }, false]],
  // The review's discussion feeds no figure.
  addReviewComment: [[{ id: "c" }, false]],
  replyReviewComment: [[{ id: "c" }, false]],
  resolveReviewThread: [[{ threadId: "c", seq: 1 }, false]],
  reopenReviewThread: [[{ threadId: "c", seq: 2 }, false]],
  // Projects: a new one counts; paused ones count like active ones.
  createProject: [[{ id: "p", slug: "p" }, true]],
  pauseProject: [[{ status: "paused" }, false]],
  resumeProject: [[{ status: "active" }, false]],
  // Edited tags feed the tag list; archived projects drop out of every figure.
  updateProject: [[{ slug: "p", version: 2 }, true]],
  archiveProject: [[{ status: "archived" }, true]],
  // A held project counts like a paused one; a stopped one leaves the counts (and its live reviews are withdrawn).
  holdProjectAtGate: [[{ status: "paused", withdrawnReviewIds: [] }, false]],
  reportMonitoringSignal: [
    [{ alertId: "a", repeated: false, count: 1 }, false],
    [{ alertId: "a", repeated: true, count: 2 }, false],
  ],
  acknowledgeAlert: [[{ id: "a" }, false]],
  resolveAlert: [[{ id: "a" }, false]],
  switchbackFromAlert: [[{ level: 4, transitionId: "t" }, true]],
  stopProjectAtGate: [[{ status: "stopped", withdrawnReviewIds: ["r"] }, true]],
  // No cached figure reads a target (statuses use the live target and the cached pace).
  setProjectTarget: [[{ targetLevel: 5, targetDate: "2027-01-01" }, false]],
  // Cards (even when they re-pin a review), requirements, users, ethics, notifications.
  saveCardSection: [[{ status: "saved", number: 2, rebased: false, repinnedReviewIds: ["r"] }, false]],
  restoreCardRevision: [[{ number: 3, repinnedReviewIds: [] }, false]],
  holdCardSection: [[{ status: "held", section: "tldr", heldCount: 1 }, false]],
  discardHeldCardEdits: [[{ discarded: ["tldr"] }, false]],
  publishHeldCardEdits: [[{ number: 3, sections: ["tldr"], rebased: false, repinnedReviewIds: ["r"] }, false]],
  createRequirement: [[{ id: "q", number: 1 }, false]],
  updateRequirement: [[{ id: "q", number: 1 }, false]],
  importRequirements: [[{ created: 2, renumbered: false, numbers: [1, 2] }, false]],
  // Evidence changes requirement statuses, which no cached figure reads.
  reportEvidence: [
    [{ id: "e", requirementStatus: "regressed", change: "regressed" }, false],
    [{ id: "e", requirementStatus: null, change: null }, false],
  ],
  createUser: [[{ id: "u" }, false]],
  updateUserAccess: [[{ changed: true }, false]],
  resetUserPassword: [[{ signedOutSelf: false }, false]],
  publishEthicsTemplate: [[{ id: "e", version: 2 }, false]],
  publishLevelDefinitions: [[{ id: "l", version: 2 }, false]],
  markNotificationRead: [[{ updated: 1 }, false]],
  markAllNotificationsRead: [[{ updated: 4 }, false]],
  setNotificationPreferences: [[{ changed: 2 }, false]],
  // The caller's own account and the organisation's sign-in policy.
  changePassword: [[{ sessionVersion: 2 }, false]],
  createApiToken: [[{ id: "t", name: "CI", token: "mltrl_x_y", expiresAt: "2027-01-01", projectId: null }, false]],
  revokeApiToken: [[{ id: "t" }, false]],
  confirmTwoFactor: [[{ recoveryCodes: ["a"] }, false]],
  disableTwoFactor: [[{ disabled: true }, false]],
  regenerateRecoveryCodes: [[{ recoveryCodes: ["a"] }, false]],
  resetUserTwoFactor: [[{ reset: true }, false]],
  setTwoFactorPolicy: [[{ changed: true }, false]],
  // Webhooks and chat channels count in no figure.
  createWebhook: [[{ id: "w", secret: "whsec_x" }, false]],
  updateWebhook: [[{ id: "w" }, false]],
  rotateWebhookSecret: [[{ id: "w", secret: "whsec_x" }, false]],
  sendTestWebhook: [[{ deliveryId: "d" }, false]],
  redeliverWebhook: [[{ deliveryId: "d" }, false]],
};

describe("portfolio aggregates refresh", () => {
  it("has a row for every registered command", () => {
    expect(Object.keys(COMMANDS_BY_NAME).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const rows = Object.entries(EXPECTED).flatMap(([name, cases]) =>
    cases.map(([value, refreshes]) => [name, value, refreshes] as const),
  );
  it.each(rows)("%s → %j refreshes: %s", (name, value, refreshes) => {
    expect(invalidationTargets(COMMANDS_BY_NAME[name]!, value).includes("portfolioStats")).toBe(refreshes);
  });
});
