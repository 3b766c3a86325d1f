import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";

/**
 * Which server actions refresh the cached portfolio aggregates (see ./portfolio-stats): the writes
 * that change a figure do, and nothing else does, since a recomputation costs seconds of Postgres
 * CPU at scale. The actions run for real; only their edges are replaced: the session, the schema
 * parse (every input passes), every DAL command (it returns `dal.next`) and next/cache.
 * Adding an action without a row here fails the first test.
 */
const dal = vi.hoisted(() => ({
  next: { ok: true, value: {} } as { ok: boolean; value?: unknown; reasons?: unknown[] },
}));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

vi.mock("next/cache", () => cache);
const signedIn = async () => ({ id: "u1", name: "U", email: "u@x", roles: ["admin"] });
vi.mock("@/lib/auth", () => ({ requireUserForAction: signedIn, getSessionUser: signedIn }));
vi.mock("@/lib/auth/session-cookie", () => ({ keepCurrentSession: async () => {} }));
vi.mock("@/lib/schemas/common", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/schemas/common")>()),
  parseStrict: (_schema: unknown, input: unknown) => ({ success: true, data: input }),
}));

/** A DAL module whose every export is a command answering `dal.next`. */
function dalModule() {
  const command = async () => dal.next;
  return new Proxy({}, { get: (_t, key) => (key === "then" ? undefined : command), has: () => true });
}
vi.mock("@/lib/dal/account-password", dalModule);
vi.mock("@/lib/dal/card-revisions", dalModule);
vi.mock("@/lib/dal/component-import", dalModule);
vi.mock("@/lib/dal/component-claims", dalModule);
vi.mock("@/lib/dal/components", dalModule);
vi.mock("@/lib/dal/ethics-templates", dalModule);
vi.mock("@/lib/dal/notification-reads", dalModule);
vi.mock("@/lib/dal/project-commands", dalModule);
vi.mock("@/lib/dal/requirements", dalModule);
vi.mock("@/lib/dal/review-chair", dalModule);
vi.mock("@/lib/dal/review-chair-confirmation", dalModule);
vi.mock("@/lib/dal/review-drafts", dalModule);
vi.mock("@/lib/dal/review-lifecycle", dalModule);
vi.mock("@/lib/dal/review-panel", dalModule);
vi.mock("@/lib/dal/review-tasks", dalModule);
vi.mock("@/lib/dal/review-votes", dalModule);
vi.mock("@/lib/dal/targets", dalModule);
vi.mock("@/lib/dal/two-factor", dalModule);
vi.mock("@/lib/dal/two-factor-admin", dalModule);
vi.mock("@/lib/dal/two-factor-policy", dalModule);
vi.mock("@/lib/dal/users", dalModule);

/** Per action: what its command returned → whether the aggregates must be refreshed. */
const EXPECTED: Record<string, [value: unknown, refreshes: boolean][]> = {
  // Level transitions and what projects-per-level counts.
  createComponentAction: [[{ id: "c" }, true]],
  importComponentAction: [[{ id: "c" }, true]],
  archiveComponentAction: [[{ systemLevel: 3 }, true]],
  // A withdrawn claim leaves the confirmed level (0) as it was: no figure counts claims.
  withdrawComponentClaimAction: [[{ id: "c" }, false]],
  discoverySwitchbackAction: [[{ level: 1 }, true]],
  embeddedSwitchbackAction: [[{ level: 2 }, true]],
  bumpComponentVersionAction: [
    [{ level: 7, switchedBack: true, repinnedReviewIds: [] }, true],
    [{ level: 5, switchedBack: false, repinnedReviewIds: ["r"] }, false],
  ],
  // Reviews: opened, decided, withdrawn, and what the chair records afterwards.
  submitReviewAction: [[{ id: "r", pinRound: 1 }, true]],
  castVoteAction: [
    [{ status: "graduated", recorded: "cast" }, true],
    [{ status: "returned", recorded: "changed" }, true],
    [{ status: "open", recorded: "cast" }, false],
  ],
  withdrawReviewAction: [[{ id: "r" }, true]],
  recordReviewSwitchbackAction: [
    [{ kind: "switchback" }, true],
    [{ kind: "pause" }, false],
  ],
  recordKeyDecisionAction: [
    [{ decision: "path_a_b", researchTrackProjectId: "p2" }, true],
    [{ decision: "continue", researchTrackProjectId: null }, false],
  ],
  openReviewDraftAction: [[{ id: "r" }, false]],
  editReviewDraftAction: [[{ id: "r" }, false]],
  seatPanelAction: [[{ seats: 3 }, false]],
  confirmChairAction: [[{ id: "r" }, false]],
  recordDebriefAction: [[{ id: "d" }, false]],
  completeReviewTaskAction: [[{ id: "t", remaining: 0 }, false]],
  reopenReviewTaskAction: [[{ id: "t" }, false]],
  // Projects: a new one counts; paused ones count like active ones.
  createProjectAction: [[{ id: "p", slug: "p" }, true]],
  pauseProjectAction: [[{ status: "paused" }, false]],
  resumeProjectAction: [[{ status: "active" }, false]],
  // No cached figure reads a target (statuses use the live target and the cached pace).
  setProjectTargetAction: [[{ targetLevel: 5, targetDate: "2027-01-01" }, false]],
  // Cards (even when they re-pin a review), requirements, users, ethics, notifications.
  saveCardSectionAction: [[{ status: "saved", number: 2, rebased: false, repinnedReviewIds: ["r"] }, false]],
  restoreCardRevisionAction: [[{ number: 3, repinnedReviewIds: [] }, false]],
  createRequirementAction: [[{ id: "q", number: 1 }, false]],
  updateRequirementAction: [[{ id: "q", number: 1 }, false]],
  importRequirementsAction: [[{ created: 2, renumbered: false, numbers: [1, 2] }, false]],
  createUserAction: [[{ id: "u" }, false]],
  updateUserAccessAction: [[{ changed: true }, false]],
  resetUserPasswordAction: [[{ signedOutSelf: false }, false]],
  publishEthicsTemplateAction: [[{ id: "e", version: 2 }, false]],
  markNotificationReadAction: [[{ updated: 1 }, false]],
  markAllNotificationsReadAction: [[{ updated: 4 }, false]],
  // The caller's own account and the organisation's sign-in policy.
  changePasswordAction: [[{ sessionVersion: 2 }, false]],
  confirmTwoFactorAction: [[{ recoveryCodes: ["a"] }, false]],
  disableTwoFactorAction: [[{ disabled: true }, false]],
  regenerateRecoveryCodesAction: [[{ recoveryCodes: ["a"] }, false]],
  resetUserTwoFactorAction: [[{ reset: true }, false]],
  setTwoFactorPolicyAction: [[{ changed: true }, false]],
};

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string }>;
async function loadActions(): Promise<Record<string, Action>> {
  const dir = import.meta.dirname;
  const out: Record<string, Action> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith("-actions.ts"))) {
    Object.assign(out, (await import(path.join(dir, file))) as Record<string, Action>);
  }
  return out;
}
const actions = await loadActions();

beforeEach(() => {
  cache.revalidatePath.mockClear();
  cache.revalidateTag.mockClear();
});

describe("portfolio aggregates refresh", () => {
  it("has a row for every server action", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const rows = Object.entries(EXPECTED).flatMap(([name, cases]) =>
    cases.map(([value, refreshes]) => [name, value, refreshes] as const),
  );
  it.each(rows)("%s → %j refreshes: %s", async (name, value, refreshes) => {
    dal.next = { ok: true, value };
    expect(await actions[name]!({})).toMatchObject({ ok: true });
    if (refreshes) {
      // Stale-while-revalidate: the next visitor is served the old figures while they recompute.
      expect(cache.revalidateTag.mock.calls).toEqual([[PORTFOLIO_STATS_TAG, "max"]]);
    } else {
      expect(cache.revalidateTag).not.toHaveBeenCalled();
    }
  });

  it.each(Object.keys(EXPECTED))("%s refused: nothing is refreshed", async (name) => {
    dal.next = { ok: false, reasons: [{ code: "forbidden", message: "No." }] };
    expect(await actions[name]!({})).toEqual({ ok: false, message: "No." });
    expect(cache.revalidateTag).not.toHaveBeenCalled();
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });
});
