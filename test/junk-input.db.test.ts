import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "./db";
import { asUser } from "./action-session";
import { databaseDigest, makeProject, makeReview, makeUser, openAppDatabase } from "./gate-fixtures";

/**
 * Mass assignment and junk input through the server actions, signed in as an admin so only the
 * input can be the reason for a refusal: extra fields (status, level, authorId…), wrong types,
 * empty and huge strings, malformed ids, NaN and negative levels. Each is refused with a message
 * under the offending field, and no table changes.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>;
type Ids = { projectId: string; componentId: string; reviewId: string; userId: string };

let t: TestDb;
let closeDb: () => Promise<void>;
let admin: SessionUser;
let ids: Ids;
const actions: Record<string, Action> = {};
const ACTIONS_DIR = path.resolve(import.meta.dirname, "../lib/actions");
/** lib/actions/user-actions.ts is another aggregate's; it is covered by the shape checks only. */
const GATE_FILES = ["project-actions.ts", "component-actions.ts", "review-actions.ts"];
const huge = "x".repeat(100_000);
const BAD_ID = "'; DROP TABLE reviews; --";
/** Well-formed but unknown: these cases must fail on their other field, before any lookup. */
const SOME_ID = "cjunk000000000000000000000";

/** For each action: a valid input, and junk → the field that must carry the error. */
/** `smuggle`: fields that are not in the action's schema (default status, authorId and id). */
/** `noInput`: a button that takes no input may be called with none (null/undefined mean {}). */
type Case = {
  base: (i: Ids) => Record<string, unknown>;
  junk: [Record<string, unknown>, string][];
  smuggle?: string[];
  noInput?: boolean;
};
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
const CASES: Record<string, Case> = {
  createProjectAction: {
    base: () => ({ name: "Valid project" }),
    junk: [
      [{ name: "" }, "name"],
      [{ name: huge }, "name"],
      [{ name: 42 }, "name"],
      [{ track: "galaxy" }, "track"],
      [{ tags: "vision" }, "tags"],
      [{ tags: [""] }, "tags.0"],
      [{ systemLevel: 9 }, "systemLevel"],
      [{ members: [{ userId: "x", role: "owner" }] }, "members"],
    ],
  },
  pauseProjectAction: {
    base: (i) => ({ projectId: i.projectId, reason: "Budget." }),
    junk: [
      [{ reason: "   " }, "reason"],
      [{ reason: huge }, "reason"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ version: 0 }, "version"],
    ],
  },
  resumeProjectAction: {
    base: (i) => ({ projectId: i.projectId, reason: "Funded." }),
    junk: [
      [{ projectId: 123 }, "projectId"],
      [{ projectId: "" }, "projectId"],
      [{ reason: null }, "reason"],
    ],
  },
  createComponentAction: {
    base: (i) => ({ projectId: i.projectId, name: "model", kind: "model", claimedLevel: 0 }),
    // A stale form's starting `level` is refused under its own name, whatever its value.
    junk: [
      [{ claimedLevel: NaN }, "claimedLevel"],
      [{ claimedLevel: -1 }, "claimedLevel"],
      [{ claimedLevel: 10 }, "claimedLevel"],
      [{ claimedLevel: 1.5 }, "claimedLevel"],
      [{ claimedLevel: "3" }, "claimedLevel"],
      [{ level: 0 }, "level"],
      [{ level: 7 }, "level"],
      [{ claimedLevel: 2, sourceReviewId: "x" }, "sourceReviewId"],
      [{ kind: "spaceship" }, "kind"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ versions: { code: "1.0" } }, "versions.code"],
      [{ versions: { code: "1.0.0", evil: 1 } }, "versions.evil"],
      [{ importedFromId: "x" }, "importedFromId"],
    ],
  },
  withdrawComponentClaimAction: {
    base: (i) => ({ componentId: i.componentId, reason: "We earn it." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ componentId: BAD_ID }, "componentId"],
      [{ claimedLevel: 3 }, "claimedLevel"],
    ],
  },
  bumpComponentVersionAction: {
    base: (i) => ({ componentId: i.componentId, versions: { code: "1.0.0" }, changelog: "Refactor." }),
    junk: [
      [{ versions: { code: "1.0.0", level: 9 } }, "versions.level"],
      [{ versions: "1.0.0" }, "versions"],
      [{ changelog: "" }, "changelog"],
      [{ componentId: null }, "componentId"],
      [{ level: 7 }, "level"],
    ],
  },
  discoverySwitchbackAction: {
    base: (i) => ({ componentId: i.componentId, toLevel: 1, reason: "Gap." }),
    junk: [
      [{ toLevel: -1 }, "toLevel"],
      [{ toLevel: NaN }, "toLevel"],
      [{ reason: "" }, "reason"],
      [{ reason: huge }, "reason"],
      [{ fromLevel: 4 }, "fromLevel"],
    ],
  },
  embeddedSwitchbackAction: {
    base: (i) => ({ componentId: i.componentId, toLevel: 2, reason: "Back." }),
    junk: [
      [{ toLevel: Infinity }, "toLevel"],
      [{ componentId: "a b" }, "componentId"],
      [{ kind: "embedded" }, "kind"],
    ],
  },
  openReviewDraftAction: {
    base: (i) => ({ projectId: i.projectId, level: 4, componentIds: [i.componentId] }),
    junk: [
      [{ level: NaN }, "level"],
      [{ level: -2 }, "level"],
      [{ componentIds: "abc" }, "componentIds"],
      [{ componentIds: ["bad id!"] }, "componentIds.0"],
      [{ dueAt: "not a date" }, "dueAt"],
      [{ pinRound: 3 }, "pinRound"],
    ],
  },
  editReviewDraftAction: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ criteria: [{ key: "poc_metrics", state: "finished" }] }, "criteria.0.state"],
      [{ criteria: [{ key: "Bad Key", state: "done" }] }, "criteria.0.key"],
      [
        { criteria: [{ key: "poc_metrics", state: "done", evidenceUrl: "javascript:alert(1)" }] },
        "criteria.0.evidenceUrl",
      ],
      [{ criteria: [{ key: "poc_metrics", state: "done", checkedBy: "x" }] }, "criteria.0.checkedBy"],
      [{ ethics: [{ key: "misuse", answer: "maybe" }] }, "ethics.0.answer"],
      [{ componentIds: [BAD_ID] }, "componentIds.0"],
    ],
  },
  seatPanelAction: {
    base: (i) => ({ reviewId: i.reviewId, seats: [] }),
    junk: [
      [{ seats: [{ userId: SOME_ID, discipline: "wizard" }] }, "seats.0.discipline"],
      [{ seats: [{ userId: SOME_ID, discipline: "qa_engineer", isChair: "yes" }] }, "seats.0.isChair"],
      [{ seats: [{ userId: SOME_ID, discipline: "qa_engineer", votes: 3 }] }, "seats.0.votes"],
      [{ seats: "everyone" }, "seats"],
    ],
  },
  confirmChairAction: {
    base: (i) => ({ reviewId: i.reviewId, chairUserId: i.userId, discipline: "applied_ai" }),
    junk: [
      [{ chairUserId: BAD_ID }, "chairUserId"],
      [{ discipline: "judge" }, "discipline"],
      [{ reviewId: "" }, "reviewId"],
      [{ chairConfirmedAt: "2020-01-01" }, "chairConfirmedAt"],
      [{ chairConfirmedById: SOME_ID }, "chairConfirmedById"],
    ],
  },
  submitReviewAction: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ reviewId: "" }, "reviewId"],
      [{ reviewId: "x".repeat(1000) }, "reviewId"],
      [{ openedAt: "2020-01-01" }, "openedAt"],
    ],
  },
  withdrawReviewAction: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ reason: huge }, "reason"],
      [{ reviewId: ["x"] }, "reviewId"],
    ],
  },
  castVoteAction: {
    base: (i) => ({ reviewId: i.reviewId, pinRound: 0, choice: "graduate" }),
    junk: [
      [{ choice: "abstain" }, "choice"],
      [{ pinRound: NaN }, "pinRound"],
      [{ pinRound: -1 }, "pinRound"],
      [{ choice: "return", tasks: [{ text: "" }] }, "tasks.0.text"],
      [{ choice: "return", tasks: [{ text: "Fix", done: true }] }, "tasks.0.done"],
      [{ voterId: "x" }, "voterId"],
      [{ seatId: "x" }, "seatId"],
    ],
  },
  recordKeyDecisionAction: {
    base: (i) => ({ reviewId: i.reviewId, decision: "go" }),
    junk: [
      [{ decision: "launch" }, "decision"],
      [{ targetDate: "someday" }, "targetDate"],
      [{ keyDecisionById: "x" }, "keyDecisionById"],
    ],
  },
  recordReviewSwitchbackAction: {
    base: (i) => ({
      kind: "switchback",
      reviewId: i.reviewId,
      moves: [{ componentId: i.componentId, toLevel: 1 }],
      rationale: "r",
    }),
    junk: [
      [{ kind: "teleport" }, "kind"],
      [{ moves: [{ componentId: SOME_ID, toLevel: -3 }] }, "moves.0.toLevel"],
      [{ moves: [] }, "moves"],
      [{ rationale: "" }, "rationale"],
      [{ moves: [{ componentId: SOME_ID, toLevel: 1, fromLevel: 9 }] }, "moves.0.fromLevel"],
    ],
  },
  recordDebriefAction: {
    base: (i) => ({ reviewId: i.reviewId, answers: [] }),
    junk: [
      [{ answers: [{ key: "learned", answer: 5 }] }, "answers.0.answer"],
      [{ answers: "all good" }, "answers"],
      [{ debriefAt: "now" }, "debriefAt"],
    ],
  },
  // TRL Cards, requirements, ethics, components across projects (issue 4).
  saveCardSectionAction: {
    base: (i) => ({ projectId: i.projectId, baseRevision: 1, section: "tldr", value: { tldr: "New." } }),
    junk: [
      [{ section: "secrets" }, "section"],
      [{ baseRevision: -1 }, "baseRevision"],
      [{ value: { tldr: 7 } }, "value.tldr"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  restoreCardRevisionAction: {
    base: (i) => ({ projectId: i.projectId, revision: 1, baseRevision: 1 }),
    junk: [
      [{ revision: 0 }, "revision"],
      [{ revision: "1" }, "revision"],
      [{ baseRevision: NaN }, "baseRevision"],
    ],
  },
  createRequirementAction: {
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
  updateRequirementAction: {
    base: () => ({ requirementId: SOME_ID, version: 0, ...REQUIREMENT }),
    junk: [
      [{ version: -1 }, "version"],
      [{ requirementId: BAD_ID }, "requirementId"],
      [{ status: "done" }, "status"],
      [{ projectId: SOME_ID }, "projectId"],
    ],
    smuggle: ["authorId", "id", "risk"],
  },
  importRequirementsAction: {
    base: (i) => ({ projectId: i.projectId, csv: "kind,statement\nresearch,It shall.\n" }),
    junk: [
      [{ csv: "" }, "csv"],
      [{ csv: 5 }, "csv"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  publishEthicsTemplateAction: {
    base: () => ({ baseVersion: 1, items: [{ key: "fair", label: "Is it fair?" }] }),
    junk: [
      [{ items: [] }, "items"],
      [{ baseVersion: -2 }, "baseVersion"],
      [{ version: 9 }, "version"],
    ],
  },
  importComponentAction: {
    base: (i) => ({ projectId: i.projectId, sourceComponentId: SOME_ID }),
    junk: [
      [{ sourceComponentId: BAD_ID }, "sourceComponentId"],
      [{ level: 9 }, "level"],
      [{ claimedLevel: 9 }, "claimedLevel"],
      [{ name: huge }, "name"],
    ],
  },
  archiveComponentAction: {
    base: (i) => ({ componentId: i.componentId, reason: "Superseded." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ componentId: 42 }, "componentId"],
    ],
  },
  // Returned tasks, notifications (issue 6) and targets (issue 5).
  completeReviewTaskAction: {
    base: () => ({ taskId: SOME_ID, evidence: "https://ci.example.org/1" }),
    junk: [
      [{ evidence: "" }, "evidence"],
      [{ taskId: BAD_ID }, "taskId"],
      [{ doneById: SOME_ID }, "doneById"],
    ],
  },
  reopenReviewTaskAction: {
    base: () => ({ taskId: SOME_ID }),
    junk: [
      [{ taskId: "" }, "taskId"],
      [{ doneAt: null }, "doneAt"],
    ],
  },
  markNotificationReadAction: {
    base: () => ({ notificationId: SOME_ID }),
    junk: [
      [{ notificationId: BAD_ID }, "notificationId"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  markAllNotificationsReadAction: { base: () => ({}), junk: [[{ userId: SOME_ID }, "userId"]], noInput: true },
  // Own account and the org's two-factor policy (item 9).
  changePasswordAction: {
    base: () => ({ currentPassword: "whatever-it-is", newPassword: "tangerine-orbit-kettle-47" }),
    junk: [
      [{ newPassword: "short" }, "newPassword"],
      [{ newPassword: huge }, "newPassword"],
      [{ currentPassword: "" }, "currentPassword"],
      [{ currentPassword: 7 }, "currentPassword"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  confirmTwoFactorAction: {
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
  disableTwoFactorAction: {
    base: () => ({ password: "whatever-it-is", code: "123456" }),
    junk: [
      [{ password: "" }, "password"],
      [{ code: "" }, "code"],
      [{ code: huge }, "code"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  regenerateRecoveryCodesAction: {
    base: () => ({ code: "123456" }),
    junk: [
      [{ code: "1234567" }, "code"],
      [{ code: null }, "code"],
      [{ userId: SOME_ID }, "userId"],
    ],
  },
  resetUserTwoFactorAction: {
    base: (i) => ({ userId: i.userId }),
    junk: [
      [{ userId: "" }, "userId"],
      [{ userId: "x".repeat(65) }, "userId"],
      [{ userId: 7 }, "userId"],
    ],
  },
  setTwoFactorPolicyAction: {
    base: () => ({ requireForAdminsAndManagers: true }),
    junk: [
      [{ requireForAdminsAndManagers: "yes" }, "requireForAdminsAndManagers"],
      [{ requireForAdminsAndManagers: null }, "requireForAdminsAndManagers"],
      [{ roles: ["admin"] }, "roles"],
    ],
  },
  setProjectTargetAction: {
    base: (i) => ({ projectId: i.projectId, targetLevel: "6", targetDate: "2030-01-01" }),
    junk: [
      [{ targetLevel: "12" }, "targetLevel"],
      [{ targetDate: "next year" }, "targetDate"],
      [{ targetLevel: 6 }, "targetLevel"],
    ],
  },
};

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  for (const file of readdirSync(ACTIONS_DIR).filter((f) => f.endsWith("-actions.ts"))) {
    const mod = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") actions[name] = value as Action;
  }
  admin = await makeUser(t.db, ["admin"], [], "Admin");
  const reviewer = await makeUser(t.db, ["reviewer"], [], "Reviewer");
  const p = await makeProject(t.db, { owners: [admin.id], levels: [4] });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 4,
    status: "open",
    authorId: admin.id,
    seats: [],
  });
  ids = { projectId: p.id, componentId: p.componentIds[0]!, reviewId: r.id, userId: reviewer.id };
});

afterAll(async () => {
  await closeDb?.();
});

async function refusedWithoutWrites(name: string, input: unknown) {
  const before = await databaseDigest(t.db);
  const result = await asUser(admin, () => actions[name]!(input));
  expect(await databaseDigest(t.db), "nothing written").toEqual(before);
  expect(result.ok).toBe(false);
  expect(result.message).toBeTruthy();
  expect(result.message).not.toMatch(/went wrong/i);
  return result;
}

describe("junk input", () => {
  it("covers every action but the user admin ones (their shapes are checked below)", () => {
    const gate = Object.keys(actions).filter(
      (n) => !["createUserAction", "updateUserAccessAction", "resetUserPasswordAction"].includes(n),
    );
    expect(GATE_FILES.every((f) => readdirSync(ACTIONS_DIR).includes(f))).toBe(true);
    expect(gate.filter((n) => !(n in CASES))).toEqual([]);
  });

  const junkCases = Object.entries(CASES).flatMap(([name, c]) =>
    c.junk.map(
      ([patch, field]) =>
        [
          name,
          JSON.stringify(patch, (_k, v) =>
            typeof v === "string" && v.length > 60 ? `${v.slice(0, 10)}…(${v.length})` : v,
          ),
          patch,
          field,
        ] as const,
    ),
  );
  it.each(junkCases)("%s refuses %s", async (name, _label, patch, field) => {
    const result = await refusedWithoutWrites(name, { ...CASES[name]!.base(ids), ...patch });
    expect(result.fieldErrors?.[field], JSON.stringify(result)).toEqual(expect.any(String));
  });

  const massAssignment = Object.keys(CASES).map((name) => [name] as const);
  it.each(massAssignment)("%s refuses status, authorId and id smuggled into the input", async (name) => {
    const smuggle = CASES[name]!.smuggle ?? ["status", "authorId", "id"];
    const extra = Object.fromEntries(
      smuggle.map((f) => [f, f === "authorId" ? admin.id : f === "status" ? "graduated" : "c123"]),
    );
    const result = await refusedWithoutWrites(name, { ...CASES[name]!.base(ids), ...extra });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([...smuggle].sort());
    expect(result.fieldErrors?.[smuggle[0]!]).toMatch(/is not a field/);
  });

  /**
   * Regression: a NUL byte in a text field reached PostgreSQL (which refuses it) and came back as a
   * generic error with a stack trace in the log; a lone surrogate was silently replaced. Every
   * string of every action's valid input, with either appended, is refused under that field.
   */
  const UNSAFE = [
    ["NUL byte", "\u0000"],
    ["lone high surrogate", "\uD800"],
    ["lone low surrogate", "\uDFFF"],
  ] as const;
  const unsafeCases = [
    "createUserAction",
    "updateUserAccessAction",
    "resetUserPasswordAction",
    ...Object.keys(CASES),
  ].flatMap((name) => UNSAFE.map(([label, junk]) => [name, label, junk] as const));
  it.each(unsafeCases)("%s refuses a %s in every string field", async (name, _label, junk) => {
    const base: Record<string, unknown> = CASES[name]?.base(ids) ?? {
      userId: ids.userId,
      name: "Someone",
      email: "someone@x.test",
    };
    const fields = Object.keys(base).filter((k) => typeof base[k] === "string");
    const input = {
      ...base,
      ...Object.fromEntries(fields.map((k) => [k, `${String(base[k])}${junk}`])),
      [`note${junk}`]: "x",
    };
    const consoleError = vi.spyOn(console, "error");
    const result = await refusedWithoutWrites(name, input);
    expect(consoleError, "no stack trace in the log").not.toHaveBeenCalled();
    consoleError.mockRestore();
    for (const f of fields)
      expect(result.fieldErrors?.[f], `${f}: ${JSON.stringify(result)}`).toMatch(/cannot be stored/);
    expect(result.fieldErrors?.["note?"]).toMatch(/cannot be stored/);
  });

  const shapes = [
    "createUserAction",
    "updateUserAccessAction",
    "resetUserPasswordAction",
    ...Object.keys(CASES),
  ].flatMap((name) =>
    [null, undefined, "string", 42, [], NaN]
      .filter((input) => !(CASES[name]?.noInput && (input === null || input === undefined)))
      .map((input) => [name, String(input), input] as const),
  );
  it.each(shapes)("%s refuses a non-object input (%s)", async (name, _label, input) => {
    await refusedWithoutWrites(name, input);
  });
});
