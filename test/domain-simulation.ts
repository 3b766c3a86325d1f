import { accept, refuse, type Decision } from "@/lib/domain/decision";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions, levelDefinition } from "@/lib/domain/levels";
import type { Seat } from "@/lib/domain/panel";
import { can } from "@/lib/domain/permissions";
import { decideProjectStatus } from "@/lib/domain/project-status";
import { decideOpenDraft, decideWithdraw } from "@/lib/domain/review-draft";
import { decideSubmit } from "@/lib/domain/review-submit";
import {
  GOOD_REQUIREMENTS,
  actorOf,
  memberRole,
  moveComponent,
  no,
  pick,
  pickReview,
  pinOf,
  repinAll,
  underLive,
  type SimAction,
  type SimReview,
  type SimState,
} from "./domain-simulation-state";
import { decideDiscoverySwitchback, decideEmbeddedSwitchback, decideVersionBump } from "@/lib/domain/switchbacks";
import { assertTransition, decideGraduation } from "@/lib/domain/transitions";
import { CARD_SECTIONS, DISCIPLINES } from "@/lib/domain/vocabulary";
import { decideOutcome, decideVote, withVote } from "@/lib/domain/votes";

/**
 * A tiny in-memory model of the data layer's write path, built only from the domain functions:
 * each accepted action changes state and appends exactly one audit entry; a refused one changes
 * nothing. Property tests drive it with random action sequences.
 */
export {
  initialState,
  type AuditEntry,
  type SimAction,
  type SimComponent,
  type SimDecision,
  type SimReview,
  type SimState,
} from "./domain-simulation-state";

function apply(s: SimState, a: SimAction): Decision<SimState> {
  const actor = actorOf(s, a.actorId);
  const role = memberRole(s, a.actorId);
  switch (a.type) {
    case "add_component": {
      if (!can(actor, "edit_project", { projectMemberRole: role }).ok) return no("not an editor");
      const id = `c${s.components.length + 1}`;
      const check = assertTransition(null, a.level, "start");
      if (!check.ok) return refuse(check.reasons);
      const versions = { code: "0.1.0", model: "0.1.0", data: "0.1.0" };
      const next = { ...s, components: [...s.components, { id, level: a.level, status: "active" as const, versions }] };
      return accept(moveComponent(next, { componentId: id, kind: "start", fromLevel: null, toLevel: a.level }));
    }
    case "open_draft": {
      const chosen = [...new Set(a.componentIndexes.map((i) => pick(s.components, i)?.id))].filter(
        (x): x is string => !!x,
      );
      const level = s.components.find((c) => c.id === chosen[0])?.level ?? 0;
      const d = decideOpenDraft({
        actor,
        memberRole: role,
        project: { id: "p1", status: s.projectStatus },
        level,
        componentIds: chosen,
        components: s.components.map((c) => ({ ...c, projectId: "p1" })),
        reviews: s.reviews,
      });
      if (!d.ok) return refuse(d.reasons);
      const review: SimReview = {
        id: `r${s.reviews.length + 1}`,
        authorId: a.actorId,
        status: "draft",
        level,
        componentIds: d.value.componentIds,
        seats: [],
        votes: [],
        pin: pinOf(s, chosen),
        pinRound: 1,
      };
      return accept({ ...s, reviews: [...s.reviews, review] });
    }
    case "submit": {
      const r = pickReview(s, a.reviewIndex);
      if (!r) return no("no review");
      const ctx = { projectMemberRole: role, isReviewAuthor: r.authorId === a.actorId };
      if (!can(actor, "open_review", ctx).ok) return no("not allowed to submit");
      const def = levelDefinition(defaultLevelDefinitions, r.level);
      const outsiders = ["u3", "u4", "u5", "u6", "u7", "u8"];
      const wanted = DISCIPLINES.flatMap((d) => Array.from({ length: def?.seats[d] ?? 0 }, () => d));
      const disciplines = a.fullPanel ? wanted : wanted.slice(1);
      // The chair of levels that require it counts as confirmed by the manager (u9) in this model.
      const seats: Seat[] = disciplines.map((discipline, i) => ({
        userId: outsiders[i % outsiders.length]!,
        discipline,
        isChair: i < a.chairs,
        chairConfirmed: i < a.chairs,
      }));
      const seatHolders = outsiders.map((userId) => ({
        userId,
        active: true,
        roles: ["reviewer" as const],
        disciplines: [...DISCIPLINES],
      }));
      const d = decideSubmit({
        review: r,
        project: { status: s.projectStatus, memberUserIds: s.members.map((m) => m.userId) },
        components: s.components,
        criteria: (def?.criteria ?? []).map((c) => ({ key: c.key, state: "done", evidenceUrl: "https://example.org" })),
        ethics: {
          templateItems: defaultEthicsTemplate.items,
          answers: defaultEthicsTemplate.items.map((i) => ({ key: i.key, answer: "yes", note: "checked" })),
        },
        requirements: GOOD_REQUIREMENTS,
        seats,
        seatHolders,
        definitions: defaultLevelDefinitions,
        cardSectionsFilled: [...CARD_SECTIONS],
      });
      if (!d.ok) return refuse(d.reasons);
      const opened: SimReview = { ...r, status: "open", seats, pin: pinOf(s, r.componentIds) };
      return accept({ ...s, reviews: s.reviews.map((x) => (x.id === r.id ? opened : x)) });
    }
    case "vote":
      return applyVote(s, a);
    case "edit_card":
      if (!can(actor, "edit_project", { projectMemberRole: role }).ok) return no("not an editor");
      return accept(repinAll({ ...s, cardRevision: s.cardRevision + 1 }));
    case "bump_version": {
      const c = pick(s.components, a.componentIndex);
      if (!c || !can(actor, "bump_version", { projectMemberRole: role }).ok) return no("cannot bump");
      const [maj, min, patch] = (c.versions[a.kind] ?? "0.0.0").split(".").map(Number);
      const d = decideVersionBump({ component: c, newVersions: { [a.kind]: `${maj}.${min}.${(patch ?? 0) + 1}` } });
      if (!d.ok) return refuse(d.reasons);
      let next: SimState = {
        ...s,
        components: s.components.map((x) => (x.id === c.id ? { ...x, versions: d.value.versions } : x)),
      };
      if (d.value.transition) next = moveComponent(next, d.value.transition);
      return accept(repinAll(next));
    }
    case "discovery":
    case "embedded": {
      const c = pick(s.components, a.componentIndex);
      if (!c) return no("no component");
      const permitted = can(actor, `${a.type}_switchback`, { projectMemberRole: role });
      if (!permitted.ok) return refuse(permitted.reasons);
      const input = {
        component: c,
        toLevel: a.toLevel,
        reason: "found a gap",
        underLiveReview: underLive(s, c.id),
      };
      const d = a.type === "discovery" ? decideDiscoverySwitchback(input) : decideEmbeddedSwitchback(input);
      return d.ok ? accept(moveComponent(s, d.value)) : refuse(d.reasons);
    }
    case "withdraw": {
      const r = pickReview(s, a.reviewIndex);
      if (!r) return no("no review");
      const d = decideWithdraw({ actor, memberRole: role, review: r });
      if (!d.ok) return refuse(d.reasons);
      return accept({ ...s, reviews: s.reviews.map((x) => (x.id === r.id ? { ...x, status: d.value.status } : x)) });
    }
    case "archive_component": {
      const c = pick(s.components, a.componentIndex);
      if (!c || c.status !== "active" || underLive(s, c.id)) return no("cannot archive");
      if (!can(actor, "edit_project", { projectMemberRole: role }).ok) return no("not an editor");
      return accept({
        ...s,
        components: s.components.map((x) => (x.id === c.id ? { ...x, status: "archived" as const } : x)),
      });
    }
    case "set_project_status": {
      const d = decideProjectStatus({
        actor,
        memberRole: role,
        from: s.projectStatus,
        to: a.status,
        reason: "planning",
      });
      return d.ok ? accept({ ...s, projectStatus: d.value.status }) : refuse(d.reasons);
    }
  }
}

/** Cast a vote; when it completes the panel, decide and graduate in the same step. */
function applyVote(s: SimState, a: Extract<SimAction, { type: "vote" }>): Decision<SimState> {
  const r = pickReview(s, a.reviewIndex);
  if (!r) return no("no review");
  const seat = r.seats.find((x) => x.userId === a.actorId) ?? null;
  const permitted = can(actorOf(s, a.actorId), "vote", { projectMemberRole: memberRole(s, a.actorId), seat });
  if (!permitted.ok) return refuse(permitted.reasons);
  const d = decideVote({
    review: { status: r.status, pin: r.pin },
    voterId: a.actorId,
    choice: a.choice,
    tasks: a.choice === "return" ? [{ text: "Add a drift test", target: "AUC ≥ 0.9" }] : [],
    seenRound: a.stalePin ? r.pinRound - 1 : r.pinRound,
    currentRound: r.pinRound,
  });
  if (!d.ok) return refuse(d.reasons);
  let review: SimReview = { ...r, votes: withVote(r.votes, d.value) };
  const outcome = decideOutcome({ seats: review.seats, votes: review.votes, currentPin: review.pin });
  let next: SimState = s;
  if (outcome.status !== "pending") {
    if (outcome.status === "graduated") {
      const g = decideGraduation({ review, outcome, components: s.components });
      if (!g.ok) return refuse(g.reasons);
      for (const t of g.value) next = moveComponent(next, t);
    }
    next = {
      ...next,
      decisions: [
        ...next.decisions,
        { reviewId: r.id, outcome, counted: review.votes, pin: review.pin, seats: review.seats.length },
      ],
    };
    review = { ...review, status: outcome.status };
  }
  return accept({ ...next, reviews: next.reviews.map((x) => (x.id === r.id ? review : x)) });
}

/** One step of the model: accepted → new state plus exactly one audit entry; refused → unchanged. */
export function step(s: SimState, a: SimAction): { state: SimState; decision: Decision<SimState> } {
  const d = apply(s, a);
  if (!d.ok) return { state: s, decision: d };
  return {
    state: { ...d.value, audit: [...s.audit, { seq: s.audit.length + 1, actorId: a.actorId, action: a.type }] },
    decision: d,
  };
}
