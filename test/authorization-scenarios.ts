import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { CHAIR, EDITORS, cast, fillers, project, returnedTask, review, t, type Row } from "./authorization-fixtures";
import { fullCard, makeReview, makeUser, requiredSeats, uid } from "./gate-fixtures";

/**
 * The authorisation matrix's rows for work on a project: projects, components, reviews and their
 * tasks, targets, TRL Cards, requirements. Each scenario builds a fresh project or review in which
 * the command is possible, and its input. Keyed by command name (lib/commands/registry.ts).
 */

const debrief = ["accomplished", "punted", "learned", "debt"].map((key) => ({ key, answer: `On ${key}.` }));

export const PROJECT_WORK_SCENARIOS: Record<string, Row> = {
  createProject: {
    allowed: ["owner", "contributor", "otherResearcher", "manager", "admin"],
    setup: async () => ({ name: `Matrix ${uid()}` }),
  },
  pauseProject: {
    allowed: ["owner", "admin"],
    setup: async () => ({ projectId: (await project([1])).id, reason: "Funding." }),
  },
  resumeProject: {
    allowed: ["owner", "admin"],
    setup: async () => ({ projectId: (await project([1], "paused")).id, reason: "Funded." }),
  },
  createComponent: {
    allowed: EDITORS,
    setup: async () => ({ projectId: (await project([0])).id, name: `c-${uid()}`, kind: "dataset", claimedLevel: 1 }),
  },
  withdrawComponentClaim: {
    allowed: ["owner", "admin"],
    setup: async () => {
      const componentId = (await project([0])).componentIds[0]!;
      await t.db.component.update({ where: { id: componentId }, data: { claimedLevel: 3 } });
      return { componentId, reason: "We will earn the levels one by one." };
    },
  },
  bumpComponentVersion: {
    allowed: EDITORS,
    setup: async () => ({
      componentId: (await project([2])).componentIds[0],
      versions: { code: "1.0.0" },
      changelog: "Refactor.",
    }),
  },
  discoverySwitchback: {
    allowed: ["owner", "contributor"],
    setup: async () => ({ componentId: (await project([3])).componentIds[0], toLevel: 1, reason: "Gap." }),
  },
  embeddedSwitchback: {
    allowed: ["owner"],
    setup: async () => ({ componentId: (await project([4])).componentIds[0], toLevel: 2, reason: "Back to research." }),
  },
  openReviewDraft: {
    allowed: EDITORS,
    setup: async () => {
      const p = await project([0]);
      return { projectId: p.id, level: 0, componentIds: p.componentIds };
    },
  },
  editReviewDraft: {
    allowed: EDITORS,
    setup: async () => ({
      reviewId: (await review(0, "draft", false)).reviewId,
      criteria: [{ key: "principles_plan", state: "done", evidenceUrl: "https://example.org/plan" }],
      ethics: [{ key: defaultEthicsTemplate.items[0]!.key, answer: "yes", note: "Consent forms." }],
    }),
  },
  seatPanel: {
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
  confirmChair: {
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
  submitReview: { allowed: EDITORS, setup: async () => ({ reviewId: (await review(0, "draft")).reviewId }) },
  // Seat eligibility: a researcher-only user as research lead is refused to everyone, even editors.
  seatPanel_ineligible: {
    command: "seatPanel",
    allowed: [],
    setup: async () => ({
      reviewId: (await review(0, "draft", false)).reviewId,
      seats: [{ userId: cast.otherResearcher.id, discipline: "research_lead", isChair: true }],
    }),
  },
  // …and so is submitting a panel whose holder lost the seat's discipline after seating.
  submitReview_ineligible: {
    command: "submitReview",
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
  submitReview_unconfirmedChair: {
    command: "submitReview",
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
  continueReview: { allowed: EDITORS, setup: async () => ({ reviewId: (await review(0, "returned")).reviewId }) },
  confirmCarriedItems: {
    allowed: EDITORS,
    setup: async () => {
      const { reviewId } = await review(0, "draft");
      await t.db.review.update({ where: { id: reviewId }, data: { unconfirmedItems: ["components", "panel"] } });
      return { reviewId, items: ["components"] };
    },
  },
  withdrawReview: {
    allowed: EDITORS,
    setup: async () => ({ reviewId: (await review(0, "open")).reviewId, reason: "Not ready." }),
  },
  castVote: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(0, "open")).reviewId, pinRound: 0, choice: "graduate" }),
  },
  // A seat whose holder does not hold its discipline (lost since opening) casts no vote.
  castVote_ineligibleSeat: {
    command: "castVote",
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
  recordKeyDecision: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(4, "graduated")).reviewId, decision: "continue" }),
  },
  recordReviewSwitchback: {
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
  recordDebrief: {
    allowed: CHAIR,
    setup: async () => ({ reviewId: (await review(1, "graduated")).reviewId, answers: debrief }),
  },
  // TRL Cards, requirements, components across projects (issue 4).
  saveCardSection: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([1])).id,
      baseRevision: 1,
      section: "tldr",
      value: { tldr: `New summary ${uid()}.` },
    }),
  },
  restoreCardRevision: {
    allowed: EDITORS,
    setup: async () => {
      const p = await project([1]);
      await t.db.cardRevision.create({
        data: { projectId: p.id, number: 2, content: { ...fullCard, tldr: "Changed." }, changedSections: ["tldr"] },
      });
      return { projectId: p.id, revision: 1, baseRevision: 2 };
    },
  },
  createRequirement: {
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
  updateRequirement: {
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
  importRequirements: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([2])).id,
      csv: "kind,statement,status,p_failure,value\nresearch,It shall.,open,0.3,8\n",
    }),
  },
  importComponent: {
    allowed: EDITORS,
    setup: async () => ({
      projectId: (await project([1])).id,
      sourceComponentId: (await project([3])).componentIds[0],
      name: `imported-${uid()}`,
    }),
  },
  archiveComponent: {
    allowed: EDITORS,
    setup: async () => ({ componentId: (await project([2, 3])).componentIds[0], reason: "Superseded." }),
  },
  // Returned tasks (issue 6) and targets (issue 5).
  completeReviewTask: {
    allowed: EDITORS,
    setup: async () => ({ taskId: (await returnedTask(false)).id, evidence: "https://ci.example.org/1" }),
  },
  reopenReviewTask: { allowed: EDITORS, setup: async () => ({ taskId: (await returnedTask(true)).id }) },
  setProjectTarget: {
    allowed: ["owner", "manager", "admin"],
    setup: async () => ({
      projectId: (await project([2])).id,
      targetLevel: "4",
      targetDate: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
    }),
  },
  // Evidence from CI (issue 13): members only; a validated requirement stays validated.
  reportEvidence: {
    allowed: ["owner", "contributor"],
    setup: async () => ({
      projectSlug: (await project([2])).slug,
      target: { kind: "requirement", id: "R1" },
      passed: true,
    }),
  },
};
