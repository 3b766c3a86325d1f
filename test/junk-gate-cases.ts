import { BAD_ID, SOME_ID, huge, type Case } from "./junk-cases";

/** The junk-input test's cases for the gate's commands: projects, components, reviews. */
export const GATE_CASES: Record<string, Case> = {
  createProject: {
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
      [{ owners: "x" }, "owners"],
      [{ owners: [BAD_ID] }, "owners.0"],
      [{ contributors: [SOME_ID, 7] }, "contributors.1"],
      [{ components: { name: "net" } }, "components"],
      [{ components: [{ name: "", kind: "model" }] }, "components.0.name"],
      [{ components: [{ name: "net", kind: "robot" }] }, "components.0.kind"],
      [{ components: [{ name: "net", kind: "model", claimedLevel: 10 }] }, "components.0.claimedLevel"],
      [{ components: [{ name: "net", kind: "model", level: 3 }] }, "components.0.level"],
      [{ tldr: huge }, "tldr"],
    ],
  },
  updateProject: {
    base: (i) => ({ projectId: i.projectId, version: 0, name: "Renamed", track: "research", owners: [i.userId] }),
    junk: [
      [{ version: -1 }, "version"],
      [{ version: "0" }, "version"],
      [{ name: "   " }, "name"],
      [{ track: "galaxy" }, "track"],
      [{ owners: [] }, "owners"],
      [{ owners: [BAD_ID] }, "owners.0"],
      [{ contributors: "x" }, "contributors"],
      [{ status: "archived" }, "status"],
    ],
  },
  archiveProject: {
    base: (i) => ({ projectId: i.projectId, reason: "Stopped." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ projectId: BAD_ID }, "projectId"],
    ],
  },
  pauseProject: {
    base: (i) => ({ projectId: i.projectId, reason: "Budget." }),
    junk: [
      [{ reason: "   " }, "reason"],
      [{ reason: huge }, "reason"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ version: 0 }, "version"],
    ],
  },
  holdProjectAtGate: {
    base: (i) => ({ projectId: i.projectId, reviewId: i.reviewId, reason: "Wait." }),
    junk: [
      [{ reason: "   " }, "reason"],
      [{ reason: huge }, "reason"],
      [{ reviewId: BAD_ID }, "reviewId"],
      [{ projectId: 123 }, "projectId"],
      [{ outcome: "stop" }, "outcome"],
    ],
  },
  stopProjectAtGate: {
    base: (i) => ({ projectId: i.projectId, reviewId: i.reviewId, reason: "Killed." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ reviewId: [] }, "reviewId"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ status: "active" }, "status"],
    ],
  },
  resumeProject: {
    base: (i) => ({ projectId: i.projectId, reason: "Funded." }),
    junk: [
      [{ projectId: 123 }, "projectId"],
      [{ projectId: "" }, "projectId"],
      [{ reason: null }, "reason"],
    ],
  },
  createComponent: {
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
  withdrawComponentClaim: {
    base: (i) => ({ componentId: i.componentId, reason: "We earn it." }),
    junk: [
      [{ reason: "" }, "reason"],
      [{ componentId: BAD_ID }, "componentId"],
      [{ claimedLevel: 3 }, "claimedLevel"],
    ],
  },
  bumpComponentVersion: {
    base: (i) => ({ componentId: i.componentId, versions: { code: "1.0.0" }, changelog: "Refactor." }),
    junk: [
      [{ versions: { code: "1.0.0", level: 9 } }, "versions.level"],
      [{ versions: "1.0.0" }, "versions"],
      [{ changelog: "" }, "changelog"],
      [{ componentId: null }, "componentId"],
      [{ level: 7 }, "level"],
    ],
  },
  discoverySwitchback: {
    base: (i) => ({ componentId: i.componentId, toLevel: 1, reason: "Gap." }),
    junk: [
      [{ toLevel: -1 }, "toLevel"],
      [{ toLevel: NaN }, "toLevel"],
      [{ reason: "" }, "reason"],
      [{ reason: huge }, "reason"],
      [{ fromLevel: 4 }, "fromLevel"],
    ],
  },
  embeddedSwitchback: {
    base: (i) => ({ componentId: i.componentId, toLevel: 2, reason: "Back." }),
    junk: [
      [{ toLevel: Infinity }, "toLevel"],
      [{ componentId: "a b" }, "componentId"],
      [{ kind: "embedded" }, "kind"],
    ],
  },
  openReviewDraft: {
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
  editReviewDraft: {
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
  seatPanel: {
    base: (i) => ({ reviewId: i.reviewId, seats: [] }),
    junk: [
      [{ seats: [{ userId: SOME_ID, discipline: "wizard" }] }, "seats.0.discipline"],
      [{ seats: [{ userId: SOME_ID, discipline: "qa_engineer", isChair: "yes" }] }, "seats.0.isChair"],
      [{ seats: [{ userId: SOME_ID, discipline: "qa_engineer", votes: 3 }] }, "seats.0.votes"],
      [{ seats: "everyone" }, "seats"],
    ],
  },
  confirmChair: {
    base: (i) => ({ reviewId: i.reviewId, chairUserId: i.userId, discipline: "applied_ai" }),
    junk: [
      [{ chairUserId: BAD_ID }, "chairUserId"],
      [{ discipline: "judge" }, "discipline"],
      [{ reviewId: "" }, "reviewId"],
      [{ chairConfirmedAt: "2020-01-01" }, "chairConfirmedAt"],
      [{ chairConfirmedById: SOME_ID }, "chairConfirmedById"],
    ],
  },
  submitReview: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ reviewId: "" }, "reviewId"],
      [{ reviewId: "x".repeat(1000) }, "reviewId"],
      [{ openedAt: "2020-01-01" }, "openedAt"],
    ],
  },
  continueReview: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ reviewId: "" }, "reviewId"],
      [{ level: 3 }, "level"],
    ],
  },
  confirmCarriedItems: {
    base: (i) => ({ reviewId: i.reviewId, items: ["components"] }),
    junk: [
      [{ items: [] }, "items"],
      [{ items: ["criterion:Bad Key"] }, "items.0"],
      [{ items: ["everything"] }, "items.0"],
      [{ items: "panel" }, "items"],
    ],
  },
  withdrawReview: {
    base: (i) => ({ reviewId: i.reviewId }),
    junk: [
      [{ reason: huge }, "reason"],
      [{ reviewId: ["x"] }, "reviewId"],
    ],
  },
  castVote: {
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
  recordKeyDecision: {
    base: (i) => ({ reviewId: i.reviewId, decision: "go" }),
    junk: [
      [{ decision: "launch" }, "decision"],
      [{ targetDate: "someday" }, "targetDate"],
      [{ keyDecisionById: "x" }, "keyDecisionById"],
    ],
  },
  recordReviewSwitchback: {
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
  recordDebrief: {
    base: (i) => ({ reviewId: i.reviewId, answers: [] }),
    junk: [
      [{ answers: [{ key: "learned", answer: 5 }] }, "answers.0.answer"],
      [{ answers: "all good" }, "answers"],
      [{ debriefAt: "now" }, "debriefAt"],
    ],
  },
  // The review's discussion (threads, replies, resolve/reopen).
  addReviewComment: {
    base: (i) => ({ reviewId: i.reviewId, anchorKind: "section", anchorKey: "tldr", body: "Why?" }),
    junk: [
      [{ anchorKind: "vote" }, "anchorKind"],
      [{ anchorKey: "" }, "anchorKey"],
      [{ anchorKey: BAD_ID }, "anchorKey"],
      [{ body: "  " }, "body"],
      [{ body: huge }, "body"],
      [{ body: ["x"] }, "body"],
      [{ threadId: SOME_ID }, "threadId"],
      [{ cardRevisionId: SOME_ID }, "cardRevisionId"],
    ],
  },
  replyReviewComment: {
    base: () => ({ threadId: SOME_ID, body: "Yes." }),
    junk: [
      [{ threadId: BAD_ID }, "threadId"],
      [{ body: "" }, "body"],
      [{ body: huge }, "body"],
      [{ anchorKey: "tldr" }, "anchorKey"],
    ],
  },
  resolveReviewThread: {
    base: () => ({ threadId: SOME_ID }),
    junk: [
      [{ threadId: BAD_ID }, "threadId"],
      [{ seq: 2 }, "seq"],
    ],
  },
  reopenReviewThread: {
    base: () => ({ threadId: SOME_ID }),
    junk: [
      [{ threadId: 7 }, "threadId"],
      [{ actorId: SOME_ID }, "actorId"],
    ],
  },
};
