import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { generateTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { hashPassword } from "@/lib/password";
import type { TestDb } from "./db";
import { asUser } from "./action-session";
import {
  ROLE_NAMES,
  databaseDigest,
  fullCard,
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  referenceData,
  requiredSeats,
  uid,
  type RoleName,
  openAppDatabase,
} from "./gate-fixtures";

/**
 * Every exported server action × every role of the permission table, through the action itself
 * (session → schema → DAL) on real Postgres. An allowed call succeeds and writes exactly one audit
 * event; a denied one returns a clear message and leaves every table exactly as it was. Adding an
 * action without a row here fails the first test.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/session-cookie", () => ({ keepCurrentSession: async () => {} }));
vi.stubEnv("NEXTAUTH_SECRET", "matrix-test-secret-of-at-least-32-chars");

type Who = RoleName | "anonymous";
type Action = (input: unknown) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>;
/** `hidden`: others' rows are out of the caller's scope, so a refusal says "does not exist". */
/** `setup` gets the caller, for rows about the caller's own account (password, two-factor). */
/** `action`: a further row for an action already listed (another scenario), named `<action>_<scenario>`. */
type Row = { allowed: RoleName[]; setup: (who: Who) => Promise<unknown>; hidden?: boolean; action?: string };

let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
let fillers: string[];
const actions: Record<string, Action> = {};
const ACTIONS_DIR = path.resolve(import.meta.dirname, "../lib/actions");
const actionFiles = () => readdirSync(ACTIONS_DIR).filter((f) => f.endsWith("-actions.ts"));

// ---------------------------------------------------------------------------------------------
// Scenarios: each builds a fresh project/review in which the action is possible, and its input.

const members = () => ({ owners: [cast.owner.id], contributors: [cast.contributor.id] });
const project = (levels: number[], status: "active" | "paused" = "active") =>
  makeProject(t.db, { ...members(), levels, status, requirements: true });

async function review(level: number, status: "draft" | "open" | "graduated" | "returned", complete = true) {
  const atLevel = status === "graduated" ? level + 1 : level;
  const p = await project([atLevel]);
  const seats = requiredSeats(level, [cast.seatedReviewer.id, ...fillers]);
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status,
    authorId: cast.owner.id,
    seats,
    complete,
  });
  return { p, reviewId: r.id };
}

const EDITORS: RoleName[] = ["owner", "contributor", "admin"];

/** A task of a returned review, ticked off already or not. */
async function returnedTask(done: boolean) {
  const { reviewId } = await review(3, "returned");
  return t.db.reviewTask.create({
    data: {
      reviewId,
      position: 0,
      text: "Raise coverage to 80%.",
      ...(done ? { doneAt: new Date(), doneById: cast.owner.id, evidence: "https://ci.example.org/0" } : {}),
    },
  });
}
const CHAIR: RoleName[] = ["seatedReviewer"];
const ADMIN: RoleName[] = ["admin"];
/** Own-account rows: the caller (the owner for "anonymous", who is refused anyway) gets a known password, 2FA off or on. */
const OWN_PASSWORD = "matrix-current-passphrase-1";
let ownPasswordHash: string | undefined;
async function ownAccount(who: Who, twoFactor: boolean) {
  const user = cast[who === "anonymous" ? "owner" : who];
  ownPasswordHash ??= await hashPassword(OWN_PASSWORD);
  const secret = generateTotpSecret();
  // lib/dal reads DATABASE_URL on first import: only after openAppDatabase (like the actions).
  const { sealTotpSecret } = await import("@/lib/auth/second-factor");
  await t.db.recoveryCode.deleteMany({ where: { userId: user.id } });
  await t.db.user.update({
    where: { id: user.id },
    data: twoFactor
      ? {
          passwordHash: ownPasswordHash,
          totpSecret: sealTotpSecret(user.id, secret),
          totpEnabledAt: new Date(),
          totpLastStep: null,
        }
      : { passwordHash: ownPasswordHash, totpSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
  return { user, secret, code: totpCodeAt(secret, new Date()) };
}
const debrief = ["accomplished", "punted", "learned", "debt"].map((key) => ({ key, answer: `On ${key}.` }));

const MATRIX: Record<string, Row> = {
  createProjectAction: {
    allowed: ["owner", "contributor", "otherResearcher", "manager", "admin"],
    setup: async () => ({ name: `Matrix ${uid()}` }),
  },
  pauseProjectAction: {
    allowed: ["owner", "admin"],
    setup: async () => ({ projectId: (await project([1])).id, reason: "Funding." }),
  },
  resumeProjectAction: {
    allowed: ["owner", "admin"],
    setup: async () => ({ projectId: (await project([1], "paused")).id, reason: "Funded." }),
  },
  createComponentAction: {
    allowed: EDITORS,
    setup: async () => ({ projectId: (await project([0])).id, name: `c-${uid()}`, kind: "dataset", claimedLevel: 1 }),
  },
  withdrawComponentClaimAction: {
    allowed: ["owner", "admin"],
    setup: async () => {
      const componentId = (await project([0])).componentIds[0]!;
      await t.db.component.update({ where: { id: componentId }, data: { claimedLevel: 3 } });
      return { componentId, reason: "We will earn the levels one by one." };
    },
  },
  bumpComponentVersionAction: {
    allowed: EDITORS,
    setup: async () => ({
      componentId: (await project([2])).componentIds[0],
      versions: { code: "1.0.0" },
      changelog: "Refactor.",
    }),
  },
  discoverySwitchbackAction: {
    allowed: ["owner", "contributor"],
    setup: async () => ({ componentId: (await project([3])).componentIds[0], toLevel: 1, reason: "Gap." }),
  },
  embeddedSwitchbackAction: {
    allowed: ["owner"],
    setup: async () => ({ componentId: (await project([4])).componentIds[0], toLevel: 2, reason: "Back to research." }),
  },
  openReviewDraftAction: {
    allowed: EDITORS,
    setup: async () => {
      const p = await project([0]);
      return { projectId: p.id, level: 0, componentIds: p.componentIds };
    },
  },
  editReviewDraftAction: {
    allowed: EDITORS,
    setup: async () => ({
      reviewId: (await review(0, "draft", false)).reviewId,
      criteria: [{ key: "principles_plan", state: "done", evidenceUrl: "https://example.org/plan" }],
      ethics: [{ key: defaultEthicsTemplate.items[0]!.key, answer: "yes", note: "Consent forms." }],
    }),
  },
  seatPanelAction: {
    allowed: EDITORS,
    setup: async () => ({
      reviewId: (await review(0, "draft", false)).reviewId,
      seats: [
        { userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true },
        { userId: cast.unseatedReviewer.id, discipline: "researcher" },
      ],
    }),
  },
  // The project proposes its panel; a manager or admin confirms the chair (L4+ by default).
  confirmChairAction: {
    allowed: ["manager", "admin"],
    setup: async () => {
      const p = await project([4]);
      const seats = requiredSeats(4, [cast.seatedReviewer.id, ...fillers]);
      const r = await makeReview(t.db, {
        projectId: p.id,
        componentIds: p.componentIds,
        level: 4,
        status: "draft",
        authorId: cast.owner.id,
        seats,
        chairConfirmed: false,
      });
      return { reviewId: r.id, chairUserId: seats[0]!.userId, discipline: seats[0]!.discipline };
    },
  },
  submitReviewAction: { allowed: EDITORS, setup: async () => ({ reviewId: (await review(0, "draft")).reviewId }) },
  // Seat eligibility: a researcher-only user as research lead is refused to everyone, even editors.
  seatPanelAction_ineligible: {
    action: "seatPanelAction",
    allowed: [],
    setup: async () => ({
      reviewId: (await review(0, "draft", false)).reviewId,
      seats: [{ userId: cast.otherResearcher.id, discipline: "research_lead", isChair: true }],
    }),
  },
  // …and so is submitting a panel whose holder lost the seat's discipline after seating.
  submitReviewAction_ineligible: {
    action: "submitReviewAction",
    allowed: [],
    setup: async () => {
      const holder = await makeUser(t.db, ["reviewer"], ["research_lead"], "Later researcher");
      const { reviewId } = await review(0, "draft");
      await t.db.panelSeat.updateMany({ where: { reviewId, isChair: true }, data: { userId: holder.id } });
      await t.db.user.update({ where: { id: holder.id }, data: { disciplines: ["researcher"] } });
      return { reviewId };
    },
  },
  // …and submitting an L4 draft before a manager confirmed its chair.
  submitReviewAction_unconfirmedChair: {
    action: "submitReviewAction",
    allowed: [],
    setup: async () => {
      const p = await project([4]);
      const seats = requiredSeats(4, [cast.seatedReviewer.id, ...fillers]);
      return {
        reviewId: (
          await makeReview(t.db, {
            projectId: p.id,
            componentIds: p.componentIds,
            level: 4,
            status: "draft",
            authorId: cast.owner.id,
            seats,
            chairConfirmed: false,
          })
        ).id,
      };
    },
  },
  withdrawReviewAction: {
    allowed: EDITORS,
    setup: async () => ({ reviewId: (await review(0, "open")).reviewId, reason: "Not ready." }),
  },
  castVoteAction: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(0, "open")).reviewId, pinRound: 0, choice: "graduate" }),
  },
  // A seat whose holder does not hold its discipline (lost since opening) casts no vote.
  castVoteAction_ineligibleSeat: {
    action: "castVoteAction",
    allowed: [],
    setup: async () => {
      const { reviewId } = await review(0, "open");
      await t.db.panelSeat.updateMany({
        where: { reviewId, userId: cast.seatedReviewer.id },
        data: { discipline: "executive" },
      });
      return { reviewId, pinRound: 0, choice: "graduate" };
    },
  },
  recordKeyDecisionAction: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(4, "graduated")).reviewId, decision: "continue" }),
  },
  recordReviewSwitchbackAction: {
    allowed: CHAIR,
    setup: async () => {
      const { p, reviewId } = await review(3, "returned");
      return {
        kind: "switchback",
        reviewId,
        moves: [{ componentId: p.componentIds[0], toLevel: 2 }],
        rationale: "Interfaces missing.",
      };
    },
  },
  recordDebriefAction: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(1, "graduated")).reviewId, answers: debrief }),
  },
  // TRL Cards, requirements, ethics checklist, components across projects (issue 4).
  saveCardSectionAction: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([1])).id,
      baseRevision: 1,
      section: "tldr",
      value: { tldr: `New summary ${uid()}.` },
    }),
  },
  restoreCardRevisionAction: {
    allowed: EDITORS,
    setup: async () => {
      const p = await project([1]);
      await t.db.cardRevision.create({
        data: { projectId: p.id, number: 2, content: { ...fullCard, tldr: "Changed." }, changedSections: ["tldr"] },
      });
      return { projectId: p.id, revision: 1, baseRevision: 2 };
    },
  },
  createRequirementAction: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([2])).id,
      kind: "research",
      statement: "The model shall hold.",
      verification: "",
      validation: "",
      status: "open",
      waiverReason: "",
      pFailure: 0.3,
      value: 8,
      ownerId: "",
      evidenceLinks: "",
    }),
  },
  updateRequirementAction: {
    allowed: EDITORS,
    setup: async () => {
      const r = await t.db.requirement.findFirstOrThrow({ where: { projectId: (await project([2])).id } });
      return {
        requirementId: r.id,
        version: r.version,
        kind: r.kind,
        statement: "Changed.",
        verification: r.verification,
        validation: r.validation,
        status: r.status,
        waiverReason: "",
        pFailure: 0.2,
        value: 4,
        ownerId: "",
        evidenceLinks: "",
      };
    },
  },
  importRequirementsAction: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([2])).id,
      csv: "kind,statement,status,p_failure,value\nresearch,It shall.,open,0.3,8\n",
    }),
  },
  publishEthicsTemplateAction: {
    allowed: ADMIN,
    setup: async () => {
      const latest = await t.db.ethicsTemplate.findFirstOrThrow({ orderBy: { version: "desc" } });
      return { baseVersion: latest.version, items: [{ key: `item_${uid()}`, label: "Is it fair?" }] };
    },
  },
  importComponentAction: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([1])).id,
      sourceComponentId: (await project([3])).componentIds[0],
      name: `imported-${uid()}`,
    }),
  },
  archiveComponentAction: {
    allowed: EDITORS,
    setup: async () => ({ componentId: (await project([2, 3])).componentIds[0], reason: "Superseded." }),
  },
  // Returned tasks, notifications (issue 6) and targets (issue 5).
  completeReviewTaskAction: {
    allowed: EDITORS,
    setup: async () => ({ taskId: (await returnedTask(false)).id, evidence: "https://ci.example.org/1" }),
  },
  reopenReviewTaskAction: { allowed: EDITORS, setup: async () => ({ taskId: (await returnedTask(true)).id }) },
  markNotificationReadAction: {
    allowed: ["owner"],
    hidden: true,
    setup: async () => ({
      notificationId: (
        await t.db.notification.create({ data: { userId: cast.owner.id, kind: "review.decided", title: "Decided." } })
      ).id,
    }),
  },
  markAllNotificationsReadAction: { allowed: [...ROLE_NAMES], setup: async () => ({}) },
  setProjectTargetAction: {
    allowed: ["owner", "manager", "admin"],
    setup: async () => ({
      projectId: (await project([2])).id,
      targetLevel: "4",
      targetDate: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
    }),
  },
  // Own account (item 9): every signed-in role, always on the caller's own account.
  changePasswordAction: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => (
      await ownAccount(who, false),
      { currentPassword: OWN_PASSWORD, newPassword: "tangerine-orbit-kettle-47" }
    ),
  },
  confirmTwoFactorAction: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => {
      const { user } = await ownAccount(who, false);
      const { prepareTwoFactorEnrolment } = await import("@/lib/dal/two-factor");
      const { enrolment, secret } = prepareTwoFactorEnrolment(user, new Date());
      return { enrolment, code: totpCodeAt(secret, new Date()) };
    },
  },
  disableTwoFactorAction: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => ({ password: OWN_PASSWORD, code: (await ownAccount(who, true)).code }),
  },
  regenerateRecoveryCodesAction: {
    allowed: [...ROLE_NAMES],
    setup: async (who) => ({ code: (await ownAccount(who, true)).code }),
  },
  setTwoFactorPolicyAction: {
    allowed: ADMIN,
    setup: async () => ({
      requireForAdminsAndManagers: !(await t.db.orgSettings.findUnique({ where: { id: 1 } }))?.requireTwoFactorForStaff,
    }),
  },
  resetUserTwoFactorAction: {
    allowed: ADMIN,
    setup: async () => {
      const { sealTotpSecret } = await import("@/lib/auth/second-factor");
      const user = await makeUser(t.db, ["manager"]);
      await t.db.user.update({
        where: { id: user.id },
        data: { totpSecret: sealTotpSecret(user.id, generateTotpSecret()), totpEnabledAt: new Date() },
      });
      return { userId: user.id };
    },
  },
  createUserAction: {
    allowed: ADMIN,
    setup: async () => ({
      email: `new-${uid()}@x.test`,
      name: "New",
      password: "correct-horse-battery",
      roles: ["reviewer"],
      disciplines: [],
    }),
  },
  updateUserAccessAction: {
    allowed: ADMIN,
    setup: async () => ({
      userId: (await makeUser(t.db, ["reviewer"])).id,
      roles: ["reviewer", "researcher"],
      disciplines: ["qa_engineer"],
      active: true,
    }),
  },
  resetUserPasswordAction: {
    allowed: ADMIN,
    setup: async () => ({ userId: (await makeUser(t.db, ["reviewer"])).id, password: "another-long-password" }),
  },
};

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  for (const file of actionFiles()) {
    const mod = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") actions[name] = value as Action;
  }
  cast = await makeCast(t.db);
  fillers = [];
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Filler ${i}`)).id);
  await referenceData(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

describe("authorisation matrix", () => {
  it("has a row for every exported server action, and no row without an action", () => {
    const exported = Object.keys(actions);
    expect(actionFiles().length).toBeGreaterThanOrEqual(4);
    expect(exported.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(
      Object.entries(MATRIX)
        .filter(([name, row]) => !exported.includes(row.action ?? name))
        .map(([name]) => name),
    ).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([name, row]) =>
    (["anonymous", ...ROLE_NAMES] as Who[]).map(
      (who) => [name, who, who !== "anonymous" && row.allowed.includes(who)] as const,
    ),
  );

  it.each(cases)("%s as %s → allowed: %s", async (name, who, allowed) => {
    const action = actions[MATRIX[name]!.action ?? name];
    expect(action, `${name} is not exported by lib/actions/*-actions.ts`).toBeDefined();
    const input = await MATRIX[name]!.setup(who);
    const before = await databaseDigest(t.db);
    const result = await asUser(who === "anonymous" ? null : cast[who], () => action!(input));
    const after = await databaseDigest(t.db);
    if (allowed) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const audit = (d: Record<string, string>) => Number(d.audit_events?.split(":")[0]);
      expect(audit(after) - audit(before), "exactly one audit event per change").toBe(1);
    } else {
      expect(result.ok).toBe(false);
      expect(result.message ?? "").not.toMatch(/went wrong/i);
      const refusal =
        who === "anonymous"
          ? /sign in/i
          : MATRIX[name]!.hidden
            ? /does not exist/i
            : /only|cannot|owners|admin|chair|seated|does not hold/i;
      expect(
        `${result.message ?? ""} ${Object.values(result.fieldErrors ?? {}).join(" ")}`,
        JSON.stringify(result),
      ).toMatch(refusal);
      expect(after, "a denied action changes nothing").toEqual(before);
    }
  });
});
